package org.coveragebot.bot.conversation;

import java.util.Objects;
import org.coveragebot.bot.answer.Answer;

/**
 * One exchange of a conversation: what was asked, what it was taken to mean, and the answer.
 *
 * @param asked    the message as sent ("and who announced it?")
 * @param resolved the stand-alone question it was taken to mean ("who announced it? aid Biden announce")
 */
public record Turn(String asked, String resolved, Answer answer) {

    public Turn {
        Objects.requireNonNull(asked, "asked");
        Objects.requireNonNull(resolved, "resolved");
        Objects.requireNonNull(answer, "answer");
    }
}
