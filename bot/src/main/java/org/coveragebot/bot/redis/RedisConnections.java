package org.coveragebot.bot.redis;

import java.net.URI;
import java.time.Duration;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * A pooled Redis client for {@code COVERAGE_REDIS_URL} ({@code redis://[user:password@]host:port[/db]},
 * {@code rediss://} for TLS), with short timeouts: a replica whose Redis is gone must go on answering, not
 * wait.
 */
public final class RedisConnections {

    static final Duration TIMEOUT = Duration.ofSeconds(1);

    private RedisConnections() {
    }

    public static RedisClient open(URI url) {
        DefaultJedisClientConfig config = DefaultJedisClientConfig.builder()
                .user(JedisURIHelper.getUser(url))
                .password(JedisURIHelper.getPassword(url))
                .database(JedisURIHelper.getDBIndex(url))
                .ssl(JedisURIHelper.isRedisSSLScheme(url))
                .connectionTimeoutMillis((int) TIMEOUT.toMillis())
                .socketTimeoutMillis((int) TIMEOUT.toMillis())
                .build();
        return RedisClient.builder().hostAndPort(JedisURIHelper.getHostAndPort(url)).clientConfig(config).build();
    }

    /** The server, for logs: host and port, never credentials. */
    public static String describe(URI url) {
        return url.getHost() + ":" + (url.getPort() > 0 ? url.getPort() : 6379);
    }
}
