package org.llmatlas.screen.engine.limit;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter (a uniform draw in {@code [0, min(cap, base·2^attempt)]}), the variant that
 * spreads retrying clients best; a server's {@code Retry-After} wins over it.
 */
public record Backoff(Duration base, Duration cap) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));

    /** The wait before retry number {@code attempt} (0 = first retry). */
    public Duration delay(int attempt) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(attempt, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }

    /** The wait before a retry: the server's wish when it stated one, else the jittered backoff. */
    public Duration delay(int attempt, Duration retryAfter) {
        return retryAfter != null ? retryAfter : delay(attempt);
    }
}
