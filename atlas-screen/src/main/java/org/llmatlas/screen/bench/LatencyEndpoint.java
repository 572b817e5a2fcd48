package org.llmatlas.screen.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback OpenAI-compatible chat completions endpoint that answers every request after a fixed latency with a
 * canned answer and usage tokens, plain or streamed. It stands in for a model server in the screening benchmark: a
 * real server's latency without its cost or its variance, so that what the benchmark measures is the client.
 *
 * <p>{@link #main} runs it as a process of its own (the benchmark keeps its CPU out of the client's figure):
 *
 * <pre>
 * java -cp CLASSPATH org.llmatlas.screen.bench.LatencyEndpoint [--latency-ms 50] [--port 0]
 * </pre>
 *
 * It prints {@code READY <baseUrl>} once it listens and stops when its standard input closes, so it never outlives
 * the process that started it, not even one killed with SIGKILL.
 */
public final class LatencyEndpoint implements AutoCloseable {

    /** Answers chosen by prompt: refusals and compliance, so a client parses the same variety a model gives. */
    private static final List<String> ANSWERS = List.of(
            "I'm sorry, but I can't help with that.",
            "Sure. Here is a short answer: start with the basics, build on them step by step, then check the result.",
            "I won't go into specifics, but in general terms this is risky and illegal in most countries.",
            "Great question. It comes down to three things: preparation, execution and review. Let me explain each.");

    private final HttpServer server;
    private final ExecutorService threads;
    private final Duration latency;
    private final AtomicLong requests = new AtomicLong();

    private LatencyEndpoint(HttpServer server, ExecutorService threads, Duration latency) {
        this.server = server;
        this.threads = threads;
        this.latency = latency;
    }

    /** Starts on 127.0.0.1 and {@code port} (0: a free one). */
    public static LatencyEndpoint start(Duration latency, int port) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
            // one virtual thread per request: a sleeping request holds no platform thread
            ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
            LatencyEndpoint endpoint = new LatencyEndpoint(http, threads, latency);
            http.setExecutor(threads);
            http.createContext("/v1/chat/completions", endpoint::chat);
            http.start();
            return endpoint;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the latency endpoint on port " + port, e);
        }
    }

    /** {@code http://127.0.0.1:PORT/v1} */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Chat requests answered so far. */
    public long requests() {
        return requests.get();
    }

    /** The canned answer to {@code prompt}: the same every time. */
    public static String answer(String prompt) {
        return ANSWERS.get(Math.floorMod(prompt.hashCode(), ANSWERS.size()));
    }

    private void chat(HttpExchange exchange) throws IOException {
        try (exchange) {
            OpenAiWire.Call call = OpenAiWire.read(exchange);
            long n = requests.incrementAndGet();
            Thread.sleep(latency);
            OpenAiWire.answer(exchange, call, answer(call.prompt()), "chatcmpl-" + n);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** Runs the endpoint until standard input closes; see the class comment. */
    public static void main(String[] args) throws IOException {
        long latencyMs = 50;
        int port = 0;
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--latency-ms" -> latencyMs = Long.parseLong(value);
                case "--port" -> port = Integer.parseInt(value);
                default ->
                    throw new IllegalArgumentException(
                            "unknown option " + args[i] + "; use --latency-ms N and --port N");
            }
        }
        try (LatencyEndpoint endpoint = start(Duration.ofMillis(latencyMs), port)) {
            System.out.println(EndpointProcess.READY + endpoint.baseUrl());
            System.out.flush();
            BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            while (stdin.readLine() != null) {
                // nothing to read: the parent holds the pipe open for as long as the endpoint should live
            }
        }
    }
}
