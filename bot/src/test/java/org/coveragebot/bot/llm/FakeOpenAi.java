package org.coveragebot.bot.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** An OpenAI-compatible chat completions endpoint on 127.0.0.1 that answers what the test scripts. */
final class FakeOpenAi implements AutoCloseable {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private volatile java.util.function.Function<String, String> replies = prompt -> "NOT IN COVERAGE";
    private volatile int status = 200;
    private volatile long delayMillis;

    FakeOpenAi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    void reply(String text) {
        replyTo(prompt -> text);
    }

    /** Answers each request with what {@code replies} makes of its messages. */
    void replyTo(java.util.function.Function<String, String> replies) {
        this.replies = replies;
        this.status = 200;
    }

    void fail(int status) {
        this.status = status;
    }

    void delay(long millis) {
        this.delayMillis = millis;
    }

    private void handle(HttpExchange exchange) throws IOException {
        JsonNode request = json.readTree(exchange.getRequestBody().readAllBytes());
        requests.add(request);
        String reply = replies.apply(request.path("messages").toString());
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ObjectNode body = json.createObjectNode();
        if (status == 200) {
            body.put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1_700_000_000).put("model", "fake");
            ObjectNode choice = body.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", reply);
            body.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
        } else {
            body.putObject("error").put("message", "server error").put("type", "server_error");
        }
        byte[] out = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, out.length);
        exchange.getResponseBody().write(out);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
