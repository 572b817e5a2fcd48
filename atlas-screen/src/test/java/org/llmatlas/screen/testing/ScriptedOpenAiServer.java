package org.llmatlas.screen.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
import org.llmatlas.screen.bench.OpenAiWire;
import org.llmatlas.screen.engine.TokenLogprob;

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
 * <p>The bytes on the wire are {@link OpenAiWire}'s, shared with the benchmark's {@code LatencyEndpoint}.
 */
public final class ScriptedOpenAiServer implements AutoCloseable {

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

    /** The most requests that were in flight (waiting out the latency) at once. */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    private void chat(HttpExchange exchange) throws IOException {
        try (exchange) {
            OpenAiWire.Call call = OpenAiWire.read(exchange);
            String prompt = call.prompt();
            int n = requests.incrementAndGet();
            perPrompt.computeIfAbsent(prompt, p -> new AtomicInteger()).incrementAndGet();
            if (recordRequests) {
                seen.add(new Seen(call.model(), prompt, call.stream(), System.nanoTime()));
            }
            waitOutLatency();
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (requiredKey != null && !("Bearer " + requiredKey).equals(auth)) {
                // real servers echo part of the key; this one echoes all of it, so redaction is tested
                OpenAiWire.error(
                        exchange,
                        401,
                        "Incorrect API key provided: " + (auth == null ? "none" : auth.substring(7)),
                        null);
                return;
            }
            if (knownModels != null && !knownModels.contains(call.model())) {
                OpenAiWire.error(
                        exchange,
                        404,
                        "The model `" + call.model() + "` does not exist or you do not have access to it.",
                        null);
                return;
            }
            Fault fault = fault(prompt);
            if (fault != null) {
                sleep(fault.hang());
                if (fault.status() != 0) {
                    OpenAiWire.error(
                            exchange, fault.status(), "scripted failure " + fault.status(), fault.retryAfter());
                    return;
                }
            }
            Persona persona = personas.getOrDefault(call.model(), Persona.BALANCED);
            int top = call.topLogprobs();
            List<TokenLogprob> alternatives =
                    top > 0 ? persona.firstToken(call.model(), prompt, truths::contains, Math.max(1, top)) : List.of();
            // a request for token alternatives gets one token; an endpoint without logprobs just leaves them out
            String answer = top > 0 ? alternatives.getFirst().token() : persona.answer(call.model(), prompt);
            if (withoutLogprobs.contains(call.model())) {
                alternatives = List.of();
            }
            OpenAiWire.answer(exchange, call, answer, "chatcmpl-" + n, alternatives);
        }
    }

    /**
     * Sleeps the latency, counted as in flight. The count ends before the answer is written: the client may send its
     * next request as soon as it has read an answer, and that must not overlap the count of the one it replaces.
     */
    private void waitOutLatency() {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            sleep(latency);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** The fault for this request: queued for its prompt, else queued for any, else the first matching rule. */
    private Fault fault(String prompt) {
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
        return fault;
    }

    private void models(HttpExchange exchange) throws IOException {
        try (exchange) {
            OpenAiWire.models(exchange, knownModels != null ? knownModels : personas.keySet());
        }
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
}
