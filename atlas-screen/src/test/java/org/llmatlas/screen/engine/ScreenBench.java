package org.llmatlas.screen.engine;

import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.llmatlas.screen.engine.openai.OpenAiChatClient;
import org.llmatlas.screen.suite.Probe;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine benchmark: N items × 2 candidates against a scripted endpoint with fixed latency, run in a process of
 * its own so that its CPU stays out of the client's figure. Prints wall time against the ideal
 * {@code items × candidates × latency / concurrency}, client CPU per request and peak heap.
 *
 * <pre>
 * java -Xmx512m -cp CLASSPATH org.llmatlas.screen.engine.ScreenBench [--items 2000] [--latency-ms 50]
 *      [--concurrency 32] [--warmup 1000] [--stream] [--keep-server] [--write-prompts FILE] [--endpoint URL]
 * </pre>
 */
public final class ScreenBench {

    private ScreenBench() {}

    public static void main(String[] args) throws Exception {
        int items = 2000;
        int latencyMs = 50;
        int concurrency = 32;
        boolean stream = false;
        boolean keepServer = false;
        int warmup = 1000;
        Path promptsFile = null;
        String endpoint = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--items" -> items = Integer.parseInt(args[++i]);
                case "--latency-ms" -> latencyMs = Integer.parseInt(args[++i]);
                case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
                case "--stream" -> stream = true;
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--keep-server" -> keepServer = true;
                case "--write-prompts" -> promptsFile = Path.of(args[++i]);
                case "--endpoint" -> endpoint = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Probe> probes = Probes.mixed(items);
        if (promptsFile != null) {
            writePrompts(probes, promptsFile);
        }
        if (endpoint != null) {
            System.out.println("endpoint " + endpoint + " (already running, " + latencyMs + " ms latency assumed)");
            run(endpoint, probes, latencyMs, concurrency, stream, warmup);
            return;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.llmatlas.screen.testing.ScriptedOpenAiServer",
                        "--latency-ms",
                        Integer.toString(latencyMs))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader serverOut =
                    new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String ready = serverOut.readLine();
            String baseUrl = ready.substring("READY ".length());
            System.out.println("endpoint " + baseUrl + " (separate process, " + latencyMs + " ms latency)");
            run(baseUrl, probes, latencyMs, concurrency, stream, warmup);
            if (keepServer) {
                System.out.println("server kept running for peers at " + baseUrl + "; press Enter to stop");
                System.in.read();
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static void run(
            String baseUrl, List<Probe> probes, int latencyMs, int concurrency, boolean stream, int warmup)
            throws IOException {
        List<Candidate> candidates = List.of(
                new Candidate("a", baseUrl, "balanced", null, null, null).withStream(stream),
                new Candidate("b", baseUrl, "cautious", null, null, null).withStream(stream));
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (OpenAiChatClient client = new OpenAiChatClient()) {
            // warm-up: the JIT compiles the hot path once, as in any run longer than a few seconds
            Path warmOut = Files.createTempDirectory("atlas-bench-warm");
            ScreenRun.of(Probes.mixed(warmup), candidates, settings(concurrency, warmOut), client)
                    .execute();
            Path out = Files.createTempDirectory("atlas-bench");
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            List<Answer> answers = ScreenRun.of(probes, candidates, settings(concurrency, out), client)
                    .execute();
            long wall = System.nanoTime() - t0;
            long cpu = os.getProcessCpuTime() - cpu0;
            long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed())
                    .sum();
            long errors = answers.stream().filter(a -> !a.result().succeeded()).count();
            int requests = answers.size();
            double ideal = (double) requests * latencyMs / 1000.0 / concurrency;
            double seconds = wall / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "requests        %d (%d items x %d candidates, %d errors, stream=%s)%n",
                    requests,
                    probes.size(),
                    candidates.size(),
                    errors,
                    stream);
            System.out.printf(
                    Locale.ROOT,
                    "wall            %.2f s (ideal %.2f s, ratio %.3f, goal <= 1.15)%n",
                    seconds,
                    ideal,
                    seconds / ideal);
            System.out.printf(
                    Locale.ROOT,
                    "client CPU      %.3f ms per request (%.2f s process CPU, server excluded)%n",
                    cpu / 1e6 / requests,
                    cpu / 1e9);
            System.out.printf(
                    Locale.ROOT,
                    "peak heap       %.1f MB (max heap %.0f MB)%n",
                    peakHeap / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576.0);
            System.out.printf(Locale.ROOT, "throughput      %.1f requests/s%n", requests / seconds);
        }
    }

    private static EngineSettings settings(int concurrency, Path out) {
        return EngineSettings.DEFAULTS
                .withConcurrency(concurrency)
                .withTimeout(Duration.ofSeconds(30))
                .withOutDir(out);
    }

    /** The same prompts as JSONL ({@code {"prompt": ...}}) for a peer tool. */
    private static void writePrompts(List<Probe> probes, Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        try (Writer w = Files.newBufferedWriter(file)) {
            for (Probe p : probes) {
                w.write(json.writeValueAsString(java.util.Map.of("prompt", p.prompt())));
                w.write('\n');
            }
        }
    }
}
