package org.coveragebot.bench;

import java.util.Objects;
import org.coveragebot.retrieval.ingest.Article;

/** A stretch of an article a baseline retrieves and quotes whole: {@code article.text()} from start to end. */
record Segment(Article article, int start, int end) {

    Segment {
        Objects.requireNonNull(article, "article");
        if (start < 0 || end <= start || end > article.text().length()) {
            throw new IllegalArgumentException("segment [" + start + ", " + end + ") is outside " + article.id());
        }
    }

    String text() {
        return article.text().substring(start, end);
    }
}
