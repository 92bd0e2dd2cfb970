package org.coveragebot.retrieval.index;

/** Told how an index update goes, so a long build can show progress. */
@FunctionalInterface
public interface IndexProgress {

    IndexProgress SILENT = (done, total) -> { };

    /** {@code done} of {@code total} new or changed articles are embedded and written. */
    void articlesIndexed(int done, int total);
}
