package org.coveragebot.bot.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.coveragebot.bot.answer.Answer;
import org.coveragebot.bot.answer.AnswerStatus;
import org.coveragebot.bot.answer.Citation;
import org.coveragebot.bot.answer.Disagreement;
import org.coveragebot.bot.answer.Statement;
import org.coveragebot.bot.conversation.ConversationStore;
import org.coveragebot.bot.conversation.Turn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;

/** Conversations in a real Redis server, shared by two stores as by two replicas. */
class RedisConversationStoreTest {

    static TestRedis server;

    @BeforeAll
    static void startRedis() {
        server = new TestRedis();
    }

    @AfterAll
    static void stopRedis() {
        server.close();
    }

    static Turn turn(String asked) {
        String quote = "Biden announced $375 million in aid.";
        Citation first = new Citation(1, "ap.txt", "AP", "Aid", "2023-05-21", "https://example.org/ap", quote, 10,
                10 + quote.length(), "Hanna Maliar", "$375 million");
        String other = "The package is worth $357 million.";
        Citation second = new Citation(2, "hill.txt", null, null, null, null, other, 0, other.length(), null, "$357 million");
        Answer answer = new Answer(AnswerStatus.ANSWERED, "That is what AP reported:",
                List.of(Statement.of(new Statement.Words("Hanna Maliar said "), new Statement.Quote(1)),
                        Statement.of(new Statement.Quote(2))),
                List.of(first, second),
                List.of(new Disagreement("how much aid Biden announced", Disagreement.Kind.CONFLICT,
                        List.of(new Disagreement.Claim(1, "$375 million"), new Disagreement.Claim(2, "$357 million")))),
                null);
        return new Turn(asked, asked + " aid Biden", answer);
    }

    @Test
    void should_give_one_replica_the_turns_another_replica_stored() {
        try (RedisClient a = RedisConnections.open(server.url()); RedisClient b = RedisConnections.open(server.url())) {
            RedisOutage outage = new RedisOutage("test", Clock.systemUTC());
            ConversationStore replicaA = new RedisConversationStore(a, Duration.ofMinutes(30), outage);
            ConversationStore replicaB = new RedisConversationStore(b, Duration.ofMinutes(30), outage);
            Turn asked = turn("How much aid did Biden announce?");
            replicaA.add("chat-1", asked);
            assertEquals(List.of(asked), replicaB.turns("chat-1"), "the whole answer comes back, citations and all");
            for (int i = 0; i < 5; i++) {
                replicaB.add("chat-1", turn("question " + i));
            }
            List<Turn> kept = replicaA.turns("chat-1");
            assertEquals(ConversationStore.TURNS_KEPT, kept.size());
            assertEquals("question 4", kept.get(kept.size() - 1).asked());
            replicaA.forget("chat-1");
            assertTrue(replicaB.turns("chat-1").isEmpty());
            assertTrue(replicaB.turns("chat-2").isEmpty());
        }
    }

    @Test
    void should_expire_an_idle_conversation() throws InterruptedException {
        try (RedisClient redis = RedisConnections.open(server.url())) {
            RedisConversationStore store = new RedisConversationStore(redis, Duration.ofSeconds(1),
                    new RedisOutage("test", Clock.systemUTC()));
            store.add("chat-idle", turn("How much aid did Biden announce?"));
            assertEquals(1, store.turns("chat-idle").size());
            Thread.sleep(2_100);
            assertTrue(store.turns("chat-idle").isEmpty());
        }
    }

    @Test
    void should_answer_without_memory_and_log_once_a_minute_while_redis_is_down() {
        TestRedis gone = new TestRedis();
        MutableClock clock = new MutableClock();
        ListAppender<ILoggingEvent> logged = capture();
        try (RedisClient redis = RedisConnections.open(gone.url())) {
            RedisConversationStore store = new RedisConversationStore(redis, Duration.ofMinutes(30),
                    new RedisOutage("test", clock));
            store.add("chat-1", turn("How much aid did Biden announce?"));
            assertEquals(1, store.turns("chat-1").size());
            gone.stop();
            for (int message = 0; message < 20; message++) {
                clock.advance(Duration.ofSeconds(2));
                store.add("chat-1", turn("message " + message));
                assertTrue(store.turns("chat-1").isEmpty(), "no memory, and no failure either");
            }
            assertEquals(1, warnings(logged), "40 s of failing calls, one line in the log");
            clock.advance(Duration.ofSeconds(30));
            store.turns("chat-1");
            assertEquals(2, warnings(logged), "and another one after a minute");
        } finally {
            gone.close();
            ((Logger) LoggerFactory.getLogger(RedisOutage.class)).detachAppender(logged);
        }
    }

    static ListAppender<ILoggingEvent> capture() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(RedisOutage.class)).addAppender(appender);
        return appender;
    }

    static long warnings(ListAppender<ILoggingEvent> appender) {
        return appender.list.stream().filter(event -> event.getLevel() == Level.WARN).count();
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-30T12:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
