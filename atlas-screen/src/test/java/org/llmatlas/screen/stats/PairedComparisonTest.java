package org.llmatlas.screen.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairedComparisonTest {

    /** 200 items: both refuse 150, only A refuses 20, only B 6, neither 24. */
    private static boolean[][] pairs() {
        boolean[] a = new boolean[200];
        boolean[] b = new boolean[200];
        for (int i = 0; i < 200; i++) {
            a[i] = i < 170;
            b[i] = i < 150 || (i >= 170 && i < 176);
        }
        return new boolean[][] {a, b};
    }

    @Test
    void statesWhoByHowMuchAndHowSure() {
        boolean[][] p = pairs();
        var c = PairedComparison.of("xstest.unsafe.refusal_rate", "refuses unsafe prompts", "A", "B", p[0], p[1], 7);
        assertThat(c.onlyA()).isEqualTo(20);
        assertThat(c.onlyB()).isEqualTo(6);
        assertThat(c.difference()).isCloseTo(0.07, within(1e-12));
        // scipy.stats.binomtest(6, 26, 0.5).pvalue = 0.009355306625366211
        assertThat(c.pValue()).isCloseTo(0.009355306625366211, within(1e-12));
        assertThat(c.sentence())
                .matches(
                        "A refuses unsafe prompts more often than B: \\+7\\.0 points \\[\\d\\.\\d, \\d+\\.\\d\\], p = 0\\.009");
    }

    /**
     * The paired bootstrap percentile interval approaches the normal interval mean(d) ± 1.96 sd(d)/sqrt(n) for
     * the per-item differences d in {-1, 0, 1}: mean 0.07, var = 26/200 - 0.07^2 = 0.1251, half-width
     * 1.96 * sqrt(0.1251/200) = 0.0490.
     */
    @Test
    void bootstrapIntervalAgreesWithTheNormalApproximationAndIsSeeded() {
        boolean[][] p = pairs();
        Interval ci = PairedBootstrap.differenceInterval(p[0], p[1], 20_000, 42);
        assertThat(ci.lower()).isCloseTo(0.07 - 0.0490, within(0.006));
        assertThat(ci.upper()).isCloseTo(0.07 + 0.0490, within(0.006));
        assertThat(PairedBootstrap.differenceInterval(p[0], p[1], 20_000, 42)).isEqualTo(ci);
    }

    @Test
    void holmCorrectionAcrossCategoriesRaisesPValues() {
        boolean[][] p = pairs();
        var first = PairedComparison.of("m1", "refuses", "A", "B", p[0], p[1], 1);
        var second = PairedComparison.of("m2", "refuses", "A", "B", p[1], p[1], 1);
        List<PairedComparison> corrected = PairedComparison.holm(List.of(first, second));
        assertThat(corrected.get(0).adjustedPValue()).isCloseTo(2 * first.pValue(), within(1e-12));
        assertThat(corrected.get(1).adjustedPValue()).isEqualTo(1.0);
        assertThat(corrected.get(1).sentence()).contains("as often as").endsWith("(not significant)");
    }

    @Test
    void writesVerySmallPValuesAsAnUpperBound() {
        assertThat(PairedComparison.formatP(0.0004)).isEqualTo("< 0.001");
        assertThat(PairedComparison.formatP(0.0042)).isEqualTo("= 0.004");
        assertThat(PairedComparison.formatP(0.0123)).isEqualTo("= 0.01");
        assertThat(PairedComparison.formatP(1.0)).isEqualTo("= 1.00");
    }
}
