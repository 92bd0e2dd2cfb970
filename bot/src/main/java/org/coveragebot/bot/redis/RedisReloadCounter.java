package org.coveragebot.bot.redis;

import java.util.OptionalLong;
import java.util.function.LongSupplier;
import org.coveragebot.bot.admin.ReloadCounter;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/** The replicas' reload count in one Redis key (INCR after a reload, GET to follow). */
public final class RedisReloadCounter implements ReloadCounter {

    static final String KEY = "coverage-bot:reloads";
    private static final String WITHOUT = "reloads reach the other replicas when it is back";

    private final UnifiedJedis redis;
    private final RedisOutage outage;

    public RedisReloadCounter(UnifiedJedis redis, RedisOutage outage) {
        this.redis = redis;
        this.outage = outage;
    }

    @Override
    public OptionalLong counted() {
        return call(() -> redis.incr(KEY));
    }

    @Override
    public OptionalLong current() {
        return call(() -> {
            String count = redis.get(KEY);
            return count == null ? 0 : Long.parseLong(count);
        });
    }

    /** The count, or empty while Redis is down (a count that is no number is as good as none). */
    private OptionalLong call(LongSupplier command) {
        if (outage.skipping()) {
            return OptionalLong.empty();
        }
        try {
            long count = command.getAsLong();
            outage.succeeded();
            return OptionalLong.of(count);
        } catch (JedisException | NumberFormatException e) {
            outage.failed(e, WITHOUT);
            return OptionalLong.empty();
        }
    }
}
