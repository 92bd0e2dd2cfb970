package org.coveragebot.bot.answer;

import java.util.List;
import java.util.Objects;

/**
 * Sources that give different answers to the asked thing: a conflict between reports, or an update
 * (a later report revising an earlier figure; its claims in publication order).
 *
 * @param topic what they disagree on, as a clause: "how much aid Biden announced"
 */
public record Disagreement(String topic, Kind kind, List<Claim> claims) {

    public enum Kind {
        CONFLICT, UPDATE;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Disagreement {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(kind, "kind");
        claims = List.copyOf(claims);
        if (claims.size() < 2) {
            throw new IllegalArgumentException("a disagreement needs two claims, got " + claims.size());
        }
    }

    /** One side: citation {@code citation} states {@code value}. */
    public record Claim(int citation, String value) {

        public Claim {
            Objects.requireNonNull(value, "value");
        }
    }
}
