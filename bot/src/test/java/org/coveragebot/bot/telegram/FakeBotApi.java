package org.coveragebot.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A Bot API server on 127.0.0.1 for tests, speaking the real JSON protocol: {@code getUpdates} long
 * polling over a queue of updates the test adds, {@code sendMessage} and friends recorded, and
 * scripted 429 answers.
 */
final class FakeBotApi implements AutoCloseable {

    static final long BOT_ID = 777;
    static final String BOT_USERNAME = "coverage_test_bot";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final List<ObjectNode> updates = new ArrayList<>();
    private final List<ObjectNode> delivered = new CopyOnWriteArrayList<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1);
    private final AtomicInteger nextMessageId = new AtomicInteger(5000);
    private final AtomicInteger tooManyRequests = new AtomicInteger();
    private volatile boolean refuseHtml;
    private volatile boolean refuseToken;
    private final java.util.Map<String, byte[]> files = new java.util.concurrent.ConcurrentHashMap<>();

    /** One request the bot made: method name and JSON body. */
    record Call(String method, JsonNode body, long atNanos) {
    }

    /** A new server holding what {@code previous} had not had confirmed: Telegram's side of a bot restart. */
    static FakeBotApi after(FakeBotApi previous) throws IOException {
        FakeBotApi next = new FakeBotApi();
        synchronized (previous) {
            next.updates.addAll(previous.updates);
        }
        next.nextUpdateId.set(previous.nextUpdateId.get());
        next.nextMessageId.set(previous.nextMessageId.get() + 1000);
        return next;
    }

    FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A document a user sends: its bytes are served by getFile and the file download path. */
    ObjectNode document(long userId, String fileName, byte[] bytes) {
        String fileId = "file-" + files.size();
        files.put(fileId, bytes);
        ObjectNode message = message(userId, "private", userId, null);
        message.putObject("document").put("file_id", fileId).put("file_unique_id", fileId + "-u")
                .put("file_name", fileName).put("file_size", bytes.length);
        return message;
    }

    /** Answers every HTML sendMessage 400 "can't parse entities", as Telegram does for markup it rejects. */
    void refuseHtml() {
        refuseHtml = true;
    }

    /** Answers every method 401 Unauthorized, as Telegram does for a revoked or mistyped token. */
    void refuseToken() {
        refuseToken = true;
    }

    /** The next {@code n} sendMessage calls are answered 429 with retry_after 1. */
    void answerTooManyRequests(int n) {
        tooManyRequests.set(n);
    }

    ObjectNode privateText(long userId, String text) {
        return message(userId, "private", userId, text);
    }

    ObjectNode message(long chatId, String chatType, long userId, String text) {
        ObjectNode message = json.createObjectNode();
        message.put("message_id", nextMessageId.incrementAndGet());
        message.put("date", 1_700_000_000);
        message.putObject("chat").put("id", chatId).put("type", chatType);
        message.putObject("from").put("id", userId).put("is_bot", false).put("first_name", "Reader");
        if (text != null) {
            message.put("text", text);
        }
        return message;
    }

    synchronized void push(ObjectNode message) {
        ObjectNode update = json.createObjectNode();
        update.put("update_id", nextUpdateId.getAndIncrement());
        update.set("message", message);
        updates.add(update);
        notifyAll();
    }

    /** An update carrying {@code message}, not queued for polling: what Telegram posts to a webhook. */
    synchronized ObjectNode update(ObjectNode message) {
        ObjectNode update = json.createObjectNode();
        update.put("update_id", nextUpdateId.getAndIncrement());
        update.set("message", message);
        return update;
    }

    synchronized void pushCallback(String id, long chatId, long userId, String data) {
        ObjectNode update = json.createObjectNode();
        update.put("update_id", nextUpdateId.getAndIncrement());
        ObjectNode callback = update.putObject("callback_query");
        callback.put("id", id).put("chat_instance", "ci").put("data", data);
        callback.putObject("from").put("id", userId).put("is_bot", false).put("first_name", "Reader");
        callback.set("message", message(chatId, "private", BOT_ID, "an answer"));
        updates.add(update);
        notifyAll();
    }

    /** Every update this server handed out, confirmed or not. */
    List<ObjectNode> delivered() {
        return List.copyOf(delivered);
    }

    /** Hands these updates out again, as Telegram does for updates whose confirmation it never received. */
    synchronized void redeliver(List<ObjectNode> again) {
        for (ObjectNode update : again) {
            if (!updates.contains(update)) {
                updates.add(update);
            }
        }
        updates.sort(java.util.Comparator.comparingLong(u -> u.get("update_id").asLong()));
        notifyAll();
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method.equalsIgnoreCase(method)).toList();
    }

    /** Waits until {@code count} calls of {@code method} match, then returns them. */
    List<Call> await(String method, Predicate<Call> matching, int count, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            List<Call> found = calls(method).stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + count + " matching " + method + " calls in " + timeoutMs + " ms; calls: "
                + calls.stream().filter(c -> !c.method.equals("getupdates")).map(c -> c.method + " " + c.body).toList());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith("/file/")) {
            byte[] bytes = files.getOrDefault(path.substring(path.lastIndexOf('/') + 1), new byte[0]);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
            return;
        }
        String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        JsonNode body = raw.length == 0 ? json.createObjectNode()
                : type != null && type.startsWith("multipart/form-data") ? form(type, raw) : json.readTree(raw);
        calls.add(new Call(method, body, System.nanoTime()));
        ObjectNode response = json.createObjectNode();
        int status = 200;
        if (refuseToken) {
            method = "unauthorized";
            status = 401;
            response.put("ok", false).put("error_code", 401).put("description", "Unauthorized");
        }
        switch (method) {
            case "unauthorized" -> {
            }
            case "getme" -> response.put("ok", true).putObject("result").put("id", BOT_ID).put("is_bot", true)
                    .put("first_name", "Coverage").put("username", BOT_USERNAME);
            case "getupdates" -> response.put("ok", true).set("result", pending(body));
            case "sendmessage" -> {
                if (refuseHtml && body.path("parse_mode").asText().equalsIgnoreCase("html")) {
                    status = 400;
                    response.put("ok", false).put("error_code", 400)
                            .put("description", "Bad Request: can't parse entities: unexpected end tag at byte offset 10");
                } else if (tooManyRequests.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    status = 429;
                    response.put("ok", false).put("error_code", 429).put("description", "Too Many Requests: retry after 1")
                            .putObject("parameters").put("retry_after", 1);
                } else {
                    ObjectNode sent = message(body.path("chat_id").asLong(), "private", BOT_ID, body.path("text").asText());
                    response.put("ok", true).set("result", sent);
                }
            }
            case "getfile" -> {
                String fileId = body.path("file_id").asText();
                response.put("ok", true).putObject("result").put("file_id", fileId).put("file_unique_id", fileId + "-u")
                        .put("file_size", files.getOrDefault(fileId, new byte[0]).length).put("file_path", "documents/" + fileId);
            }
            case "editmessagetext" -> response.put("ok", true).set("result",
                    message(body.path("chat_id").asLong(), "private", BOT_ID, body.path("text").asText()));
            default -> response.put("ok", true).put("result", true);
        }
        byte[] out = json.writeValueAsBytes(response);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, out.length);
        exchange.getResponseBody().write(out);
        exchange.close();
    }

    /** The text fields of a multipart form (as setWebhook is sent), as a JSON object. */
    private ObjectNode form(String contentType, byte[] raw) {
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + 9).replace("\"", "");
        ObjectNode fields = json.createObjectNode();
        for (String part : new String(raw, java.nio.charset.StandardCharsets.UTF_8).split(java.util.regex.Pattern.quote(boundary))) {
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]+)\"").matcher(part);
            int blank = part.indexOf("\r\n\r\n");
            if (name.find() && blank >= 0) {
                fields.put(name.group(1), part.substring(blank + 4).replaceAll("\r\n$", ""));
            }
        }
        return fields;
    }

    private synchronized ArrayNode pending(JsonNode request) {
        long offset = request.path("offset").asLong(0);
        updates.removeIf(u -> u.get("update_id").asLong() < offset); // confirmed by the offset
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.min(1, request.path("timeout").asLong(0)));
        while (updates.isEmpty() && System.nanoTime() < waitUntil) {
            try {
                wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(waitUntil - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        ArrayNode result = json.createArrayNode();
        for (ObjectNode update : updates) {
            result.add(update);
            if (!delivered.contains(update)) {
                delivered.add(update);
            }
        }
        return result;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
