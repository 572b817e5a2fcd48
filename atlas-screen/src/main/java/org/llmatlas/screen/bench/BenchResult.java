package org.llmatlas.screen.bench;

import java.util.List;

/**
 * What one benchmark run measured, and the goals it is judged by (issue 4): wall time within 1.15 × the ideal,
 * under 1 ms of client CPU per request, peak heap under 512 MB, and no failed request (a run with errors measured
 * something else).
 *
 * @param wallNanos wall time of the measured run
 * @param cpuNanos process CPU time of this JVM over the measured run (all its threads: engine, HTTP, GC, compiler)
 * @param peakHeapBytes peak used heap over the measured run, summed over the heap pools (each pool's own peak, so
 *     never less than the true peak)
 * @param maxHeapBytes the heap limit of this JVM
 * @param jvm the client JVM: version, collector and the flags that decide its CPU cost
 */
public record BenchResult(
        BenchConfig config,
        int requests,
        long errors,
        long wallNanos,
        long cpuNanos,
        long peakHeapBytes,
        long maxHeapBytes,
        String jvm) {

    private static final double MAX_WALL_RATIO = 1.15;
    private static final double MAX_CPU_MS_PER_REQUEST = 1.0;
    private static final double MAX_PEAK_HEAP_MB = 512;

    /**
     * One goal and whether it was met.
     *
     * @param bound how the goal reads, e.g. {@code <= 1.15}
     */
    public record Goal(String name, double measured, String bound, boolean passed) {}

    public double wallSeconds() {
        return wallNanos / 1e9;
    }

    public double ratio() {
        return wallSeconds() / config.idealSeconds();
    }

    public double cpuMsPerRequest() {
        return cpuNanos / 1e6 / requests;
    }

    public double peakHeapMb() {
        return peakHeapBytes / 1048576.0;
    }

    public double requestsPerSecond() {
        return requests / wallSeconds();
    }

    public Goal wallGoal() {
        return new Goal("wall / ideal", ratio(), "<= 1.15", ratio() <= MAX_WALL_RATIO);
    }

    public Goal cpuGoal() {
        return new Goal(
                "client CPU ms per request", cpuMsPerRequest(), "< 1", cpuMsPerRequest() < MAX_CPU_MS_PER_REQUEST);
    }

    public Goal heapGoal() {
        return new Goal("peak heap MB", peakHeapMb(), "< 512", peakHeapMb() < MAX_PEAK_HEAP_MB);
    }

    public Goal errorsGoal() {
        return new Goal("errors", errors, "= 0", errors == 0);
    }

    public List<Goal> goals() {
        return List.of(wallGoal(), cpuGoal(), heapGoal(), errorsGoal());
    }

    public boolean passed() {
        return goals().stream().allMatch(Goal::passed);
    }
}
