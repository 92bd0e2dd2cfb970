package org.coveragebot.bot.answer;

import java.util.Optional;

/**
 * Checks a message before it is treated as a question, and cleans it: control and formatting
 * characters out, white space folded. Hostile input gets a plain reason, never an error.
 */
public final class QuestionGuard {

    public static final int MAX_QUESTION_CHARS = 1000;

    private QuestionGuard() {
    }

    /** The cleaned question, or empty when there is nothing to ask. */
    public static String clean(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(message.length(), MAX_QUESTION_CHARS * 2));
        message.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                    && type != Character.PRIVATE_USE && type != Character.SURROGATE) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** Why {@code cleaned} cannot be asked, if it cannot. */
    public static Optional<String> problem(String cleaned) {
        if (cleaned.isEmpty()) {
            return Optional.of("The question is empty. Ask about the story, for example: How much aid did Biden announce?");
        }
        if (cleaned.length() > MAX_QUESTION_CHARS) {
            return Optional.of("The question is too long (" + cleaned.length() + " characters; at most "
                    + MAX_QUESTION_CHARS + "). Ask it in a sentence or two.");
        }
        if (cleaned.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Optional.of("That has no words to look up. Ask a question in words, for example: Who took Bakhmut?");
        }
        return Optional.empty();
    }
}
