package org.coveragebot.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.coveragebot.bot.answer.Answer;
import org.coveragebot.bot.answer.AnswerStatus;
import org.coveragebot.bot.answer.Citation;
import org.junit.jupiter.api.Test;

class HtmlAnswerRendererTest {

    private final HtmlAnswerRenderer renderer = new HtmlAnswerRenderer();

    private static Answer answerWith(List<String> quotes) {
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String quote : quotes) {
            int id = citations.size() + 1;
            citations.add(new Citation(id, "a" + id + ".txt", "Outlet <" + id + ">", "Title & co", "2024-01-05",
                    "https://example.org/a?b=1&c=\"2\"", quote, 0, quote.length()));
            text.append('\u201c').append(quote).append("\u201d [").append(id).append("]\n");
        }
        return new Answer(AnswerStatus.ANSWERED, text.toString(), citations, List.of(), null);
    }

    @Test
    void should_put_quotes_in_blockquotes_and_escape_everything() {
        List<String> messages = renderer.render(answerWith(List.of("Biden said <b>aid</b> & \"more\" would come.")));
        assertEquals(1, messages.size());
        String html = messages.get(0);
        assertTrue(html.startsWith("<blockquote>Biden said &lt;b&gt;aid&lt;/b&gt; &amp; &quot;more&quot; would come.</blockquote> [1]"), html);
        assertTrue(html.contains("<a href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\">Outlet &lt;1&gt;</a>"), html);
        assertNull(TelegramHtml.problem(html), html);
    }

    @Test
    void should_split_a_long_answer_into_valid_messages_under_the_limit() {
        String sentence = "The eight-month battle over Bakhmut & its <suburbs> was the longest of the war. ";
        List<String> quotes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            quotes.add(sentence.repeat(40).strip());
        }
        List<String> messages = renderer.render(answerWith(quotes));
        assertTrue(messages.size() > 1);
        for (String message : messages) {
            assertNull(TelegramHtml.problem(message), message);
        }
        String all = String.join("", messages);
        for (int id = 1; id <= 6; id++) {
            assertTrue(all.contains("[" + id + "]"));
        }
    }

    @Test
    void should_split_one_huge_unbroken_quote_without_breaking_tags_or_surrogates() {
        String huge = "\ud83d\ude80<&>".repeat(3000);
        for (String message : renderer.render(answerWith(List.of(huge)))) {
            assertNull(TelegramHtml.problem(message), message.substring(0, 100));
            assertTrue(!Character.isHighSurrogate(message.charAt(message.length() - 1)));
        }
        for (String message : renderer.renderPlain(answerWith(List.of(huge)))) {
            assertTrue(message.length() <= HtmlAnswerRenderer.TELEGRAM_LIMIT);
        }
    }
}
