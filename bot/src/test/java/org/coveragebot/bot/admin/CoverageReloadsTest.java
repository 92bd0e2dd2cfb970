package org.coveragebot.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.index.IndexProgress;
import org.coveragebot.retrieval.testing.TestCoverage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageReloadsTest {

    @Test
    void should_join_a_reload_asked_for_while_one_runs_and_report_failures(@TempDir Path folder, @TempDir Path index)
            throws Exception {
        Files.writeString(folder.resolve("a.txt"), "The museum reopens in May after a two-year renovation, the city said.\n");
        try (Coverage coverage = Coverage.open(folder, index, TestCoverage.model(), IndexProgress.SILENT);
             CoverageReloads reloads = new CoverageReloads(coverage, Clock.systemUTC())) {
            Files.writeString(folder.resolve("b.txt"), "The library adds Sunday hours from June, officials announced.\n");
            CountDownLatch hold = new CountDownLatch(1);
            CompletableFuture<ReloadOutcome> first = reloads.request("admin 1", (done, total) -> {
                try {
                    hold.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            CompletableFuture<ReloadOutcome> second = reloads.request("admin 2", IndexProgress.SILENT);
            assertSame(first, second, "the second request joins the first");
            hold.countDown();
            ReloadOutcome outcome = first.get(30, TimeUnit.SECONDS);
            assertTrue(outcome.succeeded());
            assertEquals(1, outcome.report().added());
            assertEquals("admin 1", reloads.last().orElseThrow().by());

            Files.delete(folder.resolve("a.txt"));
            Files.delete(folder.resolve("b.txt"));
            Files.delete(folder); // the folder itself is gone: the reload fails, the previous set keeps serving
            ReloadOutcome failed = reloads.request("admin 3", IndexProgress.SILENT).get(30, TimeUnit.SECONDS);
            assertTrue(!failed.succeeded() && failed.failure().contains("article folder"), failed.toString());
            assertTrue(coverage.find("When does the museum reopen?").answered());
        }
    }

    /** A shared count whose store is down at first. */
    private static final class FlakyCounter implements ReloadCounter {
        volatile boolean down = true;
        final java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();

        @Override
        public java.util.OptionalLong counted() {
            return down ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(count.incrementAndGet());
        }

        @Override
        public java.util.OptionalLong current() {
            return down ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(count.get());
        }
    }

    @Test
    void should_tell_the_other_replicas_of_a_reload_once_their_counter_is_back(@TempDir Path folder, @TempDir Path index)
            throws Exception {
        Files.writeString(folder.resolve("a.txt"), "The museum reopens in May after a two-year renovation, the city said.\n");
        FlakyCounter counter = new FlakyCounter();
        try (Coverage coverage = Coverage.open(folder, index, TestCoverage.model(), IndexProgress.SILENT);
             CoverageReloads reloads = new CoverageReloads(coverage, Clock.systemUTC(), counter,
                     java.time.Duration.ofMillis(100))) {
            assertTrue(reloads.request("admin 1", IndexProgress.SILENT).get(30, TimeUnit.SECONDS).succeeded());
            assertEquals(0, counter.count.get(), "the counter is down");
            counter.down = false;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (counter.count.get() == 0 && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertEquals(1, counter.count.get(), "the reload was counted once the counter was back");
            Thread.sleep(300);
            assertEquals("admin 1", reloads.last().orElseThrow().by(), "its own reload is not followed");
        }
    }
}
