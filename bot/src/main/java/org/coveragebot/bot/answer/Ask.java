package org.coveragebot.bot.answer;

import java.util.Objects;
import java.util.Set;

/**
 * A question to answer: what the user typed, what to search for (the typed words, or a follow-up made
 * stand-alone with the conversation's context), and the articles an earlier answer of the conversation
 * quoted, which count a little more.
 */
public record Ask(String typed, String query, Set<String> carriedArticles) {

    public Ask {
        Objects.requireNonNull(typed, "typed");
        Objects.requireNonNull(query, "query");
        carriedArticles = Set.copyOf(carriedArticles);
    }

    /** A question asked on its own. */
    public static Ask of(String typed) {
        return new Ask(typed, typed, Set.of());
    }
}
