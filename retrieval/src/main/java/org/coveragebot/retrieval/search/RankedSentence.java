package org.coveragebot.retrieval.search;

import java.util.Objects;
import java.util.Optional;
import org.coveragebot.retrieval.facts.Value;
import org.coveragebot.retrieval.ingest.Article;
import org.coveragebot.retrieval.text.TextSpan;

/**
 * A sentence of an article, scored as an answer to a question.
 *
 * @param coverage  share (0–1, idf-weighted) of the question's terms found in the sentence or its passage
 * @param predicate share (0–1, idf-weighted) of the question's words besides its subject's names that the
 *                  sentence itself says ("qualified for the ballot" of "Which state did she first qualify for the ballot in?");
 *                  1 when the question has no such words
 * @param meaning   cosine similarity of the sentence and the question in embedding space
 * @param score     the ranking score
 * @param previous  the sentence before it in the same passage, or null
 * @param answer    the value it gives as the answer (offsets into the sentence), or null when it gives none
 *                  or was not looked at
 * @param closeness how near the answer stands to the question's words (1: next to them; 0 without an answer)
 */
public record RankedSentence(Article article, TextSpan span, double coverage, double predicate, double meaning, double score,
                             TextSpan previous, Value answer, double closeness) {

    public RankedSentence {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(span, "span");
    }

    public String text() {
        return span.of(article.text());
    }

    /** The answer value with offsets into the article text. */
    public Optional<Value> answerInArticle() {
        return Optional.ofNullable(answer).map(value -> value.shifted(span.start()));
    }

    RankedSentence withScore(double newScore, Value newAnswer, double newCloseness) {
        return new RankedSentence(article, span, coverage, predicate, meaning, newScore, previous, newAnswer, newCloseness);
    }

    RankedSentence withSpan(TextSpan newSpan) {
        Value moved = answer == null ? null : answer.shifted(span.start() - newSpan.start());
        boolean inside = answer != null && moved.start() >= 0 && moved.end() <= newSpan.length();
        return new RankedSentence(article, newSpan, coverage, predicate, meaning, score, previous, inside ? moved : null,
                inside ? closeness : 0);
    }
}
