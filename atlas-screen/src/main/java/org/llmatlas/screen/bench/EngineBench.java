package org.llmatlas.screen.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.llmatlas.screen.engine.Answer;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.engine.ChatClient;
import org.llmatlas.screen.engine.EngineSettings;
import org.llmatlas.screen.engine.ScreenRun;

/**
 * Measures the screening engine ({@link ScreenRun}: scheduling, concurrency gate, HTTP, answer parsing, resume
 * journal) in this JVM against an endpoint with a fixed latency: wall time, this process's CPU time, peak heap.
 * Scoring and reports are not part of it; they run once per answer after the requests and do not wait on the
 * network.
 */
public final class EngineBench {

    private EngineBench() {}

    /** Runs the warm-up, then the measured run, against {@code baseUrl}; neither reads or writes the response cache. */
    public static BenchResult run(BenchConfig config, String baseUrl, ChatClient client) {
        List<Candidate> candidates = IntStream.rangeClosed(1, config.candidates())
                .mapToObj(i ->
                        new Candidate("c" + i, baseUrl, "bench-" + i, null, null, null).withStream(config.stream()))
                .toList();
        if (config.warmup() > 0) {
            execute(config.warmup(), candidates, config, client);
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        List<Answer> answers = execute(config.items(), candidates, config, client);
        long wall = System.nanoTime() - t0;
        long cpu = os.getProcessCpuTime() - cpu0;
        long peakHeap = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long errors = answers.stream().filter(a -> !a.result().succeeded()).count();
        return new BenchResult(
                config,
                answers.size(),
                errors,
                wall,
                cpu,
                peakHeap,
                Runtime.getRuntime().maxMemory(),
                jvm());
    }

    /** One run as a user's run is: with a resume journal in a fresh run folder, removed afterwards. */
    private static List<Answer> execute(int items, List<Candidate> candidates, BenchConfig config, ChatClient client) {
        Path out;
        try {
            out = Files.createTempDirectory("atlas-bench");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a run folder for the benchmark: " + e.getMessage(), e);
        }
        try {
            EngineSettings settings = EngineSettings.DEFAULTS
                    .withConcurrency(config.concurrency())
                    .withTimeout(Duration.ofSeconds(30))
                    .withOutDir(out);
            return ScreenRun.of(BenchProbes.mixed(items), candidates, settings, client)
                    .execute();
        } finally {
            delete(out);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no reason to lose the figures
        }
    }

    /** Java version, garbage collectors and the JVM options that change CPU cost (collector, compiler, heap). */
    private static String jvm() {
        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:+Use") || a.startsWith("-XX:TieredStopAtLevel") || a.startsWith("-Xm"))
                .toList();
        List<String> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName)
                .toList();
        return "Java " + Runtime.version() + ", collectors " + collectors + ", flags "
                + (flags.isEmpty() ? "[none]" : flags);
    }
}
