package org.coveragebot.bot.telegram;

import java.util.List;

/**
 * One reply into a chat: HTML messages (sent in order), their plain-text twin for when Telegram
 * refuses the HTML, the message it answers, and the callback data of a "Sources" button under the
 * last message (null for none; at most 64 bytes, as Telegram requires).
 */
public record Reply(long chatId, Integer replyTo, List<String> html, List<String> plain, String sourcesButton) {

    public Reply {
        html = List.copyOf(html);
        plain = List.copyOf(plain);
        if (html.isEmpty()) {
            throw new IllegalArgumentException("a reply needs at least one message");
        }
        if (sourcesButton != null && sourcesButton.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
            throw new IllegalArgumentException("callback data over 64 bytes: " + sourcesButton);
        }
    }

    static Reply text(long chatId, Integer replyTo, String text) {
        return new Reply(chatId, replyTo, List.of(HtmlAnswerRenderer.escape(text)), List.of(text), null);
    }
}
