package org.coveragebot.bot.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import redis.embedded.RedisServer;

/** A real Redis server (the binary embedded-redis ships) on a free port of 127.0.0.1, for one test class. */
public final class TestRedis implements AutoCloseable {

    private final int port;
    private final RedisServer server;

    public TestRedis() {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            server = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"")
                    .setting("appendonly no").build();
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Redis server", e);
        }
    }

    public URI url() {
        return URI.create("redis://127.0.0.1:" + port);
    }

    /** Stops the server: Redis becomes unreachable. */
    public void stop() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (server.isActive()) {
            stop();
        }
    }
}
