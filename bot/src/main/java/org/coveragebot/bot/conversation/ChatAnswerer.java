package org.coveragebot.bot.conversation;

import org.coveragebot.bot.answer.Answer;

/** Answers a message within a conversation (a Telegram chat or thread, an {@code ask --json} chat). */
public interface ChatAnswerer {

    Answer answer(String conversation, String message);

    /** Forgets the conversation (/new). */
    void forget(String conversation);

    /** The last answer that quoted the coverage in the conversation, while it is remembered. */
    default java.util.Optional<Answer> lastAnswer(String conversation) {
        return java.util.Optional.empty();
    }
}
