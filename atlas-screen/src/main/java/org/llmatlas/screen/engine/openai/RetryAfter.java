package org.llmatlas.screen.engine.openai;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads how long a server asked us to wait: {@code Retry-After} as delay-seconds or HTTP-date (RFC 9110 §10.2.3),
 * or OpenAI's {@code retry-after-ms}. Waits are capped so that a broken header cannot stall a run for hours.
 */
public final class RetryAfter {

    static final Duration MAX = Duration.ofMinutes(5);

    private RetryAfter() {}

    /** The wait the headers ask for, capped at {@link #MAX}; empty when they ask for none. */
    public static Optional<Duration> from(HttpHeaders headers, Clock clock) {
        Optional<String> millis = headers.firstValue("retry-after-ms");
        if (millis.isPresent()) {
            try {
                return Optional.of(cap(
                        Duration.ofMillis((long) Double.parseDouble(millis.get().trim()))));
            } catch (NumberFormatException ignored) {
                // fall through to Retry-After
            }
        }
        return headers.firstValue("retry-after").flatMap(value -> parse(value, clock));
    }

    static Optional<Duration> parse(String value, Clock clock) {
        String trimmed = value.trim();
        if (trimmed.matches("\\d+(\\.\\d+)?")) {
            return Optional.of(cap(Duration.ofMillis((long) (Double.parseDouble(trimmed) * 1000))));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(cap(wait.isNegative() ? Duration.ZERO : wait));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Duration cap(Duration wait) {
        return wait.compareTo(MAX) > 0 ? MAX : wait;
    }
}
