package org.llmatlas.screen.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    /**
     * 400 scores, a skewed mix as MC2 gives them: 120 × 0.05, 80 × 0.3, 80 × 0.6, 120 × 0.95. Independently of the
     * bootstrap, the t interval is mean ± t(0.975, 399) · s / √n with t(0.975, 399) = 1.965927 (scipy
     * {@code t.ppf(0.975, 399)}); at n = 400 the percentile bootstrap agrees with it to a few thousandths.
     */
    @Test
    void meanIntervalAgreesWithTheTIntervalOnALargeSample() {
        double[] x = new double[400];
        Arrays.fill(x, 0, 120, 0.05);
        Arrays.fill(x, 120, 200, 0.3);
        Arrays.fill(x, 200, 280, 0.6);
        Arrays.fill(x, 280, 400, 0.95);
        double mean = Arrays.stream(x).average().orElseThrow();
        double ss = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum();
        double half = 1.965927 * Math.sqrt(ss / 399) / Math.sqrt(400);

        Interval ci = Bootstrap.meanInterval(x, 20_000, 11);

        assertThat(mean).isCloseTo(0.48, within(1e-12));
        assertThat(ci.lower()).isCloseTo(mean - half, within(0.004));
        assertThat(ci.upper()).isCloseTo(mean + half, within(0.004));
        assertThat(Bootstrap.meanInterval(x, 20_000, 11)).isEqualTo(ci);
    }

    @Test
    void pairedDifferenceOfScoresKeepsThePairing() {
        // A is always 0.2 above B: every resample of the differences has mean 0.2, so the interval has no width
        double[] b = {0.1, 0.5, 0.3, 0.7, 0.0, 0.4};
        double[] a = Arrays.stream(b).map(v -> v + 0.2).toArray();
        Interval ci = PairedBootstrap.differenceInterval(a, b, 2_000, 1);
        assertThat(ci.lower()).isCloseTo(0.2, within(1e-12));
        assertThat(ci.upper()).isCloseTo(0.2, within(1e-12));
    }
}
