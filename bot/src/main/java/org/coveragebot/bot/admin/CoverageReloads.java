package org.coveragebot.bot.admin;

import org.coveragebot.bot.DaemonThreads;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.coveragebot.retrieval.Coverage;
import org.coveragebot.retrieval.index.IndexProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs reloads of the coverage one at a time, off the chat threads. A reload asked for while one runs
 * joins it instead of running twice. A failed reload leaves the previous set serving and says why.
 * With replicas, each successful reload is counted where all of them see it ({@link ReloadCounter}), and
 * every replica looks at the count every few seconds and reloads when another has: the admin's reload on
 * one replica reaches all of them.
 */
public final class CoverageReloads implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CoverageReloads.class);
    /** How often a replica looks whether another has reloaded. */
    public static final Duration FOLLOW_EVERY = Duration.ofSeconds(5);
    static final String FOLLOWED = "another replica";

    private final Coverage coverage;
    private final Clock clock;
    private final ReloadCounter counter;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(new DaemonThreads("reload"));
    private CompletableFuture<ReloadOutcome> running;
    private volatile ReloadOutcome last;
    /** The count this replica is up to date with. */
    private long seen;
    /** A reload done here that the counter could not be told of yet (its store was down). */
    private boolean owed;

    /** One machine: reloads are this replica's own. */
    public CoverageReloads(Coverage coverage, Clock clock) {
        this(coverage, clock, ReloadCounter.NONE, FOLLOW_EVERY);
    }

    /** Replicas: reloads are counted in {@code counter}, which is looked at every {@code followEvery}. */
    public CoverageReloads(Coverage coverage, Clock clock, ReloadCounter counter, Duration followEvery) {
        this.coverage = coverage;
        this.clock = clock;
        this.counter = counter;
        if (counter != ReloadCounter.NONE) {
            seen = counter.current().orElse(0); // the coverage was read from the folder at start
            worker.scheduleWithFixedDelay(this::follow, followEvery.toMillis(), followEvery.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Starts a reload asked for by {@code by}, or joins the one running. */
    public CompletableFuture<ReloadOutcome> request(String by, IndexProgress progress) {
        return start(by, progress, true);
    }

    public Optional<ReloadOutcome> last() {
        return Optional.ofNullable(last);
    }

    private synchronized CompletableFuture<ReloadOutcome> start(String by, IndexProgress progress, boolean counts) {
        if (running != null && !running.isDone()) {
            log.info("Reload asked by {} joins the one running", by);
            return running;
        }
        running = CompletableFuture.supplyAsync(() -> reload(by, progress, counts), worker);
        return running;
    }

    private ReloadOutcome reload(String by, IndexProgress progress, boolean counts) {
        ReloadOutcome outcome;
        try {
            outcome = new ReloadOutcome(clock.instant(), by, coverage.reload(progress), null);
            log.info("Reload by {}: {}", by, outcome.report());
            if (counts) {
                count();
            }
        } catch (Exception e) {
            log.error("Reload by {} failed; the previous articles keep serving", by, e);
            outcome = new ReloadOutcome(clock.instant(), by, null, String.valueOf(e.getMessage()));
        }
        last = outcome;
        return outcome;
    }

    /** Tells the other replicas of a reload done here, now or, when their counter is down, at the next look. */
    private void count() {
        if (counter == ReloadCounter.NONE) {
            return;
        }
        OptionalLong count = counter.counted();
        synchronized (this) {
            owed = count.isEmpty();
            if (count.isPresent()) {
                seen = Math.max(seen, count.getAsLong());
            }
        }
    }

    /** Reloads when another replica has (its reload is not counted again), and pays a count owed. */
    private void follow() {
        try {
            boolean paying;
            synchronized (this) {
                paying = owed;
            }
            if (paying) {
                count();
            }
            OptionalLong count = counter.current();
            synchronized (this) {
                if (count.isEmpty() || count.getAsLong() <= seen) {
                    return;
                }
                seen = count.getAsLong();
            }
            log.info("Another replica reloaded the coverage; reloading here too");
            start(FOLLOWED, IndexProgress.SILENT, false);
        } catch (RuntimeException e) {
            log.warn("Could not look whether another replica reloaded", e); // the next look tries again
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
