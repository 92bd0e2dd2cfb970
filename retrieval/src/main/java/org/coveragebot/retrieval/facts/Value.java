package org.coveragebot.retrieval.facts;

import java.util.Objects;

/**
 * A value stated in a sentence.
 *
 * @param kind     what kind of value
 * @param start    offset of the value in the sentence
 * @param end      end offset (exclusive) in the sentence
 * @param text     the value as written ("$375 million", "Tampa, Florida")
 * @param number   for numeric kinds, the quantity in base units (dollars, percent points, metres,
 *                 days since epoch for dates); NaN otherwise
 * @param hedged   written with "about", "nearly", "more than" and the like
 */
public record Value(ValueKind kind, int start, int end, String text, double number, boolean hedged) {

    public Value {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}
