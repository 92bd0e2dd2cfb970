package org.coveragebot.retrieval.facts;

import java.util.List;
import java.util.Objects;

/**
 * Sources that give different answers to the question: a conflict between reports, or an update, where
 * a later report revises an earlier figure (its sides then in publication order).
 *
 * @param topic what they disagree on, as a clause about the question: "how much aid Biden announced"
 * @param sides one per different answer: which statement (an index into the list given to the finder)
 *              says which value
 */
public record Dispute(Kind kind, String topic, List<Side> sides) {

    public enum Kind {
        CONFLICT, UPDATE
    }

    /** One answer: statement {@code statement} gives {@code value}. */
    public record Side(int statement, Value value) {

        public Side {
            Objects.requireNonNull(value, "value");
        }
    }

    public Dispute {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(topic, "topic");
        sides = List.copyOf(sides);
        if (sides.size() < 2) {
            throw new IllegalArgumentException("a dispute needs two sides, got " + sides.size());
        }
    }

    /** The same dispute over other statement indices: {@code renumber[i]} is statement i's new index. */
    public Dispute renumbered(int[] renumber) {
        return new Dispute(kind, topic, sides.stream().map(side -> new Side(renumber[side.statement()], side.value())).toList());
    }
}
