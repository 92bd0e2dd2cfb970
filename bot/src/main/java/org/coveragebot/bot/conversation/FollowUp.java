package org.coveragebot.bot.conversation;

import java.util.Objects;

/**
 * What a message means in its conversation.
 *
 * @param kind   how to answer it
 * @param query  the stand-alone question to search for (for {@link Kind#STANDALONE} and {@link Kind#CONTEXTUAL})
 * @param detail what a {@link Kind#WHICH_SOURCE} question asks about ("357"), else empty
 */
public record FollowUp(Kind kind, String query, String detail) {

    public enum Kind {
        /** A question of its own: answered as if asked first. */
        STANDALONE,
        /** Leans on earlier turns ("and who announced it?"): searched with their context. */
        CONTEXTUAL,
        /** "Which outlet said 357?": answered from the last answer's citations. */
        WHICH_SOURCE,
        /** "And the other one?": the last answer's other sources. */
        OTHER_SOURCE,
        /** "Tell me more": more context around the last answer's quote. */
        MORE
    }

    public FollowUp {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(detail, "detail");
    }
}
