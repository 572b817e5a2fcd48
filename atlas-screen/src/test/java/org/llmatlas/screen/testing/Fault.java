package org.llmatlas.screen.testing;

import java.time.Duration;

/**
 * Something that goes wrong on the scripted server instead of an answer.
 *
 * @param status HTTP status to send (0 = no status, see {@code hang})
 * @param retryAfter value of the {@code Retry-After} header, or {@code null}
 * @param hang how long to stay silent before answering normally (a timeout for any client that waits less)
 */
public record Fault(int status, String retryAfter, Duration hang) {

    public static Fault status(int status) {
        return new Fault(status, null, Duration.ZERO);
    }

    /** 429 with {@code Retry-After: seconds}. */
    public static Fault rateLimited(int seconds) {
        return new Fault(429, Integer.toString(seconds), Duration.ZERO);
    }

    /** 429 or 503 with an arbitrary {@code Retry-After} value (an HTTP-date, say). */
    public static Fault withRetryAfter(int status, String retryAfter) {
        return new Fault(status, retryAfter, Duration.ZERO);
    }

    public static Fault hang(Duration duration) {
        return new Fault(0, null, duration);
    }
}
