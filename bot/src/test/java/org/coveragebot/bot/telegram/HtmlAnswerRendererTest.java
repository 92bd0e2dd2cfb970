package org.coveragebot.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.coveragebot.bot.answer.Answer;
import org.coveragebot.bot.answer.AnswerStatus;
import org.coveragebot.bot.answer.Citation;
import org.coveragebot.bot.answer.Disagreement;
import org.coveragebot.bot.answer.Statement;
import org.junit.jupiter.api.Test;

class HtmlAnswerRendererTest {

    private final HtmlAnswerRenderer renderer = new HtmlAnswerRenderer();

    private static Answer answerWith(List<String> quotes) {
        return answerWith("", quotes);
    }

    private static Answer answerWith(String lead, List<String> quotes) {
        List<Citation> citations = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        for (String quote : quotes) {
            int id = citations.size() + 1;
            citations.add(new Citation(id, "a" + id + ".txt", "Outlet <" + id + ">", "Title & co", "2024-01-05",
                    "https://example.org/a?b=1&c=\"2\"", quote, 0, quote.length(), null));
            statements.add(Statement.of(new Statement.Quote(id)));
        }
        return new Answer(AnswerStatus.ANSWERED, lead, statements, citations, List.of(), null);
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

    @Test
    void should_show_a_follow_ups_lead_and_an_llms_prose_escaped() {
        Answer lead = answerWith("That is what <AP> reported:", List.of("Bakhmut fell."));
        String html = renderer.render(lead).get(0);
        assertTrue(html.startsWith("That is what &lt;AP&gt; reported:\n\n<blockquote>Bakhmut fell.</blockquote> [1]"), html);
        Citation citation = new Citation(1, "a.txt", "AP", null, "2023-05-21", null, "$375 million", 10, 22, null);
        Answer prose = new Answer(AnswerStatus.ANSWERED, "", List.of(Statement.of(new Statement.Words("Biden pledged "),
                new Statement.Quote(1), new Statement.Words(" in new aid & arms."))), List.of(citation), List.of(), null);
        String paragraph = renderer.render(prose).get(0);
        assertTrue(paragraph.startsWith("Biden pledged \u201c$375 million\u201d [1] in new aid &amp; arms."), paragraph);
        assertNull(TelegramHtml.problem(paragraph), paragraph);
    }

    @Test
    void should_name_the_speaker_before_the_quote_and_state_a_disagreement_as_a_sentence() {
        Citation prigozhin = new Citation(1, "a.txt", "AP", null, "2023-05-20", null, "Bakhmut is fully ours", 0, 21,
                "Yevgeny Prigozhin");
        Citation maliar = new Citation(2, "b.txt", "Reuters", null, "2023-05-20", null, "Ukraine still holds a part", 0, 26,
                "Hanna Maliar");
        Answer answer = new Answer(AnswerStatus.ANSWERED, "", List.of(
                Statement.of(new Statement.Words("Yevgeny Prigozhin said: "), new Statement.Quote(1)),
                Statement.of(new Statement.Words("Hanna Maliar said: "), new Statement.Quote(2))),
                List.of(prigozhin, maliar), List.of(new Disagreement("who controls Bakhmut", Disagreement.Kind.CONFLICT,
                List.of(new Disagreement.Claim(1, "fully ours"), new Disagreement.Claim(2, "a part")))), null);
        String html = renderer.render(answer).get(0);
        assertTrue(html.contains("Yevgeny Prigozhin said:\n<blockquote>Bakhmut is fully ours</blockquote> [1]"), html);
        assertTrue(html.contains("Sources disagree on who controls Bakhmut: AP says fully ours [1]; Reuters says a part [2]."),
                html);
        assertNull(TelegramHtml.problem(html), html);
    }
}
