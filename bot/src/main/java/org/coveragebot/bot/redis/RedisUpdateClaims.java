package org.coveragebot.bot.redis;

import java.time.Duration;
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
 * Telegram keeps an update. With Redis unreachable, this replica's own memory decides.
 */
public final class RedisUpdateClaims implements UpdateClaims {

    private static final Logger log = LoggerFactory.getLogger(RedisUpdateClaims.class);
    static final String PREFIX = "coverage-bot:update:";
    static final Duration KEEP = Duration.ofDays(1);
    private static final String WITHOUT = "recognising repeated updates on this replica only";

    private final UnifiedJedis redis;
    private final RedisOutage outage;
    private final UpdateClaims local;

    /** @param local the claims used while Redis is unreachable */
    public RedisUpdateClaims(UnifiedJedis redis, RedisOutage outage, UpdateClaims local) {
        this.redis = redis;
        this.outage = outage;
        this.local = local;
    }

    @Override
    public boolean accept(Update update) {
        if (outage.skipping()) {
            return local.accept(update);
        }
        try {
            String set = redis.set(PREFIX + update.getUpdateId(), "claimed", SetParams.setParams().nx().ex(KEEP.toSeconds()));
            outage.succeeded();
            if (set == null) {
                log.debug("Update {} is taken already, here or by another replica", update.getUpdateId());
                return false;
            }
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
    }

    @Override
    public void abandoned(int updateId) {
        local.abandoned(updateId);
        try {
            redis.del(PREFIX + updateId); // a second delivery may then be answered
            outage.succeeded();
        } catch (JedisException e) {
            outage.failed(e, WITHOUT);
        }
    }
}
