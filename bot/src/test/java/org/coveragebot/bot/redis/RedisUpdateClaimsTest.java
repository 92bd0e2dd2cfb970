package org.coveragebot.bot.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import org.coveragebot.bot.telegram.RecentUpdates;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import redis.clients.jedis.RedisClient;

/** Update claims shared by two replicas through a real Redis server. */
class RedisUpdateClaimsTest {

    static Update update(int id) {
        Update update = new Update();
        update.setUpdateId(id);
        return update;
    }

    @Test
    void should_let_exactly_one_replica_take_an_update_delivered_to_both() {
        try (TestRedis server = new TestRedis(); RedisClient a = RedisConnections.open(server.url());
             RedisClient b = RedisConnections.open(server.url())) {
            RedisOutage outage = new RedisOutage("test", Clock.systemUTC());
            RedisUpdateClaims replicaA = new RedisUpdateClaims(a, outage, new RecentUpdates());
            RedisUpdateClaims replicaB = new RedisUpdateClaims(b, outage, new RecentUpdates());
            int taken = 0;
            for (int id = 1; id <= 50; id++) {
                boolean byA = replicaA.accept(update(id));
                boolean byB = replicaB.accept(update(id));
                assertFalse(byA && byB, "update " + id + " taken twice");
                taken += byA || byB ? 1 : 0;
            }
            assertEquals(50, taken, "and none lost");
            assertFalse(replicaA.accept(update(7)), "a redelivery is recognised");
        }
    }

    private static Update question(int id, String text) {
        org.telegram.telegrambots.meta.api.objects.message.Message message =
                new org.telegram.telegrambots.meta.api.objects.message.Message();
        message.setMessageId(id);
        message.setChat(new org.telegram.telegrambots.meta.api.objects.chat.Chat(42L, "private"));
        message.setText(text);
        Update update = update(id);
        update.setMessage(message);
        return update;
    }

    @Test
    void should_hand_an_update_a_stopped_replica_took_to_exactly_one_other_once_its_lease_is_over() {
        try (TestRedis server = new TestRedis(); RedisClient a = RedisConnections.open(server.url());
             RedisClient b = RedisConnections.open(server.url()); RedisClient c = RedisConnections.open(server.url())) {
            RedisOutage outage = new RedisOutage("test", Clock.systemUTC());
            RedisUpdateClaims stopping = new RedisUpdateClaims(a, outage, new RecentUpdates());
            RedisUpdateClaims patient = new RedisUpdateClaims(b, outage, new RecentUpdates(), Clock.systemUTC(),
                    java.time.Duration.ofHours(1));
            RedisUpdateClaims looking = new RedisUpdateClaims(c, outage, new RecentUpdates(), Clock.systemUTC(),
                    java.time.Duration.ZERO);
            assertTrue(stopping.accept(question(1, "How much aid did Biden announce?")));
            assertTrue(stopping.accept(question(2, "Who said it?")));
            stopping.handled(2);
            // the first replica stops here without answering update 1
            assertEquals(List.of(), patient.overdue(), "within its lease an update is left to its replica");
            List<Update> taken = looking.overdue();
            assertEquals(1, taken.size(), "only the unanswered one: " + taken);
            assertEquals("How much aid did Biden announce?", taken.get(0).getMessage().getText());
            assertEquals(List.of(), patient.overdue(), "taken over by one replica, with a new lease");
            assertFalse(patient.accept(question(1, "How much aid did Biden announce?")), "still claimed");

            looking.abandoned(1); // its reply could not be delivered either: tried again, then given up
            int tries = 2; // the first replica's try and the take-over above
            while (!looking.overdue().isEmpty()) {
                tries++;
            }
            assertEquals(RedisUpdateClaims.ATTEMPTS, tries, "tried " + RedisUpdateClaims.ATTEMPTS + " times in all");
            assertEquals(List.of(), looking.overdue(), "and then given up");
        }
    }

    @Test
    void should_still_take_updates_once_on_this_replica_while_redis_is_down() {
        try (TestRedis server = new TestRedis(); RedisClient redis = RedisConnections.open(server.url())) {
            RedisUpdateClaims claims = new RedisUpdateClaims(redis, new RedisOutage("test", Clock.systemUTC()),
                    new RecentUpdates());
            server.stop();
            assertTrue(claims.accept(update(1)), "answered without Redis");
            assertFalse(claims.accept(update(1)), "but not twice on this replica");
        }
    }

    @Test
    void should_not_answer_again_an_update_answered_while_redis_was_down() {
        try (TestRedis server = new TestRedis(); RedisClient a = RedisConnections.open(server.url());
             RedisClient b = RedisConnections.open(server.url())) {
            RedisConversationStoreTest.MutableClock clock = new RedisConversationStoreTest.MutableClock();
            RedisOutage outage = new RedisOutage("test", clock);
            RedisUpdateClaims answering = new RedisUpdateClaims(a, outage, new RecentUpdates(), Clock.systemUTC(),
                    java.time.Duration.ZERO);
            RedisUpdateClaims looking = new RedisUpdateClaims(b, new RedisOutage("test", Clock.systemUTC()),
                    new RecentUpdates(), Clock.systemUTC(), java.time.Duration.ZERO);
            assertTrue(answering.accept(question(1, "How much aid did Biden announce?")));
            outage.failed(new redis.clients.jedis.exceptions.JedisConnectionException("connection reset"), "test");
            answering.handled(1); // answered while this replica takes Redis for gone
            clock.advance(RedisOutage.RETRY_AFTER.plusSeconds(1));
            assertEquals(List.of(), answering.overdue(), "its own look tells Redis first");
            assertEquals(List.of(), looking.overdue(), "so no other replica answers it again");
        }
    }
}
