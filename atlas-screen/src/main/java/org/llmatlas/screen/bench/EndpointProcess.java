package org.llmatlas.screen.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link LatencyEndpoint} in a JVM of its own, started from the same {@code java} binary and class path as this
 * one. A separate process keeps the endpoint's CPU out of the client's process CPU time, which is what the benchmark
 * measures. The child ends when {@link #close()} is called, when this JVM shuts down (Ctrl-C runs the shutdown hook)
 * and, failing both, when this JVM dies and the child's standard input closes.
 */
public final class EndpointProcess implements AutoCloseable {

    /** The line the child prints, followed by its base URL, once it listens. */
    static final String READY = "READY ";

    /**
     * The endpoint is I/O-bound and short-lived: the collector and compiler that cost the least CPU on a small
     * machine. {@code nodelay} sends each streamed chunk at once, as model servers do; with Nagle's algorithm a
     * chunk waits for the client's delayed ACK (40 ms on Linux) and the benchmark would measure that instead.
     */
    private static final List<String> CHILD_JVM_FLAGS =
            List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx256m", "-Dsun.net.httpserver.nodelay=true");

    private final Process process;
    private final String baseUrl;
    private final Thread killer;

    private EndpointProcess(Process process, String baseUrl, Thread killer) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.killer = killer;
    }

    /** Starts the child and waits until it listens. */
    public static EndpointProcess start(Duration latency) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(CHILD_JVM_FLAGS);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                LatencyEndpoint.class.getName(),
                "--latency-ms",
                Long.toString(latency.toMillis())));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        Thread killer = new Thread(process::destroyForcibly, "atlas-bench-endpoint-killer");
        Runtime.getRuntime().addShutdownHook(killer);
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith(READY)) {
            process.destroyForcibly();
            Runtime.getRuntime().removeShutdownHook(killer);
            throw new IOException("the benchmark endpoint did not start (it said: " + line + ")");
        }
        return new EndpointProcess(process, line.substring(READY.length()).strip(), killer);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The child's process id, for a caller that wants to see it gone. */
    public long pid() {
        return process.pid();
    }

    /** Stops the child: closing its input asks it to stop; after two seconds it is killed. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(killer);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: it kills the child too
            }
        }
    }
}
