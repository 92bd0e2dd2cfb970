package org.coveragebot.retrieval.index;

import java.time.Duration;
import java.util.List;
import org.coveragebot.retrieval.ingest.SkippedFile;

/** What an index update did: article counts by outcome, skipped files with reasons, duration. */
public record IndexUpdateReport(int added, int changed, int removed, int unchanged, int sentencesEmbedded,
                                List<SkippedFile> skipped, Duration duration) {

    public IndexUpdateReport {
        skipped = List.copyOf(skipped);
    }

    public int articles() {
        return added + changed + unchanged;
    }

    @Override
    public String toString() {
        return String.format("%d articles (%d added, %d changed, %d removed, %d unchanged), %d sentences embedded, "
                        + "%d files skipped, %.1f s", articles(), added, changed, removed, unchanged, sentencesEmbedded,
                skipped.size(), duration.toMillis() / 1000.0);
    }
}
