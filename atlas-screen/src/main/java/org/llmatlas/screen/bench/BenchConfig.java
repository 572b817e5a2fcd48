package org.llmatlas.screen.bench;

import java.time.Duration;

/**
 * What the screening benchmark runs: {@code items × candidates} requests against an endpoint that answers after
 * {@code latency}, at most {@code concurrency} in flight, after {@code warmup} items that are not measured.
 *
 * @param warmup items (times candidates) sent first so that class loading and compilation stay out of the figures,
 *     as they do in any run longer than a few seconds
 */
public record BenchConfig(int items, int candidates, Duration latency, int concurrency, boolean stream, int warmup) {

    /** The configuration: 2,000 items × 2 candidates, 50 ms latency, concurrency 32. */
    public static final BenchConfig DEFAULTS = new BenchConfig(2000, 2, Duration.ofMillis(50), 32, false, 500);

    public BenchConfig {
        require(items >= 1, "--items must be 1 or more, was " + items);
        require(candidates >= 1, "--candidates must be 1 or more, was " + candidates);
        require(latency.toMillis() >= 1, "--latency-ms must be 1 or more, was " + latency.toMillis());
        require(concurrency >= 1, "--concurrency must be 1 or more, was " + concurrency);
        require(warmup >= 0, "--warmup must not be negative, was " + warmup);
    }

    public int requests() {
        return items * candidates;
    }

    /** The wall time of perfect concurrency: every slot busy all the time, no client cost. */
    public double idealSeconds() {
        return requests() * (latency.toNanos() / 1e9) / concurrency;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
