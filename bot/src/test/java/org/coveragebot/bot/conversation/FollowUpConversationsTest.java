package org.coveragebot.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coveragebot.bot.answer.Answer;
import org.coveragebot.bot.answer.Citation;
import org.coveragebot.bot.answer.ExtractiveAnswerer;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.index.IndexProgress;
import org.coveragebot.retrieval.index.MiniLmEmbedder;
import org.coveragebot.retrieval.testing.TestCoverage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forty multi-turn conversations of our own (test resources) over the sample articles and the
 * realtimeqa-dev coverage: each follow-up is checked for the quote a person would expect, and the
 * same question asked stand-alone with its full context is the reference.
 */
@Tag("eval")
class FollowUpConversationsTest {

    static final Path SHARED = Path.of(System.getProperty("coverage.shared", "../../shared"));

    static MiniLmEmbedder model;

    @BeforeAll
    static void loadModel() {
        model = TestCoverage.model();
    }

    record Score(int followUps, int followUpsRight, int standaloneRight, List<String> misses) {
    }

    @Test
    void should_answer_follow_ups_on_the_sample_articles_as_well_as_full_questions() throws Exception {
        Score score = run(TestCoverage.sample(), "seeds");
        report("seeds", score);
        assertTrue(score.followUpsRight() >= score.standaloneRight() - 2, score.misses().toString());
    }

    @Test
    void should_answer_follow_ups_on_realtimeqa_as_well_as_full_questions() throws Exception {
        Path articles = SHARED.resolve("eval/realtimeqa-dev/articles");
        assumeTrue(Files.isDirectory(articles), "no " + articles);
        Path index = Files.createDirectories(Path.of("target", "eval")).resolve("realtimeqa-dev-index");
        try (Coverage coverage = Coverage.open(articles, index, model, IndexProgress.SILENT)) {
            Score score = run(coverage, "realtimeqa");
            report("realtimeqa", score);
            assertTrue(score.followUpsRight() >= score.standaloneRight() - 3, score.misses().toString());
        }
    }

    private static void report(String corpus, Score score) {
        System.out.printf("[follow-ups] %s: %d/%d follow-ups answered with the expected quote; asked stand-alone: %d/%d%n",
                corpus, score.followUpsRight(), score.followUps(), score.standaloneRight(), score.followUps());
        score.misses().forEach(miss -> System.out.println("[follow-ups]   missed: " + miss));
    }

    private static Score run(Coverage coverage, String corpus) throws IOException {
        ExtractiveAnswerer extractive = new ExtractiveAnswerer(coverage);
        int followUps = 0;
        int right = 0;
        int standaloneRight = 0;
        List<String> misses = new ArrayList<>();
        int n = 0;
        for (JsonNode conversation : conversations()) {
            if (!conversation.get("corpus").asText().equals(corpus)) {
                continue;
            }
            ConversationalAnswerer chat = new ConversationalAnswerer(extractive, coverage,
                    new ConversationMemory(Duration.ofMinutes(30), 100, Clock.systemUTC()));
            String id = corpus + "-" + n++;
            JsonNode turns = conversation.get("turns");
            for (int t = 0; t < turns.size(); t++) {
                JsonNode turn = turns.get(t);
                Answer answer = chat.answer(id, turn.get("ask").asText());
                if (t == 0) {
                    continue;
                }
                followUps++;
                boolean ok = quotes(answer, turn.get("expect"));
                Answer alone = new ConversationalAnswerer(extractive, coverage,
                        new ConversationMemory(Duration.ofMinutes(30), 100, Clock.systemUTC()))
                        .answer("fresh", turn.get("standalone").asText());
                standaloneRight += quotes(alone, turn.get("expect")) ? 1 : 0;
                right += ok ? 1 : 0;
                if (!ok) {
                    misses.add(turn.get("ask").asText() + " (after: " + turns.get(t - 1).get("ask").asText() + ")");
                }
                if (turn.path("topic_shift").asBoolean(false)) {
                    Answer fresh = new ConversationalAnswerer(extractive, coverage,
                            new ConversationMemory(Duration.ofMinutes(30), 100, Clock.systemUTC()))
                            .answer("fresh", turn.get("ask").asText());
                    assertEquals(quoted(fresh), quoted(answer), "a new topic is answered as in a fresh chat: " + turn);
                }
            }
        }
        return new Score(followUps, right, standaloneRight, misses);
    }

    private static boolean quotes(Answer answer, JsonNode expected) {
        String quoted = String.join(" | ", quoted(answer)).toLowerCase(Locale.ROOT);
        for (JsonNode text : expected) {
            if (quoted.contains(text.asText().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> quoted(Answer answer) {
        return answer.citations().stream().map(Citation::quote).toList();
    }

    private static JsonNode conversations() throws IOException {
        try (InputStream in = FollowUpConversationsTest.class.getResourceAsStream("/followups/conversations.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void should_keep_memory_bounded_under_many_chats() {
        ConversationMemory memory = new ConversationMemory(Duration.ofMinutes(30), 1_000, Clock.systemUTC());
        Answer answer = Answer.notFound("none");
        for (int chat = 0; chat < 50_000; chat++) {
            for (int turn = 0; turn < 5; turn++) {
                memory.add("chat-" + chat, new Turn("q" + turn, "q" + turn, answer));
            }
        }
        assertEquals(1_000, memory.size());
        assertEquals(ConversationMemory.TURNS_KEPT, memory.turns("chat-49999").size());
        assertEquals(List.of(), memory.turns("chat-0"), "the oldest conversations went first");
    }

    @Test
    void should_forget_idle_conversations() {
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(0);
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return java.time.Instant.ofEpochSecond(now.get());
            }
        };
        ConversationMemory memory = new ConversationMemory(Duration.ofMinutes(30), 100, clock);
        memory.add("a", new Turn("q", "q", Answer.notFound("none")));
        now.addAndGet(29 * 60);
        assertEquals(1, memory.turns("a").size());
        now.addAndGet(31 * 60);
        assertEquals(List.of(), memory.turns("a"));
    }
}
