package org.coveragebot.bot.answer;

import java.util.List;
import java.util.Objects;

/** Sources that state different values for the same thing. */
public record Disagreement(String topic, List<Claim> claims) {

    public Disagreement {
        Objects.requireNonNull(topic, "topic");
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
