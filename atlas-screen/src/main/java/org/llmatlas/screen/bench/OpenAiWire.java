package org.llmatlas.screen.bench;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The server side of the OpenAI chat completions protocol, as far as a loopback endpoint needs it: read a request,
 * answer it plainly or as server-sent events with usage tokens, fail it with an OpenAI-style error, list models.
 * Both the benchmark's {@link LatencyEndpoint} and the scripted test server speak through it, so the bytes the
 * client parses in a benchmark are the bytes the tests pin down.
 */
public final class OpenAiWire {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One chat completions request as the server sees it.
     *
     * @param prompt the content of the last user message ("" when there is none)
     * @param includeUsage whether a streamed answer should end with a usage chunk ({@code stream_options})
     * @param promptTokens a rough token count of the messages (4 characters a token), for usage
     */
    public record Call(String model, String prompt, boolean stream, boolean includeUsage, int promptTokens) {}

    private OpenAiWire() {}

    /** Reads the request body of {@code exchange}. */
    public static Call read(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        String prompt = "";
        for (JsonNode m : body.path("messages")) {
            if ("user".equals(m.path("role").asString(""))) {
                prompt = m.path("content").asString("");
            }
        }
        return new Call(
                body.path("model").asString(""),
                prompt,
                body.path("stream").asBoolean(false),
                body.path("stream_options").path("include_usage").asBoolean(false),
                Math.max(1, body.path("messages").toString().length() / 4));
    }

    /** Sends {@code answer} as a completion, or as a stream of one chunk per word when the call asked to stream. */
    public static void answer(HttpExchange exchange, Call call, String answer, String id) throws IOException {
        int completionTokens = answer.split("\\s+").length;
        if (call.stream()) {
            stream(exchange, call, answer, completionTokens);
            return;
        }
        ObjectNode out = JSON.createObjectNode()
                .put("id", id)
                .put("object", "chat.completion")
                .put("model", call.model());
        ObjectNode choice = out.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", answer);
        out.putObject("usage")
                .put("prompt_tokens", call.promptTokens())
                .put("completion_tokens", completionTokens)
                .put("total_tokens", call.promptTokens() + completionTokens);
        send(exchange, 200, JSON.writeValueAsBytes(out), null);
    }

    private static void stream(HttpExchange exchange, Call call, String answer, int completionTokens)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(": loopback stream\n\n".getBytes(StandardCharsets.UTF_8));
            for (String word : answer.split("(?<= )")) {
                ObjectNode chunk = JSON.createObjectNode()
                        .put("object", "chat.completion.chunk")
                        .put("model", call.model());
                chunk.putArray("choices")
                        .addObject()
                        .put("index", 0)
                        .putObject("delta")
                        .put("content", word);
                event(out, JSON.writeValueAsString(chunk));
                out.flush();
            }
            if (call.includeUsage()) {
                ObjectNode usage = JSON.createObjectNode().put("object", "chat.completion.chunk");
                usage.putArray("choices");
                usage.putObject("usage")
                        .put("prompt_tokens", call.promptTokens())
                        .put("completion_tokens", completionTokens);
                event(out, JSON.writeValueAsString(usage));
            }
            event(out, "[DONE]");
        }
    }

    private static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
    }

    /** An OpenAI-style error body with {@code status}, and {@code Retry-After} when not null. */
    public static void error(HttpExchange exchange, int status, String message, String retryAfter) throws IOException {
        ObjectNode out = JSON.createObjectNode();
        out.putObject("error").put("message", message).put("type", status == 429 ? "rate_limit_exceeded" : "error");
        send(exchange, status, JSON.writeValueAsBytes(out), retryAfter);
    }

    /** The {@code /v1/models} list. */
    public static void models(HttpExchange exchange, Collection<String> names) throws IOException {
        ObjectNode out = JSON.createObjectNode().put("object", "list");
        var data = out.putArray("data");
        names.forEach(n -> data.addObject().put("id", n).put("object", "model"));
        send(exchange, 200, JSON.writeValueAsBytes(out), null);
    }

    private static void send(HttpExchange exchange, int status, byte[] bytes, String retryAfter) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (retryAfter != null) {
            exchange.getResponseHeaders().set("Retry-After", retryAfter);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
