package org.coveragebot.retrieval.facts;

import java.util.Objects;

/**
 * Two statements from different sources that say the same thing with different values.
 *
 * @param first   index of the first statement in the list given to the finder
 * @param second  index of the second statement
 * @param firstValue  the value the first states ("$375 million")
 * @param secondValue the value the second states ("$357 million")
 * @param topic   the shared statement with the value left out ("Biden announced an additional … in aid")
 */
public record Conflict(int first, int second, Value firstValue, Value secondValue, String topic) {

    public Conflict {
        Objects.requireNonNull(firstValue, "firstValue");
        Objects.requireNonNull(secondValue, "secondValue");
        Objects.requireNonNull(topic, "topic");
        if (first == second) {
            throw new IllegalArgumentException("a conflict needs two statements");
        }
    }
}
