package org.coveragebot.bot.telegram;

import java.util.List;

/** What the bot says into a chat: the port behind which Telegram sits. */
public interface Messenger {

    /**
     * Sends {@code html} (one message per element), threaded to {@code replyTo} when not null; if
     * Telegram refuses the HTML, sends {@code plain} instead.
     */
    void send(long chatId, Integer replyTo, List<String> html, List<String> plain);

    /** Shows "typing…" in the chat for a few seconds. */
    void typing(long chatId);
}
