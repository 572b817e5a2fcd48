package org.llmatlas.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-25T12:00:00Z"));
    final InstantSource clock = now::get;
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void locksAfterFiveFailuresAndUnlocksFifteenMinutesLater() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("Alice", "10.0.0.1");
            now.set(now.get().plusSeconds(10));
        }
        assertThat(throttle.isLocked("alice", "10.0.0.1")).isFalse();
        throttle.recordFailure("alice", "10.0.0.1");

        assertThat(throttle.isLocked("ALICE", "10.0.0.1")).isTrue();
        assertThat(throttle.isLocked("alice", "10.0.0.2")).as("another address").isFalse();
        assertThat(throttle.isLocked("bob", "10.0.0.1")).as("another user").isFalse();

        now.set(now.get().plus(LoginThrottle.WINDOW).plus(Duration.ofSeconds(1)));
        assertThat(throttle.isLocked("alice", "10.0.0.1")).isFalse();
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("carol", "10.0.0.1");
        }
        throttle.recordSuccess("carol", "10.0.0.1");
        throttle.recordFailure("carol", "10.0.0.1");
        assertThat(throttle.isLocked("carol", "10.0.0.1")).isFalse();
    }
}
