package org.coveragebot.bot.redis;

import java.util.OptionalLong;
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
        if (outage.skipping()) {
            return OptionalLong.empty();
        }
        try {
            long count = redis.incr(KEY);
            outage.succeeded();
            return OptionalLong.of(count);
        } catch (JedisException e) {
            outage.failed(e, WITHOUT);
            return OptionalLong.empty();
        }
    }

    @Override
    public OptionalLong current() {
        if (outage.skipping()) {
            return OptionalLong.empty();
        }
        try {
            String count = redis.get(KEY);
            outage.succeeded();
            return OptionalLong.of(count == null ? 0 : Long.parseLong(count));
        } catch (JedisException | NumberFormatException e) {
            outage.failed(e, WITHOUT); // a count that is no number is as good as none
            return OptionalLong.empty();
        }
    }
}
