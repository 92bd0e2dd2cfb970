package org.coveragebot.bot.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.coveragebot.bot.conversation.ConversationStore;
import org.coveragebot.bot.conversation.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Conversations kept in Redis, so that every replica resolves every chat's follow-ups: one list per
 * conversation holding its last turns as JSON, expiring when the conversation has been idle for the
 * expiry. With Redis unreachable a question is answered as if the conversation were new.
 */
public final class RedisConversationStore implements ConversationStore {

    private static final Logger log = LoggerFactory.getLogger(RedisConversationStore.class);
    static final String PREFIX = "coverage-bot:chat:";
    private static final String WITHOUT = "answering without follow-up memory";

    private final UnifiedJedis redis;
    private final Duration expiry;
    private final RedisOutage outage;
    private final TurnCodec codec = new TurnCodec();

    public RedisConversationStore(UnifiedJedis redis, Duration expiry, RedisOutage outage) {
        this.redis = redis;
        this.expiry = expiry;
        this.outage = outage;
    }

    @Override
    public List<Turn> turns(String conversation) {
        if (outage.skipping()) {
            return List.of();
        }
        List<String> stored;
        try {
            stored = redis.lrange(PREFIX + conversation, 0, -1);
            outage.succeeded();
        } catch (JedisException e) {
            outage.failed(e, WITHOUT);
            return List.of();
        }
        List<Turn> turns = new ArrayList<>(stored.size());
        for (String turn : stored) {
            try {
                turns.add(codec.decode(turn));
            } catch (IllegalArgumentException e) {
                log.warn("A stored turn of a conversation cannot be read ({}); it is skipped", e.getMessage());
            }
        }
        return turns;
    }

    @Override
    public void add(String conversation, Turn turn) {
        if (outage.skipping()) {
            return;
        }
        String key = PREFIX + conversation;
        try (AbstractTransaction transaction = redis.multi()) {
            transaction.rpush(key, codec.encode(turn));
            transaction.ltrim(key, -TURNS_KEPT, -1);
            transaction.expire(key, expiry.toSeconds());
            transaction.exec();
            outage.succeeded();
        } catch (JedisException e) {
            outage.failed(e, WITHOUT);
        }
    }

    @Override
    public void forget(String conversation) {
        try {
            redis.del(PREFIX + conversation);
            outage.succeeded();
        } catch (JedisException e) {
            outage.failed(e, WITHOUT);
        }
    }
}
