package org.coveragebot.bot.answer;

/** How a question was answered. */
public enum AnswerStatus {
    /** Quotes from the coverage answer it. */
    ANSWERED,
    /** The coverage does not answer it. */
    NOT_FOUND,
    /** It could not be taken as a question (empty, too long, not text). */
    REJECTED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
