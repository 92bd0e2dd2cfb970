package org.coveragebot.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import org.coveragebot.bot.answer.Answer;
import org.coveragebot.bot.answer.AnswerStatus;
import org.coveragebot.bot.answer.ExtractiveAnswerer;
import org.coveragebot.bot.answer.PlainTextAnswer;
import org.coveragebot.retrieval.testing.TestCoverage;
import org.junit.jupiter.api.Test;

/** Follow-ups over the sample articles, as a reader asks them. */
class ConversationalAnswererTest {

    private static ConversationalAnswerer chat() {
        return new ConversationalAnswerer(new ExtractiveAnswerer(TestCoverage.sample()), TestCoverage.sample(),
                new ConversationMemory(Duration.ofMinutes(30), 100, Clock.systemUTC()));
    }

    @Test
    void should_name_the_outlets_instead_of_repeating_the_quotes_when_asked_which_outlet_said_that() {
        ConversationalAnswerer chat = chat();
        Answer aid = chat.answer("c", "How much aid did Biden announce?");
        assertEquals(2, aid.citations().size(), PlainTextAnswer.render(aid));
        Answer which = chat.answer("c", "Which outlet said that?");
        String text = PlainTextAnswer.render(which);
        assertEquals(AnswerStatus.ANSWERED, which.status());
        assertTrue(text.startsWith("That was reported by "), text);
        for (var citation : aid.citations()) {
            assertTrue(text.contains(citation.outlet()), citation.outlet() + " named in " + text);
            assertFalse(text.contains(citation.quote()), "the quote is not repeated: " + text);
        }
        assertTrue(text.contains("$375 million") && text.contains("$357 million"), "each outlet with its figure: " + text);
    }

    @Test
    void should_echo_only_what_the_user_typed_when_a_follow_up_finds_nothing() {
        ConversationalAnswerer chat = chat();
        chat.answer("c", "How much aid did Biden announce?");
        Answer paris = chat.answer("c", "And in Paris?");
        assertEquals(AnswerStatus.NOT_FOUND, paris.status());
        String text = PlainTextAnswer.render(paris);
        assertTrue(text.contains("\u201cAnd in Paris?\u201d"), text);
        assertFalse(text.contains("aid") || text.contains("Biden"), "no words carried over from the earlier turn: " + text);
    }

    @Test
    void should_take_he_to_be_the_person_the_last_who_question_was_about() {
        ConversationalAnswerer chat = chat();
        Answer who = chat.answer("c", "Who leads the Wagner group?");
        assertTrue(who.citations().stream().anyMatch(c -> c.quote().contains("Prigozhin")), PlainTextAnswer.render(who));
        Answer video = chat.answer("c", "What did he say in the video?");
        String text = PlainTextAnswer.render(video);
        assertTrue(video.citations().get(0).quote().contains("Prigozhin") && video.citations().get(0).quote().contains("video"),
                text);
        assertFalse(video.citations().get(0).quote().contains("Zelensk"), text);
    }
}
