package org.coveragebot.bot.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.coveragebot.bot.admin.CoverageReloads;
import org.coveragebot.bot.admin.ReloadOutcome;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.index.IndexProgress;
import org.coveragebot.retrieval.testing.TestCoverage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.RedisClient;

/** Two replicas of one article folder, each with its own index, telling each other of reloads through a real Redis. */
class ReloadAcrossReplicasTest {

    private static final Duration LOOK_EVERY = Duration.ofMillis(200);

    @Test
    void should_bring_an_admins_reload_on_one_replica_to_the_other(@TempDir Path folder, @TempDir Path indexA,
                                                                   @TempDir Path indexB) throws Exception {
        Files.writeString(folder.resolve("a.txt"), "The museum reopens in May after a two-year renovation, the city said.\n");
        try (TestRedis server = new TestRedis();
             RedisClient clientA = RedisConnections.open(server.url());
             RedisClient clientB = RedisConnections.open(server.url());
             Coverage coverageA = Coverage.open(folder, indexA, TestCoverage.model(), IndexProgress.SILENT);
             Coverage coverageB = Coverage.open(folder, indexB, TestCoverage.model(), IndexProgress.SILENT);
             CoverageReloads replicaA = replica(coverageA, clientA, server);
             CoverageReloads replicaB = replica(coverageB, clientB, server)) {
            Files.writeString(folder.resolve("b.txt"), "The library adds Sunday hours from June, officials announced.\n");
            ReloadOutcome own = replicaA.request("admin 1", IndexProgress.SILENT).get(30, TimeUnit.SECONDS);
            assertTrue(own.succeeded());
            assertTrue(coverageA.find("When does the library add Sunday hours?").answered());

            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (coverageB.article("b.txt").isEmpty() && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertTrue(coverageB.find("When does the library add Sunday hours?").answered(),
                    "the other replica reloaded after the admin's reload on the first");
            assertEquals("another replica", replicaB.last().orElseThrow().by());
            Thread.sleep(3 * LOOK_EVERY.toMillis());
            assertEquals("admin 1", replicaA.last().orElseThrow().by(), "a followed reload is not followed back");
        }
    }

    private static CoverageReloads replica(Coverage coverage, RedisClient client, TestRedis server) {
        RedisOutage outage = new RedisOutage(RedisConnections.describe(server.url()), Clock.systemUTC());
        return new CoverageReloads(coverage, Clock.systemUTC(), new RedisReloadCounter(client, outage), LOOK_EVERY);
    }
}
