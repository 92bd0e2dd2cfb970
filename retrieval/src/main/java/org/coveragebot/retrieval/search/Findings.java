package org.coveragebot.retrieval.search;

import java.util.List;
import java.util.Objects;
import org.coveragebot.retrieval.facts.Dispute;
import org.coveragebot.retrieval.question.Question;

/**
 * What the coverage says about a question.
 *
 * @param question  the question as read
 * @param quotes    the sentences (or clauses of long sentences) that answer it, best first; empty when the
 *                  coverage does not answer
 * @param disputes  where the sources disagree; each side's {@link Dispute.Side#statement()} indexes into
 *                  {@code quotes}, and its value's offsets are into that quote's article text
 */
public record Findings(Question question, List<Quote> quotes, List<Dispute> disputes) {

    public Findings {
        Objects.requireNonNull(question, "question");
        quotes = List.copyOf(quotes);
        disputes = List.copyOf(disputes);
    }

    public static Findings nothing(Question question) {
        return new Findings(question, List.of(), List.of());
    }

    public boolean answered() {
        return !quotes.isEmpty();
    }
}
