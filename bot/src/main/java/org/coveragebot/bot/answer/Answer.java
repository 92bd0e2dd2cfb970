package org.coveragebot.bot.answer;

import java.util.List;
import java.util.Objects;

/**
 * What the bot says to a question: plain text that references every citation as {@code [n]}, the
 * citations, and the disagreements found among them.
 */
public record Answer(AnswerStatus status, String text, List<Citation> citations, List<Disagreement> disagreements,
                     String error) {

    public Answer {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
        disagreements = List.copyOf(disagreements);
        for (Citation citation : citations) {
            if (!text.contains("[" + citation.id() + "]")) {
                throw new IllegalArgumentException("citation " + citation.id() + " is not referenced in the answer");
            }
        }
    }

    public static Answer rejected(String text, String error) {
        return new Answer(AnswerStatus.REJECTED, text, List.of(), List.of(), error);
    }

    public static Answer notFound(String text) {
        return new Answer(AnswerStatus.NOT_FOUND, text, List.of(), List.of(), null);
    }
}
