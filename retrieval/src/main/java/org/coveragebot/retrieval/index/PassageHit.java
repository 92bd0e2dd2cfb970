package org.coveragebot.retrieval.index;

import java.util.Objects;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.text.Passage;

/**
 * A passage found for a question.
 *
 * @param fused   reciprocal-rank-fusion score of the keyword and vector rankings
 * @param cosine  cosine similarity of the question and the passage vectors
 * @param sentenceCosines cosine similarity of the question and each sentence of the passage, in order
 * @param titleCosine cosine similarity of the question and the article title (0 without a title)
 */
public record PassageHit(Article article, Passage passage, double fused, double cosine, double[] sentenceCosines,
                         double titleCosine) {

    public PassageHit {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(sentenceCosines, "sentenceCosines");
        if (sentenceCosines.length != passage.sentences().size()) {
            throw new IllegalArgumentException("one cosine per sentence: " + sentenceCosines.length + " for "
                    + passage.sentences().size());
        }
    }
}
