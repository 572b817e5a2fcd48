package org.llmatlas.screen.engine.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private final AtomicLong now = new AtomicLong();

    @Test
    void allowsTheBurstThenSpacesRequestsAtTheSustainedRate() {
        TokenBucket bucket = new TokenBucket(60, 2, now::get); // one per second, two at once

        assertThat(bucket.reserve(1)).isZero();
        assertThat(bucket.reserve(1)).isZero();
        assertThat(bucket.reserve(1)).isEqualTo(1_000_000_000L);
        assertThat(bucket.reserve(1)).isEqualTo(2_000_000_000L);
    }

    @Test
    void refillsOverTimeButNeverBeyondTheBurst() {
        TokenBucket bucket = new TokenBucket(60, 2, now::get);
        bucket.reserve(2);

        now.addAndGet(60_000_000_000L);

        assertThat(bucket.reserve(2)).isZero();
        assertThat(bucket.reserve(1)).isEqualTo(1_000_000_000L);
    }

    @Test
    void settlingGivesBackTokensThatWereEstimatedButNotUsed() {
        TokenBucket bucket = new TokenBucket(6_000, 1_000, now::get); // 100 tokens per second

        bucket.reserve(1_000);
        bucket.adjust(600); // estimated 1,000, the answer used 400

        assertThat(bucket.reserve(600)).isZero();
        assertThat(bucket.reserve(100)).isEqualTo(1_000_000_000L);
    }

    @Test
    void backoffStaysWithinTheExponentialCeiling() {
        Backoff backoff = Backoff.DEFAULT;
        for (int i = 0; i < 200; i++) {
            assertThat(backoff.delay(0).toMillis()).isBetween(0L, 500L);
            assertThat(backoff.delay(3).toMillis()).isBetween(0L, 4_000L);
            assertThat(backoff.delay(30).toMillis()).isBetween(0L, 30_000L);
        }
    }
}
