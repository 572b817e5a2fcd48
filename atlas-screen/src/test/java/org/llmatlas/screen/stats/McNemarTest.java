package org.llmatlas.screen.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class McNemarTest {

    /**
     * Fagerland MW, Lydersen S, Laake P (2013), "The McNemar test for binary matched-pairs data: mid-p and
     * asymptotic are better than exact conditional", BMC Medical Research Methodology 13:91, worked example
     * (airway hyper-responsiveness, 1 vs 7 discordant pairs): exact conditional p = 0.070 (= 18/256).
     */
    @Test
    void matchesFagerland2013WorkedExample() {
        assertThat(McNemar.exactPValue(1, 7)).isCloseTo(0.0703125, within(1e-12));
    }

    /** Expected values from scipy 1.17 {@code scipy.stats.binomtest(b, b + c, 0.5).pvalue}. */
    @ParameterizedTest(name = "b={0}, c={1}")
    @CsvSource({"30, 15, 0.035697803555194696", "2, 12, 0.012939453125", "0, 5, 0.0625", "7, 7, 1.0", "0, 0, 1.0"})
    void matchesScipyBinomialTest(int b, int c, double expected) {
        assertThat(McNemar.exactPValue(b, c)).isCloseTo(expected, within(1e-12));
        assertThat(McNemar.exactPValue(c, b)).isCloseTo(expected, within(1e-12));
    }
}
