package org.coveragebot.bot.redis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a replica knows of Redis being down, shared by everything it keeps there. While Redis is
 * unreachable the replica answers without it: a failed call makes the next ones skip Redis for a few
 * seconds (so no message waits on a dead connection each time), and the outage is logged at most once
 * a minute, not once per message.
 */
public final class RedisOutage {

    private static final Logger log = LoggerFactory.getLogger(RedisOutage.class);
    static final Duration LOG_EVERY = Duration.ofMinutes(1);
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final String where;
    private final Clock clock;
    private Instant retryAt = Instant.MIN;
    private Instant nextLog = Instant.MIN;
    private boolean down;

    /** @param where the server, for logs (without credentials) */
    public RedisOutage(String where, Clock clock) {
        this.where = where;
        this.clock = clock;
    }

    /** True while a recent failure says Redis is down: skip it. */
    synchronized boolean skipping() {
        return down && clock.instant().isBefore(retryAt);
    }

    /** A call to Redis failed: {@code without} says what the replica does without it. */
    synchronized void failed(RuntimeException e, String without) {
        Instant now = clock.instant();
        down = true;
        retryAt = now.plus(RETRY_AFTER);
        if (!now.isBefore(nextLog)) {
            nextLog = now.plus(LOG_EVERY);
            log.warn("Redis at {} is unreachable ({}); {} until it is back (logged once a minute)", where,
                    e.getMessage(), without);
        }
    }

    /** A call to Redis worked. */
    synchronized void succeeded() {
        if (down) {
            down = false;
            nextLog = Instant.MIN;
            log.info("Redis at {} is reachable again", where);
        }
    }
}
