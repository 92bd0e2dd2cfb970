package org.coveragebot.bot.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.coveragebot.bot.telegram.UpdateClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * Claims on updates shared by every replica: the first replica to set an update's key (SET NX) answers
 * it, and a second delivery, to this replica or another, is recognised. Keys live a day, as long as
 * Telegram keeps an update. Until it is answered, the update itself is kept in a hash with the time it was
 * taken: one that no replica has answered within {@link #LEASE} (its replica stopped, or could not
 * deliver the reply) is taken over by the next replica that looks — one replica, by a compare-and-set —
 * and given up after {@link #ATTEMPTS} tries. With Redis unreachable, this replica's own memory decides.
 */
public final class RedisUpdateClaims implements UpdateClaims {

    private static final Logger log = LoggerFactory.getLogger(RedisUpdateClaims.class);
    static final String PREFIX = "coverage-bot:update:";
    static final String PENDING = "coverage-bot:pending";
    static final Duration KEEP = Duration.ofDays(1);
    /** How long a taken update may go unanswered before another replica takes it over. */
    public static final Duration LEASE = Duration.ofMinutes(2);
    static final int ATTEMPTS = 5;
    private static final String WITHOUT = "recognising repeated updates on this replica only";
    /** Sets a hash field to a new value only if it still holds the one read: a take-over by one replica. */
    private static final String TAKE_OVER = "if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then "
            + "redis.call('HSET', KEYS[1], ARGV[1], ARGV[3]) return 1 else return 0 end";

    private final UnifiedJedis redis;
    private final RedisOutage outage;
    private final UpdateClaims local;
    private final Clock clock;
    private final Duration lease;
    private final ObjectMapper json = new ObjectMapper();
    /** Answered while Redis was unreachable: still kept there, to be forgotten at the next look. */
    private final Set<Integer> answeredMeanwhile = ConcurrentHashMap.newKeySet();

    /** @param local the claims used while Redis is unreachable */
    public RedisUpdateClaims(UnifiedJedis redis, RedisOutage outage, UpdateClaims local) {
        this(redis, outage, local, Clock.systemUTC(), LEASE);
    }

    RedisUpdateClaims(UnifiedJedis redis, RedisOutage outage, UpdateClaims local, Clock clock, Duration lease) {
        this.redis = redis;
        this.outage = outage;
        this.local = local;
        this.clock = clock;
        this.lease = lease;
    }

    @Override
    public boolean accept(Update update) {
        if (outage.skipping()) {
            return local.accept(update);
        }
        try {
            String set = redis.set(PREFIX + update.getUpdateId(), "claimed", SetParams.setParams().nx().ex(KEEP.toSeconds()));
            if (set == null) {
                outage.succeeded();
                log.debug("Update {} is taken already, here or by another replica", update.getUpdateId());
                return false;
            }
            redis.hset(PENDING, String.valueOf(update.getUpdateId()), new Taken(clock.millis(), 1, json(update)).stored());
            outage.succeeded();
            local.accept(update); // remembered here too, should Redis go away before a redelivery
            return true;
        } catch (JedisException e) {
            outage.failed(e, WITHOUT);
            return local.accept(update);
        }
    }

    @Override
    public void handled(int updateId) {
        local.handled(updateId); // the shared claim stays until it expires
        forget(updateId);
    }

    /** It stays pending: after the lease, a replica that looks takes it over. */
    @Override
    public void abandoned(int updateId) {
        local.abandoned(updateId);
    }

    @Override
    public List<Update> overdue() {
        List<Update> overdue = new ArrayList<>();
        if (outage.skipping()) {
            return overdue;
        }
        try {
            for (Integer answered : List.copyOf(answeredMeanwhile)) {
                redis.hdel(PENDING, String.valueOf(answered)); // else it would be answered again after the lease
                answeredMeanwhile.remove(answered);
            }
            Map<String, String> pending = redis.hgetAll(PENDING);
            outage.succeeded();
            long now = clock.millis();
            for (Map.Entry<String, String> entry : pending.entrySet()) {
                takeOver(entry.getKey(), entry.getValue(), now).ifPresent(overdue::add);
            }
        } catch (JedisException e) {
            outage.failed(e, WITHOUT);
        }
        return overdue;
    }

    /** The update kept under {@code id}, if it is overdue and this replica wins it. */
    private Optional<Update> takeOver(String id, String stored, long now) {
        Taken taken = Taken.read(stored);
        try {
            if (taken == null) {
                log.warn("A kept update ({}) cannot be read back; it is dropped", id);
                forget(Integer.parseInt(id));
                return Optional.empty();
            }
            if (now - taken.at() < lease.toMillis()) {
                return Optional.empty();
            }
            if (taken.attempts() >= ATTEMPTS) {
                log.warn("Update {} was tried {} times and never answered; giving it up", id, taken.attempts());
                forget(Integer.parseInt(id));
                return Optional.empty();
            }
            Taken retaken = new Taken(now, taken.attempts() + 1, taken.update());
            Object won = redis.eval(TAKE_OVER, List.of(PENDING), List.of(id, stored, retaken.stored()));
            if (!Long.valueOf(1).equals(won)) {
                return Optional.empty(); // another replica took it first
            }
            log.info("Update {} was taken {} s ago and never answered; answering it here", id, (now - taken.at()) / 1000);
            return Optional.of(json.readValue(taken.update(), Update.class));
        } catch (JsonProcessingException | NumberFormatException e) {
            log.warn("A kept update ({}) cannot be read back ({}); it is dropped", id, e.getMessage());
            redis.hdel(PENDING, id);
            return Optional.empty();
        }
    }

    private void forget(int updateId) {
        if (outage.skipping()) {
            answeredMeanwhile.add(updateId);
            return;
        }
        try {
            redis.hdel(PENDING, String.valueOf(updateId));
            outage.succeeded();
        } catch (JedisException e) {
            outage.failed(e, WITHOUT);
            answeredMeanwhile.add(updateId);
        }
    }

    private String json(Update update) {
        try {
            return json.writeValueAsString(update);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an update always serialises", e);
        }
    }

    /** A pending update: when it was last taken, how many times, and the update itself. */
    record Taken(long at, int attempts, String update) {

        String stored() {
            return at + " " + attempts + " " + update;
        }

        static Taken read(String stored) {
            String[] parts = stored.split(" ", 3);
            if (parts.length < 3) {
                return null;
            }
            try {
                return new Taken(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), parts[2]);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
