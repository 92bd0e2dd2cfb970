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

    /**
     * The best-matching articles (at most {@code most}, best first) whose opening passage is not among
     * {@code hits}, each at its best hit's score: the ledes a search adds, whichever store it reads.
     */
    public static java.util.Map<String, Double> ledesMissing(java.util.List<PassageHit> hits, int most) {
        java.util.Map<String, Double> articleScores = new java.util.LinkedHashMap<>();
        java.util.Set<String> withLede = new java.util.HashSet<>();
        for (PassageHit hit : hits) {
            if (hit.passage().ordinal() == 0) {
                withLede.add(hit.article().id());
            } else if (articleScores.size() < most) {
                articleScores.putIfAbsent(hit.article().id(), hit.fused());
            }
        }
        articleScores.keySet().removeAll(withLede);
        return articleScores;
    }

    /** Makes the hit of a ranked candidate; null when it is no passage of the article set. */
    @FunctionalInterface
    public interface Maker<K> {
        PassageHit hit(K candidate, double fused) throws java.io.IOException;
    }

    /** The first {@code k} of the {@code ranked} candidates (best first) that are passages of the set. */
    public static <K> java.util.List<PassageHit> best(java.util.List<java.util.Map.Entry<K, Double>> ranked, int k,
                                                      Maker<K> maker) throws java.io.IOException {
        java.util.List<PassageHit> hits = new java.util.ArrayList<>();
        for (java.util.Map.Entry<K, Double> entry : ranked) {
            if (hits.size() == k) {
                break;
            }
            PassageHit hit = maker.hit(entry.getKey(), entry.getValue());
            if (hit != null) {
                hits.add(hit);
            }
        }
        return hits;
    }
}
