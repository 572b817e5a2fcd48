package org.llmatlas.screen.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.llmatlas.screen.engine.TokenLogprob;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OpenAI-compatible chat completions server for tests, on 127.0.0.1 and a random port.
 *
 * <p>It answers like real models do ({@link Persona}: refusals phrased many ways, partial refusals, compliance,
 * disclaimers), plain or streamed as server-sent events, with usage tokens and, when asked, the first token's
 * {@code top_logprobs} (unless a model is set {@link #withoutLogprobs}); and it fails on script: 429 with
 * {@code Retry-After}, 500s, hangs, a wrong key (401), an unknown model (404), fixed latency. It counts requests
 * per prompt so tests can prove that nothing was asked twice.
 *
 * <pre>{@code
 * try (var server = ScriptedOpenAiServer.start()) {
 *     server.persona("cautious-1", Persona.CAUTIOUS).enqueue(Fault.rateLimited(1));
 *     var candidate = new Candidate("a", server.baseUrl(), "cautious-1", null, null, null);
 * }
 * }</pre>
 *
 * <p>{@link #main} runs it as its own process (benchmarks keep its CPU out of the client's measurement).
 */
public final class ScriptedOpenAiServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One request as the server saw it. */
    public record Seen(String model, String prompt, boolean stream, long atNanos) {}

    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, Persona> personas = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> perPrompt = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Fault> queued = new ConcurrentLinkedQueue<>();
    private final Map<String, ConcurrentLinkedQueue<Fault>> queuedFor = new ConcurrentHashMap<>();
    private final List<Map.Entry<Predicate<String>, Fault>> rules = new CopyOnWriteArrayList<>();
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> truths = ConcurrentHashMap.newKeySet();
    private final Set<String> withoutLogprobs = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile Duration latency = Duration.ZERO;
    private volatile String requiredKey;
    private volatile boolean recordRequests = true;
    private volatile Set<String> knownModels;

    private ScriptedOpenAiServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Starts a server on 127.0.0.1 and a free port. */
    public static ScriptedOpenAiServer start() {
        return start(0);
    }

    public static ScriptedOpenAiServer start(int port) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
            ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
            ScriptedOpenAiServer scripted = new ScriptedOpenAiServer(http, threads);
            http.setExecutor(threads);
            http.createContext("/v1/chat/completions", scripted::chat);
            http.createContext("/v1/models", scripted::models);
            http.start();
            return scripted;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the scripted server", e);
        }
    }

    /** {@code http://127.0.0.1:PORT/v1} */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public ScriptedOpenAiServer latency(Duration value) {
        latency = value;
        return this;
    }

    /** Answers 401 unless the bearer token equals {@code key}. */
    public ScriptedOpenAiServer requireKey(String key) {
        requiredKey = key;
        return this;
    }

    /** Answers 404 for any other model. */
    public ScriptedOpenAiServer models(String... names) {
        knownModels = Set.of(names);
        return this;
    }

    /** How {@code model} answers (default {@link Persona#BALANCED}). */
    public ScriptedOpenAiServer persona(String model, Persona persona) {
        personas.put(model, persona);
        return this;
    }

    /**
     * The option texts that are true: a lettered question asked for token probabilities gets more mass on their
     * letters, as much as the model's {@link Persona#truthBias()} says.
     */
    public ScriptedOpenAiServer knows(Collection<String> trueAnswers) {
        truths.addAll(trueAnswers);
        return this;
    }

    /** {@code model} ignores {@code logprobs}/{@code top_logprobs}, as many servers and providers do. */
    public ScriptedOpenAiServer withoutLogprobs(String model) {
        withoutLogprobs.add(model);
        return this;
    }

    /** The next requests fail in this order, one fault each. */
    public ScriptedOpenAiServer enqueue(Fault... faults) {
        queued.addAll(List.of(faults));
        return this;
    }

    /** The next requests with this prompt (last user message) fail in this order, one fault each. */
    public ScriptedOpenAiServer enqueueFor(String prompt, Fault... faults) {
        queuedFor.computeIfAbsent(prompt, p -> new ConcurrentLinkedQueue<>()).addAll(List.of(faults));
        return this;
    }

    /** Every request whose prompt matches fails this way, until {@link #clearRules()}. */
    public ScriptedOpenAiServer failWhen(Predicate<String> prompt, Fault fault) {
        rules.add(Map.entry(prompt, fault));
        return this;
    }

    public ScriptedOpenAiServer clearRules() {
        rules.clear();
        return this;
    }

    /** Stops keeping a {@link Seen} per request (benchmarks with many requests). */
    public ScriptedOpenAiServer recordRequests(boolean value) {
        recordRequests = value;
        return this;
    }

    public int requests() {
        return requests.get();
    }

    /** How often the server was asked this prompt (last user message), faults included. */
    public int requestsFor(String prompt) {
        AtomicInteger n = perPrompt.get(prompt);
        return n == null ? 0 : n.get();
    }

    /** Prompt → times asked. */
    public Map<String, Integer> requestCounts() {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        perPrompt.forEach((k, v) -> counts.put(k, v.get()));
        return counts;
    }

    public List<Seen> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    /** The most requests that were in flight at once. */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    private void chat(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            String model = body.path("model").asString("");
            String prompt = lastUser(body);
            boolean stream = body.path("stream").asBoolean(false);
            requests.incrementAndGet();
            perPrompt.computeIfAbsent(prompt, p -> new AtomicInteger()).incrementAndGet();
            if (recordRequests) {
                seen.add(new Seen(model, prompt, stream, System.nanoTime()));
            }
            sleep(latency);
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (requiredKey != null && !("Bearer " + requiredKey).equals(auth)) {
                // real servers echo part of the key; this one echoes all of it, so redaction is tested
                error(
                        exchange,
                        401,
                        "Incorrect API key provided: " + (auth == null ? "none" : auth.substring(7)),
                        null);
                return;
            }
            if (knownModels != null && !knownModels.contains(model)) {
                error(exchange, 404, "The model `" + model + "` does not exist or you do not have access to it.", null);
                return;
            }
            ConcurrentLinkedQueue<Fault> mine = queuedFor.get(prompt);
            Fault fault = mine == null ? null : mine.poll();
            if (fault == null) {
                fault = queued.poll();
            }
            if (fault == null) {
                fault = rules.stream()
                        .filter(r -> r.getKey().test(prompt))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse(null);
            }
            if (fault != null) {
                sleep(fault.hang());
                if (fault.status() != 0) {
                    error(exchange, fault.status(), "scripted failure " + fault.status(), fault.retryAfter());
                    return;
                }
            }
            Persona persona = personas.getOrDefault(model, Persona.BALANCED);
            int top = body.path("logprobs").asBoolean(false)
                    ? body.path("top_logprobs").asInt(0)
                    : 0;
            List<TokenLogprob> alternatives =
                    top > 0 ? persona.firstToken(model, prompt, truths::contains, Math.max(1, top)) : List.of();
            // a request for token alternatives gets one token; an endpoint without logprobs just leaves them out
            String answer = top > 0 ? alternatives.getFirst().token() : persona.answer(model, prompt);
            if (withoutLogprobs.contains(model)) {
                alternatives = List.of();
            }
            int promptTokens = Math.max(1, body.path("messages").toString().length() / 4);
            int completionTokens = answer.split("\\s+").length;
            if (stream) {
                stream(exchange, model, answer, promptTokens, completionTokens, body, alternatives);
            } else {
                ObjectNode out = JSON.createObjectNode()
                        .put("id", "chatcmpl-" + requests.get())
                        .put("object", "chat.completion")
                        .put("model", model);
                ObjectNode choice =
                        out.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
                choice.putObject("message").put("role", "assistant").put("content", answer);
                logprobs(choice, alternatives);
                out.putObject("usage")
                        .put("prompt_tokens", promptTokens)
                        .put("completion_tokens", completionTokens)
                        .put("total_tokens", promptTokens + completionTokens);
                send(exchange, 200, "application/json", JSON.writeValueAsBytes(out), null);
            }
        } finally {
            inFlight.decrementAndGet();
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

    private void stream(
            HttpExchange exchange,
            String model,
            String answer,
            int promptTokens,
            int completionTokens,
            JsonNode body,
            List<TokenLogprob> alternatives)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(": scripted stream\n\n".getBytes(StandardCharsets.UTF_8));
            String[] words = answer.split("(?<= )");
            for (int w = 0; w < words.length; w++) {
                ObjectNode chunk = JSON.createObjectNode()
                        .put("object", "chat.completion.chunk")
                        .put("model", model);
                ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
                choice.putObject("delta").put("content", words[w]);
                if (w == 0) {
                    logprobs(choice, alternatives);
                }
                out.write(("data: " + JSON.writeValueAsString(chunk) + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            if (body.path("stream_options").path("include_usage").asBoolean(false)) {
                ObjectNode usage = JSON.createObjectNode().put("object", "chat.completion.chunk");
                usage.putArray("choices");
                usage.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens);
                out.write(("data: " + JSON.writeValueAsString(usage) + "\n\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private void models(HttpExchange exchange) throws IOException {
        try (exchange) {
            ObjectNode out = JSON.createObjectNode().put("object", "list");
            var data = out.putArray("data");
            Set<String> names = knownModels != null ? knownModels : personas.keySet();
            names.forEach(n -> data.addObject().put("id", n).put("object", "model"));
            send(exchange, 200, "application/json", JSON.writeValueAsBytes(out), null);
        }
    }

    private static String lastUser(JsonNode body) {
        String prompt = "";
        for (JsonNode m : body.path("messages")) {
            if ("user".equals(m.path("role").asString(""))) {
                prompt = m.path("content").asString("");
            }
        }
        return prompt;
    }

    private static void error(HttpExchange exchange, int status, String message, String retryAfter) throws IOException {
        ObjectNode out = JSON.createObjectNode();
        out.putObject("error").put("message", message).put("type", status == 429 ? "rate_limit_exceeded" : "error");
        send(exchange, status, "application/json", JSON.writeValueAsBytes(out), retryAfter);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] bytes, String retryAfter)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (retryAfter != null) {
            exchange.getResponseHeaders().set("Retry-After", retryAfter);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep(Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /**
     * Runs the server as a process: {@code --latency-ms N}, {@code --port N}, {@code --persona MODEL=PERSONA}
     * (repeatable, e.g. {@code --persona strict=CAUTIOUS}; other models answer as {@code BALANCED}). Prints {@code READY <baseUrl>} when
     * it listens, and stops when its standard input closes, so it never outlives the process that started it.
     */
    public static void main(String[] args) throws IOException {
        int port = 0;
        long latencyMs = 0;
        java.util.Map<String, Persona> personas = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--latency-ms" -> latencyMs = Long.parseLong(args[i + 1]);
                case "--persona" -> {
                    String[] modelAndPersona = args[i + 1].split("=", 2);
                    personas.put(
                            modelAndPersona[0],
                            switch (modelAndPersona[1]) {
                                case "CAUTIOUS" -> Persona.CAUTIOUS;
                                case "LOOSE" -> Persona.LOOSE;
                                case "BALANCED" -> Persona.BALANCED;
                                default -> throw new IllegalArgumentException("persona is CAUTIOUS, BALANCED or LOOSE");
                            });
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        try (ScriptedOpenAiServer server = start(port)) {
            personas.forEach(server::persona);
            server.latency(Duration.ofMillis(latencyMs)).recordRequests(false);
            System.out.println("READY " + server.baseUrl());
            System.out.flush();
            var stdin = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8));
            while (stdin.readLine() != null) {
                // any line on stdin asks for the request count
                System.out.println("REQUESTS " + server.requests());
                System.out.flush();
            }
        }
    }
}
