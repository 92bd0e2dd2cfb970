package org.coveragebot.retrieval.search;

import java.util.List;
import java.util.Objects;
import org.coveragebot.retrieval.facts.Conflict;

/**
 * What the coverage says about a question.
 *
 * @param question  the question as read
 * @param quotes    the sentences (or clauses of long sentences) that answer it, best first; empty when
 *                  the coverage does not answer
 * @param conflicts disagreements among the quotes; {@link Conflict#first()} and {@link Conflict#second()}
 *                  index into {@code quotes}
 */
public record Findings(Question question, List<RankedSentence> quotes, List<Conflict> conflicts) {

    public Findings {
        Objects.requireNonNull(question, "question");
        quotes = List.copyOf(quotes);
        conflicts = List.copyOf(conflicts);
    }

    public boolean answered() {
        return !quotes.isEmpty();
    }
}
