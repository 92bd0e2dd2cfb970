package org.coveragebot.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.coveragebot.bot.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * A replica's webhook endpoint, plain HTTP behind the TLS-terminating proxy: Telegram posts each update
 * to the webhook path with the secret token in {@code X-Telegram-Bot-Api-Secret-Token}. A request without
 * that token gets 401 and is not read further; an update is acknowledged as soon as it is handed on, so
 * Telegram never waits for an answer to be found. {@code GET /healthz} tells a load balancer the replica
 * is up.
 *
 * <p>Built on the JDK's HTTP server: {@code telegrambots-webhook} is not published for 10.x, the
 * version of the long-polling and client modules used here.
 */
final class WebhookServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Telegram's updates are small; anything larger is no update. */
    static final int MAX_BODY = 1 << 20;
    static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService pool;

    private WebhookServer(HttpServer server, ExecutorService pool) {
        this.server = server;
        this.pool = pool;
    }

    /** Listens on the settings' host and port, handing each authentic update to {@code updates}. */
    static WebhookServer start(WebhookSettings settings, Consumer<List<Update>> updates) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 64);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, new DaemonThreads("webhook"));
        server.setExecutor(pool);
        byte[] secret = settings.secret().getBytes(StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        server.createContext(settings.path(), exchange -> {
            try (exchange) {
                if (!exchange.getRequestURI().getPath().equals(settings.path())) {
                    reply(exchange, 404);
                } else if (!"POST".equals(exchange.getRequestMethod())) {
                    reply(exchange, 405);
                } else if (!authentic(exchange, secret)) {
                    log.warn("A webhook request from {} lacked the secret token; refused", exchange.getRemoteAddress());
                    reply(exchange, 401);
                } else {
                    Update update;
                    try {
                        update = json.readValue(body(exchange), Update.class);
                    } catch (IOException e) {
                        log.warn("A webhook request held no update ({}); refused", e.getMessage());
                        reply(exchange, 400);
                        return;
                    }
                    updates.accept(List.of(update));
                    reply(exchange, 200);
                }
            }
        });
        server.createContext("/healthz", exchange -> {
            try (exchange) {
                reply(exchange, "GET".equals(exchange.getRequestMethod()) ? 200 : 405);
            }
        });
        server.start();
        return new WebhookServer(server, pool);
    }

    /** The port it listens on (the one asked for, or the one given when 0 was asked). */
    int port() {
        return server.getAddress().getPort();
    }

    private static boolean authentic(HttpExchange exchange, byte[] secret) {
        String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), secret);
    }

    private static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw new IOException("body over " + MAX_BODY + " bytes");
            }
            return body;
        }
    }

    private static void reply(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }

    @Override
    public void close() {
        server.stop(1);
        pool.shutdownNow();
    }
}
