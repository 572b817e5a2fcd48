package org.llmatlas.screen.engine.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryAfterTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0} -> {1} ms")
    @CsvSource(
            delimiter = '|',
            value = {
                "3                                  | 3000",
                "0                                  | 0",
                "1.5                                | 1500",
                "Wed, 25 Nov 2026 15:00:12 GMT      | 12000",
                "Wed, 25 Nov 2026 14:59:00 GMT      | 0",
                "86400                              | 300000",
            })
    void readsDelaySecondsAndHttpDatesCappedAtFiveMinutes(String header, long millis) {
        assertThat(RetryAfter.parse(header, NOW)).contains(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @CsvSource({"soon", "-1", "tomorrow at noon"})
    void ignoresValuesThatAreNeitherSecondsNorDates(String header) {
        assertThat(RetryAfter.parse(header, NOW)).isEmpty();
    }
}
