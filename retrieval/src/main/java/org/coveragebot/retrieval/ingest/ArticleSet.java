package org.coveragebot.retrieval.ingest;

import java.util.List;

/** The articles read from a folder, and the files that were skipped with their reasons. */
public record ArticleSet(List<Article> articles, List<SkippedFile> skipped) {

    public ArticleSet {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }

    /** Does {@code committed} (what a store holds) name exactly these articles with these hashes? Then nothing needs writing. */
    public boolean sameAs(java.util.Map<String, KnownArticle> committed) {
        return !committed.isEmpty() && committed.size() == articles.size()
                && articles.stream().allMatch(article -> committed.containsKey(article.id())
                        && committed.get(article.id()).hash().equals(article.hash()));
    }
}
