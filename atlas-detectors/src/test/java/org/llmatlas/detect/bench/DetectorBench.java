package org.llmatlas.detect.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.llmatlas.detect.Detector;
import org.llmatlas.detect.Detectors;
import org.llmatlas.detect.Sample;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Throughput benchmark for every registered detector: records per second on the labelled refusal set (realistic
 * model answers of 5 to 150 words), per CPU-second of one thread (robust when the machine is shared) and by wall clock with 1 and 2 threads. Run with {@code ./mvnw -q -B -pl
 * atlas-core,atlas-detectors -Pbench verify -DskipTests}; optional arguments: seconds per measurement (default 5).
 *
 * <p>A test-scope main rather than JMH: the numbers that matter here are coarse (is a detector fast enough for a
 * gateway, for a 1 M-record scan?), and a warm-up plus a timed loop answers that without another build plugin.
 */
public final class DetectorBench {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private DetectorBench() {}

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        List<Sample> samples = load();
        double avgChars =
                samples.stream().mapToInt(s -> s.response().length()).average().orElse(0);
        System.out.printf(
                "DetectorBench: %d samples, %.0f chars on average, %d available processors, %.0f s per run, %s%n",
                samples.size(),
                avgChars,
                Runtime.getRuntime().availableProcessors(),
                seconds,
                System.getProperty("java.vm.version"));
        for (String name : Detectors.names()) {
            Detector detector = Detectors.byName(name).orElseThrow();
            measure(detector, samples, 1, Math.min(2, seconds)); // warm-up
            long cpuBefore = CPU.getCurrentThreadCpuTime();
            long n = 0;
            long until = System.nanoTime() + (long) (seconds * 1e9);
            while (System.nanoTime() < until) {
                detector.detect(samples.get((int) (n++ % samples.size())));
            }
            double perCpuSecond = n / ((CPU.getCurrentThreadCpuTime() - cpuBefore) / 1e9);
            double one = measure(detector, samples, 1, seconds);
            double two = measure(detector, samples, 2, seconds);
            System.out.printf(
                    "%-10s %,10.0f records per CPU-second | wall clock: 1 thread %,10.0f/s, 2 threads %,10.0f/s%n",
                    name, perCpuSecond, one, two);
        }
    }

    private static double measure(Detector detector, List<Sample> samples, int threads, double seconds)
            throws Exception {
        AtomicLong done = new AtomicLong();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    long n = 0;
                    int i = offset;
                    while (System.nanoTime() < deadline) {
                        detector.detect(samples.get(i % samples.size()));
                        i += threads;
                        n++;
                    }
                    done.addAndGet(n);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static List<Sample> load() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Sample> samples = new ArrayList<>();
        try (InputStream in = DetectorBench.class.getResourceAsStream("/refusal/labelled.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode r = json.readTree(line);
                    samples.add(new Sample(
                            r.get("id").asString(),
                            r.get("prompt").asString(),
                            r.get("response").asString()));
                }
            }
        }
        return samples;
    }
}
