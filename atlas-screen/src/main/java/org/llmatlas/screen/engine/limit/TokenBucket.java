package org.llmatlas.screen.engine.limit;

import java.util.function.LongSupplier;

/**
 * A token bucket by reservation: a caller takes what it needs at once (the level may go negative) and is told how
 * long to wait until the debt is paid back. Waiting callers hold no lock, so thousands of virtual threads can queue
 * on one bucket, and debts are served in arrival order.
 *
 * <p>Token budgets are only known after the answer; {@link #adjust(long)} settles the difference between the
 * estimate taken before the request and the usage the endpoint reported.
 */
public final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private final LongSupplier clock;
    private double level;
    private long updatedAt;

    /**
     * @param perMinute sustained rate
     * @param burst most that may be taken at once after a quiet period
     * @param clock nanosecond clock ({@code System::nanoTime})
     */
    public TokenBucket(long perMinute, long burst, LongSupplier clock) {
        if (perMinute <= 0 || burst <= 0) {
            throw new IllegalArgumentException("rate and burst must be positive");
        }
        this.capacity = burst;
        this.perNano = perMinute / 60e9;
        this.clock = clock;
        this.level = burst;
        this.updatedAt = clock.getAsLong();
    }

    /** A bucket for a per-minute budget that allows a tenth of it (at least one) in a burst. */
    public static TokenBucket perMinute(long perMinute) {
        return new TokenBucket(perMinute, Math.max(1, perMinute / 10), System::nanoTime);
    }

    /**
     * Takes {@code amount} and returns the nanoseconds the caller must wait before it may act (0 = now).
     * An amount larger than the burst is allowed; it simply waits longer.
     */
    public synchronized long reserve(long amount) {
        refill();
        level -= amount;
        return level >= 0 ? 0 : (long) Math.ceil(-level / perNano);
    }

    /** Gives back (positive) or takes more (negative) once the real cost is known. */
    public synchronized void adjust(long amount) {
        refill();
        level = Math.min(capacity, level + amount);
    }

    private void refill() {
        long now = clock.getAsLong();
        level = Math.min(capacity, level + (now - updatedAt) * perNano);
        updatedAt = now;
    }
}
