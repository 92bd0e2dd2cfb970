package org.coveragebot.bot.telegram;

/** What the bot says into a chat: the port behind which Telegram sits. */
public interface Messenger {

    /**
     * Sends a reply; if Telegram refuses its HTML, the plain-text version goes out instead.
     *
     * @return false when it could not be delivered for now (network, server errors after retries), so
     *         the update should be tried again later; true when delivered or refused for good
     */
    boolean send(Reply reply);

    /** Shows "typing…" in the chat for a few seconds. */
    void typing(long chatId);

    /** Acknowledges a button press, optionally with a short notice. */
    void answerCallback(String callbackId, String notice);
}
