package org.llmatlas.screen.bench;

import java.util.Locale;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The benchmark's figures for people (a report with PASS or FAIL per goal) and for machines (JSON, schema
 * {@code atlas-screen-bench/1}), from the same {@link BenchResult} so that the two never disagree.
 */
public final class BenchReport {

    public static final String SCHEMA = "atlas-screen-bench/1";

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private BenchReport() {}

    public static String text(BenchResult r) {
        BenchConfig c = r.config();
        StringBuilder out = new StringBuilder();
        line(
                out,
                "configuration",
                "%d items x %d candidates = %d requests, latency %d ms, concurrency %d, stream %s, warm-up %d items",
                c.items(),
                c.candidates(),
                c.requests(),
                c.latency().toMillis(),
                c.concurrency(),
                c.stream(),
                c.warmup());
        line(out, "client JVM", "%s", r.jvm());
        BenchResult.Goal wall = r.wallGoal();
        BenchResult.Goal cpu = r.cpuGoal();
        BenchResult.Goal heap = r.heapGoal();
        BenchResult.Goal errors = r.errorsGoal();
        line(
                out,
                "wall",
                "%.2f s, ideal %.2f s, ratio %.3f (goal %s) %s",
                r.wallSeconds(),
                c.idealSeconds(),
                r.ratio(),
                wall.bound(),
                verdict(wall));
        line(
                out,
                "client CPU",
                "%.3f ms per request, %.2f s in all (goal %s ms) %s",
                r.cpuMsPerRequest(),
                r.cpuNanos() / 1e9,
                cpu.bound(),
                verdict(cpu));
        line(
                out,
                "peak heap",
                "%.1f MB of %.0f MB max (goal %s MB) %s",
                r.peakHeapMb(),
                r.maxHeapBytes() / 1048576.0,
                heap.bound(),
                verdict(heap));
        line(out, "throughput", "%.1f requests/s", r.requestsPerSecond());
        line(
                out,
                "errors",
                "%d of %d requests (goal %s) %s",
                r.errors(),
                r.requests(),
                errors.bound(),
                verdict(errors));
        long passed = r.goals().stream().filter(BenchResult.Goal::passed).count();
        line(
                out,
                "result",
                "%s (%d of %d goals met)",
                r.passed() ? "PASS" : "FAIL",
                passed,
                r.goals().size());
        return out.toString();
    }

    public static String json(BenchResult r, String endpoint) {
        BenchConfig c = r.config();
        ObjectNode root = JSON.createObjectNode().put("schema", SCHEMA).put("endpoint", endpoint);
        root.putObject("config")
                .put("items", c.items())
                .put("candidates", c.candidates())
                .put("latency_ms", c.latency().toMillis())
                .put("concurrency", c.concurrency())
                .put("stream", c.stream())
                .put("warmup_items", c.warmup());
        root.put("jvm", r.jvm())
                .put("requests", r.requests())
                .put("errors", r.errors())
                .put("wall_seconds", r.wallSeconds())
                .put("ideal_seconds", c.idealSeconds())
                .put("ratio", r.ratio())
                .put("cpu_seconds", r.cpuNanos() / 1e9)
                .put("cpu_ms_per_request", r.cpuMsPerRequest())
                .put("peak_heap_mb", r.peakHeapMb())
                .put("max_heap_mb", r.maxHeapBytes() / 1048576.0)
                .put("requests_per_second", r.requestsPerSecond());
        var goals = root.putArray("goals");
        r.goals()
                .forEach(g -> goals.addObject()
                        .put("name", g.name())
                        .put("measured", g.measured())
                        .put("bound", g.bound())
                        .put("passed", g.passed()));
        root.put("passed", r.passed());
        return JSON.writeValueAsString(root) + "\n";
    }

    private static String verdict(BenchResult.Goal goal) {
        return goal.passed() ? "PASS" : "FAIL";
    }

    private static void line(StringBuilder out, String label, String format, Object... args) {
        out.append(String.format(Locale.ROOT, "%-14s %s%n", label, String.format(Locale.ROOT, format, args)));
    }
}
