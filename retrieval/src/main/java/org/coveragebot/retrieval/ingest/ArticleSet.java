package org.coveragebot.retrieval.ingest;

import java.util.List;

/** The articles read from a folder, and the files that were skipped with their reasons. */
public record ArticleSet(List<Article> articles, List<SkippedFile> skipped) {

    public ArticleSet {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }
}
