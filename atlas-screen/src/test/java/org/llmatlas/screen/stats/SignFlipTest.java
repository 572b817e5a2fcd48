package org.llmatlas.screen.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SignFlipTest {

    /**
     * Darwin's Zea mays data as Fisher (1935, ch. III) analysed it: 15 differences in eighths of an inch between
     * crossed and self-fertilised plants. Fisher counts 1,726 of the 32,768 sign assignments with a total at least as
     * far from 0 as the observed 314: two-sided p = 1726/32768.
     */
    @Test
    void reproducesFishersExactTestOfDarwinsData() {
        double[] d = {49, -67, 8, 16, 6, 23, 28, 41, 14, 29, 56, 24, 75, 60, -48};
        assertThat(SignFlip.pValue(d, 0, 0)).isEqualTo(1726.0 / 32768);
    }

    /** d = 0.5, 0.2, -0.1: of the 8 sign patterns the sums ±0.8 and ±0.6 reach |0.6|, so p = 4/8. */
    @Test
    void countsEverySignPatternOnASmallHandExample() {
        assertThat(SignFlip.pValue(new double[] {0.5, 0.2, -0.1, 0, 0}, 0, 0)).isEqualTo(0.5);
        assertThat(SignFlip.pValue(new double[] {0, 0}, 0, 0)).isEqualTo(1.0);
    }

    /** For 0/1 outcomes the sign-flip test is the exact McNemar test (Fagerland et al. 2013: 1 vs 7 → 0.0703). */
    @Test
    void equalsTheExactMcNemarTestOnYesNoData() {
        double[] d = {1, -1, -1, -1, -1, -1, -1, -1, 0, 0, 0};
        assertThat(SignFlip.pValue(d, 0, 0)).isCloseTo(McNemar.exactPValue(1, 7), within(1e-12));
        assertThat(McNemar.exactPValue(1, 7)).isCloseTo(0.0703125, within(1e-12));
    }

    /** Beyond 20 non-zero differences the p-value is estimated; 30 vs 12 discordant pairs: McNemar (scipy binomtest(12, 42)) p = 0.00792. */
    @Test
    void estimatesLargeSamplesCloseToTheExactValueAndIsSeeded() {
        double[] d = new double[60];
        for (int i = 0; i < 42; i++) {
            d[i] = i < 30 ? 1 : -1;
        }
        double estimate = SignFlip.pValue(d, 200_000, 3);
        assertThat(McNemar.exactPValue(30, 12)).isCloseTo(0.007915897334896727, within(1e-12));
        assertThat(estimate).isCloseTo(0.007915897334896727, within(0.0015));
        assertThat(SignFlip.pValue(d, 200_000, 3)).isEqualTo(estimate);
    }
}
