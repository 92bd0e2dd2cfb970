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

    /** Sends a plain status message that will be edited as work goes on; its id, when it was delivered. */
    java.util.Optional<Integer> sendStatus(long chatId, Integer replyTo, String text);

    /** Replaces the text of a status message. */
    void edit(long chatId, int messageId, String text);

    /** The bytes of a file a user sent, when it can be fetched and is at most {@code maxBytes}. */
    java.util.Optional<byte[]> download(String fileId, long maxBytes);
}
