package org.coveragebot.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coveragebot.bot.admin.AdminCommands;
import org.coveragebot.bot.admin.AnswerStats;
import org.coveragebot.bot.admin.CoverageReloads;
import org.coveragebot.bot.answer.ExtractiveAnswerer;
import org.coveragebot.bot.conversation.ConversationalAnswerer;
import org.coveragebot.bot.redis.RedisConnections;
import org.coveragebot.bot.redis.RedisConversationStore;
import org.coveragebot.bot.redis.RedisOutage;
import org.coveragebot.bot.redis.RedisUpdateClaims;
import org.coveragebot.bot.redis.TestRedis;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.testing.TestCoverage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.RedisClient;

/**
 * Two bot replicas in webhook mode, sharing a real Redis server, each with the real TelegramBots client
 * talking to a fake Bot API on 127.0.0.1; the test posts Telegram's updates to them in turn, as a load
 * balancer would.
 */
class WebhookReplicasTest {

    static final String TOKEN = "123456:TEST-token";
    static final String SECRET = "replica-secret_1";
    static final URI PUBLIC_URL = URI.create("https://bot.example.org/telegram/hook");

    @TempDir
    static Path work;
    static Coverage coverage;
    static TestRedis redis;
    static FakeBotApi api;
    static final List<AutoCloseable> OPEN = new ArrayList<>();
    static TelegramBot replicaA;
    static TelegramBot replicaB;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        coverage = TestCoverage.sample();
        redis = new TestRedis();
        api = new FakeBotApi();
        replicaA = replica();
        replicaB = replica();
    }

    /** A replica wired as Main wires it with COVERAGE_REDIS_URL and TELEGRAM_WEBHOOK_URL set. */
    static TelegramBot replica() throws Exception {
        RedisClient client = RedisConnections.open(redis.url());
        OPEN.add(client);
        RedisOutage outage = new RedisOutage(RedisConnections.describe(redis.url()), Clock.systemUTC());
        ExtractiveAnswerer answerer = new ExtractiveAnswerer(coverage);
        AnswerStats stats = new AnswerStats(answerer);
        CoverageReloads reloads = new CoverageReloads(coverage, Clock.systemUTC());
        OPEN.add(reloads);
        ConversationalAnswerer conversations = new ConversationalAnswerer(stats, coverage,
                new RedisConversationStore(client, Duration.ofMinutes(30), outage));
        TelegramBot bot = TelegramBot.startWebhook(
                new TelegramSettings(TOKEN, TelegramBot.url(Optional.of(URI.create(api.url()))), 1, 100,
                        work.resolve("ledger-" + System.nanoTime()), Set.of()),
                new WebhookSettings(PUBLIC_URL, "127.0.0.1", 0, SECRET),
                new RedisUpdateClaims(client, outage, new RecentUpdates()), conversations,
                new AdminCommands(Set.of(), coverage, reloads, stats), coverage::summary);
        OPEN.add(bot);
        return bot;
    }

    @AfterAll
    static void stop() throws Exception {
        for (int i = OPEN.size() - 1; i >= 0; i--) {
            OPEN.get(i).close();
        }
        api.close();
        redis.close();
    }

    private int post(TelegramBot replica, ObjectNode update, String secret) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + replica.webhookPort() + PUBLIC_URL.getPath()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update.toString()));
        if (secret != null) {
            request.header(WebhookServer.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static List<String> answersTo(long chat) {
        return api.calls("sendMessage").stream().filter(call -> call.body().path("chat_id").asLong() == chat)
                .map(call -> call.body().path("text").asText()).toList();
    }

    @Test
    void should_give_telegram_the_public_url_and_the_secret() {
        FakeBotApi.Call set = api.calls("setWebhook").get(0);
        assertEquals(PUBLIC_URL.toString(), set.body().path("url").asText());
        assertEquals(SECRET, set.body().path("secret_token").asText());
    }

    @Test
    void should_resolve_a_follow_up_on_the_other_replica_and_answer_each_update_once() throws Exception {
        ObjectNode question = api.update(api.privateText(61, "How much aid did Biden announce?"));
        assertEquals(200, post(replicaA, question, SECRET));
        assertEquals(200, post(replicaB, question, SECRET), "Telegram delivering it again, to the other replica");
        api.await("sendMessage", c -> c.body().path("chat_id").asLong() == 61, 1, 20_000);
        ObjectNode followUp = api.update(api.privateText(61, "Which outlet said 357?"));
        assertEquals(200, post(replicaB, followUp, SECRET));
        String answer = api.await("sendMessage", c -> c.body().path("chat_id").asLong() == 61, 2, 20_000).get(1)
                .body().path("text").asText();
        assertTrue(answer.startsWith("That is what") && answer.contains("$357 million") && !answer.contains("$375 million"),
                "replica B knew what replica A had answered: " + answer);
        assertEquals(200, post(replicaA, followUp, SECRET));
        Thread.sleep(1_000);
        assertEquals(2, answersTo(61).size(), "two updates, each answered once: " + answersTo(61));
    }

    @Test
    void should_refuse_a_request_without_the_secret_token_and_answer_nothing() throws Exception {
        assertEquals(401, post(replicaA, api.update(api.privateText(62, "How much aid did Biden announce?")), null));
        assertEquals(401, post(replicaB, api.update(api.privateText(62, "How much aid did Biden announce?")), "guess"));
        Thread.sleep(1_000);
        assertFalse(answersTo(62).iterator().hasNext(), "nothing answered: " + answersTo(62));
    }
}
