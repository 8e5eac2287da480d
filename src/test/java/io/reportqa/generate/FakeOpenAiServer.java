package io.reportqa.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A stand-in for an OpenAI-compatible LLM server (what vLLM or Ollama would be), speaking the chat completions
 * protocol over real HTTP: plain JSON replies, or {@code stream: true} replies as {@code chat.completion.chunk}
 * events. What it says and how it misbehaves is set per test by {@link #reply}.
 */
public final class FakeOpenAiServer implements AutoCloseable {

    /** How to answer one request: its text in pieces (one piece unless streamed), or a failure. */
    public record Reply(List<String> pieces, long delayMs, int status, String rawBody) {

        public static Reply text(String... pieces) {
            return new Reply(List.of(pieces), 0, 200, null);
        }

        public static Reply raw(int status, String body) {
            return new Reply(List.of(), 0, status, body);
        }

        public Reply delayed(long ms) {
            return new Reply(pieces, ms, status, rawBody);
        }
    }

    /** What the server was sent: the request body. */
    public record Request(JsonNode body) {

        public boolean streamed() {
            return body.path("stream").asBoolean(false);
        }

        public String userMessage() {
            JsonNode messages = body.path("messages");
            return messages.get(messages.size() - 1).path("content").asText();
        }

        public String systemMessage() {
            return body.path("messages").get(0).path("content").asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Function<Request, Reply> reply = r -> Reply.text("报告中未提及");

    public FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public void reply(Function<Request, Reply> reply) {
        this.reply = reply;
    }

    public List<Request> requests() {
        return requests;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = new Request(JSON.readTree(exchange.getRequestBody()));
            requests.add(request);
            Reply r = reply.apply(request);
            pause(r.delayMs());
            if (r.rawBody() != null) {
                send(exchange, r.status(), "application/json", r.rawBody());
            } else if (request.streamed()) {
                stream(exchange, r.pieces());
            } else {
                send(exchange, 200, "application/json", JSON.writeValueAsString(completion(String.join("", r.pieces()))));
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void stream(HttpExchange exchange, List<String> pieces) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (String piece : pieces) {
            event(out, JSON.writeValueAsString(chunk(Map.of("content", piece), null)));
        }
        event(out, JSON.writeValueAsString(chunk(Map.of(), "stop")));
        event(out, "[DONE]");
    }

    private static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static Map<String, Object> completion(String content) {
        return Map.of("id", "fake-1", "object", "chat.completion", "created", 0, "model", "fake",
                "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                        "message", Map.of("role", "assistant", "content", content))),
                "usage", Map.of("prompt_tokens", 1, "completion_tokens", 1, "total_tokens", 2));
    }

    private static Map<String, Object> chunk(Map<String, Object> delta, String finish) {
        Map<String, Object> choice = new java.util.HashMap<>(Map.of("index", 0, "delta", delta));
        choice.put("finish_reason", finish);
        return Map.of("id", "fake-1", "object", "chat.completion.chunk", "created", 0, "model", "fake",
                "choices", List.of(choice));
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
