package org.llmatlas.screen.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WilsonTest {

    /**
     * Newcombe RG (1998), "Two-sided confidence intervals for the single proportion: comparison of seven
     * methods", Statistics in Medicine 17:857-872, Table II, method 3 (Wilson score, no continuity correction).
     * Cross-checked with scipy 1.17 {@code binomtest(x, n).proportion_ci(method="wilson")}: 0.25529/0.36621,
     * 0.06239/0.16049, 0/0.16113.
     */
    @ParameterizedTest(name = "{0}/{1} -> [{2}, {3}]")
    @CsvSource({"81, 263, 0.2553, 0.3662", "15, 148, 0.0624, 0.1605", "0, 20, 0.0000, 0.1611", "1, 29, 0.0061, 0.1718"})
    void matchesNewcombe1998WorkedExamples(int x, int n, double lower, double upper) {
        Interval ci = Wilson.interval(x, n);
        assertThat(ci.lower()).isCloseTo(lower, within(0.00005));
        assertThat(ci.upper()).isCloseTo(upper, within(0.00005));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"0, 5", "5, 5", "0, 1"})
    void staysInsideTheUnitIntervalAtTheEdges(int x, int n) {
        Interval ci = Wilson.interval(x, n);
        assertThat(ci.lower()).isBetween(0.0, 1.0);
        assertThat(ci.upper()).isBetween(0.0, 1.0);
        assertThat(ci.contains((double) x / n)).isTrue();
    }
}
