package org.coveragebot.bot.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.coveragebot.bot.answer.Answer;
import org.coveragebot.bot.answer.AnswerStatus;
import org.coveragebot.bot.answer.Answerer;
import org.coveragebot.bot.answer.Ask;
import org.coveragebot.bot.answer.Citation;
import org.coveragebot.bot.answer.PlainTextAnswer;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.testing.TestCoverage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LLM mode against a fake OpenAI-compatible server on 127.0.0.1, through LangChain4j's real client. */
class LlmAnswererTest {

    static final Path SAMPLE = TestCoverage.SAMPLE;
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    static Coverage coverage;

    FakeOpenAi server;
    LlmMode llm;
    Answerer answerer;

    @BeforeAll
    static void open() {
        coverage = TestCoverage.sample();
    }

    @BeforeEach
    void start() throws IOException {
        server = new FakeOpenAi();
        llm = new LlmMode(new LlmSettings(server.baseUrl(), "fake-model", "sk-test", TIMEOUT, 0, 400),
                PromptTemplates.load(Path.of("..", "prompts")), coverage);
        answerer = llm.answerer();
    }

    @AfterEach
    void stop() {
        llm.close();
        server.close();
    }

    private Answer ask(String question) {
        return answerer.answer(Ask.of(question));
    }

    private static String text(Answer answer) {
        return PlainTextAnswer.render(answer);
    }

    private static void assertExact(Answer answer) throws IOException {
        for (Citation citation : answer.citations()) {
            String text = Files.readString(SAMPLE.resolve(citation.article()), StandardCharsets.UTF_8);
            assertEquals(citation.quote(), text.substring(citation.start(), citation.end()));
            assertTrue(text(answer).contains("[" + citation.id() + "]"));
        }
    }

    @Test
    void should_send_the_numbered_passages_and_the_question() {
        ask("How much aid did Biden announce?");
        String prompt = server.requests.get(0).toString();
        assertTrue(prompt.contains("How much aid did Biden announce?"), prompt);
        assertTrue(prompt.contains("[1] ") && prompt.contains("[2] ") && prompt.contains("$357 million"), prompt);
    }

    @Test
    void should_render_a_faithful_answer_with_exact_citations_and_the_disagreement() throws IOException {
        server.reply("Biden announced \"an additional $375 million in aid to Ukraine\" [2], while another report puts it at "
                + "\u201can additional $357 million in aid for Ukraine\u201d [1].");
        Answer answer = ask("How much aid did Biden announce?");
        assertEquals(AnswerStatus.ANSWERED, answer.status());
        assertTrue(text(answer).startsWith("Biden announced \u201can additional $375 million in aid to Ukraine\u201d ["), text(answer));
        assertEquals(1, answer.disagreements().size());
        assertTrue(text(answer).contains("Sources disagree"), text(answer));
        assertExact(answer);
    }

    @Test
    void should_drop_a_fabricated_quote_with_its_claim() throws IOException {
        server.reply("Zelensky said \"For today, Bakhmut is only in our hearts\" [1]. He also said \"we will retake the city by June\" [2].");
        Answer answer = ask("What did Zelensky say about Bakhmut?");
        assertTrue(text(answer).contains("only in our hearts"), text(answer));
        assertFalse(text(answer).contains("retake"), text(answer));
        assertExact(answer);
    }

    @Test
    void should_fall_back_to_the_extractive_answer_when_nothing_verifies() {
        server.reply("Biden announced \"a billion dollars\" [1].");
        Answer answer = ask("How much aid did Biden announce?");
        assertTrue(text(answer).contains("$375 million") && text(answer).contains("$357 million"), text(answer));
        assertFalse(text(answer).contains("a billion"), text(answer));
    }

    @Test
    void should_fall_back_within_the_timeout_when_the_provider_is_slow() {
        server.reply("Biden announced \"an additional $375 million in aid to Ukraine\" [1].");
        server.delay(10_000);
        long started = System.nanoTime();
        Answer answer = ask("How much aid did Biden announce?");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < TIMEOUT.toMillis() + 1_500, "answered in " + millis + " ms");
        assertTrue(text(answer).contains("Sources disagree"), text(answer));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {500, 503, 429})
    void should_fall_back_when_the_provider_fails(int status) {
        server.fail(status);
        long started = System.nanoTime();
        Answer answer = ask("How much aid did Biden announce?");
        assertTrue((System.nanoTime() - started) / 1_000_000 < TIMEOUT.toMillis() + 1_500, "no retries, no hang");
        assertEquals(AnswerStatus.ANSWERED, answer.status());
        assertTrue(text(answer).contains("$375 million") && text(answer).contains("Sources disagree"), text(answer));
    }

    @Test
    void should_fall_back_when_the_reply_has_no_quotes_at_all() {
        server.reply("Biden announced a lot of aid for Ukraine at the summit.");
        Answer answer = ask("How much aid did Biden announce?");
        assertTrue(text(answer).contains("$375 million") && !text(answer).contains("a lot of aid"), text(answer));
    }

    private org.coveragebot.bot.conversation.ConversationalAnswerer conversationWithRewrites() {
        return new org.coveragebot.bot.conversation.ConversationalAnswerer(answerer, coverage,
                new org.coveragebot.bot.conversation.ConversationMemory(Duration.ofMinutes(30), 10, java.time.Clock.systemUTC()),
                java.util.Optional.of(llm.rewriter()));
    }

    @Test
    void should_ask_a_follow_up_in_the_llms_stand_alone_words() {
        server.replyTo(prompt -> prompt.contains("Rewrite the last question") ? "What did Yevgeny Prigozhin say in his video?"
                : "NOT IN COVERAGE");
        var chat = conversationWithRewrites();
        chat.answer("c", "Who is the boss of the Wagner group?");
        Answer answer = chat.answer("c", "What did he say in the video?");
        assertTrue(server.requests.stream().anyMatch(r -> r.toString().contains("Rewrite the last question")));
        assertTrue(answer.citations().stream().anyMatch(c -> c.quote().contains("video")), text(answer));
    }

    @Test
    void should_ignore_a_rewrite_that_drifts_from_the_conversation() {
        server.replyTo(prompt -> prompt.contains("Rewrite the last question") ? "What is the weather in Paris tomorrow?"
                : "NOT IN COVERAGE");
        var chat = conversationWithRewrites();
        chat.answer("c", "Who is the boss of the Wagner group?");
        Answer answer = chat.answer("c", "What did he say in the video?");
        assertEquals(AnswerStatus.ANSWERED, answer.status());
        assertTrue(answer.citations().stream().anyMatch(c -> c.quote().contains("Prigozhin")), text(answer));
    }

    @Test
    void should_refuse_to_start_with_a_template_that_lacks_a_variable(@TempDir Path prompts) throws IOException {
        Files.writeString(prompts.resolve("answer.txt"), "Passages: {{passages}}\nAnswer the question.");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PromptTemplates.load(prompts));
        assertTrue(e.getMessage().contains("answer.txt") && e.getMessage().contains("{{question}}"), e.getMessage());
    }
}
