package org.llmatlas.screen.bench;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.llmatlas.screen.engine.TokenLogprob;
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
     * @param topLogprobs how many alternatives of each token the call asked for ({@code top_logprobs}), 0 when it
     *     did not ask for {@code logprobs}
     */
    public record Call(
            String model, String prompt, boolean stream, boolean includeUsage, int promptTokens, int topLogprobs) {}

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
                Math.max(1, body.path("messages").toString().length() / 4),
                body.path("logprobs").asBoolean(false)
                        ? body.path("top_logprobs").asInt(0)
                        : 0);
    }

    /** Sends {@code answer} as a completion, or as a stream of one chunk per word when the call asked to stream. */
    public static void answer(HttpExchange exchange, Call call, String answer, String id) throws IOException {
        answer(exchange, call, answer, id, List.of());
    }

    /**
     * Sends {@code answer} with the first token's {@code alternatives} as {@code choices[0].logprobs} (in the first
     * chunk when streamed), the way OpenAI answers {@code logprobs: true}; none when the list is empty.
     */
    public static void answer(
            HttpExchange exchange, Call call, String answer, String id, List<TokenLogprob> alternatives)
            throws IOException {
        int completionTokens = answer.split("\\s+").length;
        if (call.stream()) {
            stream(exchange, call, answer, completionTokens, alternatives);
            return;
        }
        ObjectNode out = JSON.createObjectNode()
                .put("id", id)
                .put("object", "chat.completion")
                .put("model", call.model());
        ObjectNode choice = out.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", answer);
        logprobs(choice, alternatives);
        out.putObject("usage")
                .put("prompt_tokens", call.promptTokens())
                .put("completion_tokens", completionTokens)
                .put("total_tokens", call.promptTokens() + completionTokens);
        send(exchange, 200, JSON.writeValueAsBytes(out), null);
    }

    private static void stream(
            HttpExchange exchange, Call call, String answer, int completionTokens, List<TokenLogprob> alternatives)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(": loopback stream\n\n".getBytes(StandardCharsets.UTF_8));
            String[] words = answer.split("(?<= )");
            for (int w = 0; w < words.length; w++) {
                ObjectNode chunk = JSON.createObjectNode()
                        .put("object", "chat.completion.chunk")
                        .put("model", call.model());
                ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
                choice.putObject("delta").put("content", words[w]);
                if (w == 0) {
                    logprobs(choice, alternatives);
                }
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

    /** {@code choices[i].logprobs} as OpenAI sends it: the generated token, its logprob and its alternatives. */
    private static void logprobs(ObjectNode choice, List<TokenLogprob> alternatives) {
        if (alternatives.isEmpty()) {
            return;
        }
        ObjectNode token = choice.putObject("logprobs").putArray("content").addObject();
        token.put("token", alternatives.getFirst().token())
                .put("logprob", alternatives.getFirst().logprob());
        var top = token.putArray("top_logprobs");
        alternatives.forEach(a -> top.addObject().put("token", a.token()).put("logprob", a.logprob()));
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
