package org.coveragebot.bot.admin;

import org.coveragebot.bot.DaemonThreads;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.index.IndexProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs reloads of the coverage one at a time, off the chat threads. A reload asked for while one runs
 * joins it instead of running twice. A failed reload leaves the previous set serving and says why.
 */
public final class CoverageReloads implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CoverageReloads.class);

    private final Coverage coverage;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(new DaemonThreads("reload"));
    private CompletableFuture<ReloadOutcome> running;
    private volatile ReloadOutcome last;

    public CoverageReloads(Coverage coverage, Clock clock) {
        this.coverage = coverage;
        this.clock = clock;
    }

    /** Starts a reload asked for by {@code by}, or joins the one running. */
    public synchronized CompletableFuture<ReloadOutcome> request(String by, IndexProgress progress) {
        if (running != null && !running.isDone()) {
            log.info("Reload asked by {} joins the one running", by);
            return running;
        }
        running = CompletableFuture.supplyAsync(() -> reload(by, progress), worker);
        return running;
    }

    public Optional<ReloadOutcome> last() {
        return Optional.ofNullable(last);
    }

    private ReloadOutcome reload(String by, IndexProgress progress) {
        ReloadOutcome outcome;
        try {
            outcome = new ReloadOutcome(clock.instant(), by, coverage.reload(progress), null);
            log.info("Reload by {}: {}", by, outcome.report());
        } catch (Exception e) {
            log.error("Reload by {} failed; the previous articles keep serving", by, e);
            outcome = new ReloadOutcome(clock.instant(), by, null, String.valueOf(e.getMessage()));
        }
        last = outcome;
        return outcome;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
