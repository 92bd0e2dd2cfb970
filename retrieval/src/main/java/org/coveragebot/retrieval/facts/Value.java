package org.coveragebot.retrieval.facts;

import java.util.Objects;

/**
 * A value stated in a sentence.
 *
 * @param kind     what kind of value
 * @param start    offset of the value in the sentence
 * @param end      end offset (exclusive) in the sentence
 * @param text     the value as written ("$375 million", "Tampa, Florida")
 * @param number   for numeric kinds, the quantity in base units (dollars, percent points, metres, days);
 *                 for dates year·10000 + month·100 + day, 0 for a part not given; NaN otherwise
 * @param hedge    how loosely it is given: "about", "at least", "up to" …
 */
public record Value(ValueKind kind, int start, int end, String text, double number, Hedge hedge) {

    public Value {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(hedge, "hedge");
    }

    public boolean hedged() {
        return hedge != Hedge.NONE;
    }

    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }

    /** The same value found in a longer text, {@code offset} characters further on. */
    public Value shifted(int offset) {
        return new Value(kind, start + offset, end + offset, text, number, hedge);
    }
}
