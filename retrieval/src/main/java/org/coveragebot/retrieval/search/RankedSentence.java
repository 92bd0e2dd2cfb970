package org.coveragebot.retrieval.search;

import java.util.Objects;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * A sentence of an article, scored as an answer to a question.
 *
 * @param coverage  share (0–1, idf-weighted) of the question's terms found in the sentence or its passage
 * @param meaning   cosine similarity of the sentence and the question in embedding space
 * @param score     the ranking score
 * @param previous  the sentence before it in the same passage, or null
 */
public record RankedSentence(Article article, TextSpan span, double coverage, double meaning, double score,
                             TextSpan previous) {

    public RankedSentence {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(span, "span");
    }

    public String text() {
        return span.of(article.text());
    }
}
