package org.coveragebot.bot.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
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
            replicaB.abandoned(8);
            assertTrue(replicaA.accept(update(8)), "an abandoned update may be taken again");
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
}
