package org.llmatlas.screen.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusteredRateTest {

    /**
     * 10 prompts x 5 generations, 5 prompts always refused and 5 never: p = 0.5, n = 50. Cluster-robust
     * variance = k/(k-1) * sum((y_i - p m_i)^2) / n^2 = 10/9 * 10 * 2.5^2 / 2500 = 0.02778; binomial variance
     * = 0.25 / 50 = 0.005; design effect = 50/9 = 5.556 (Kish's 1 + (m-1) rho = 5 for rho = 1, times 10/9).
     */
    @Test
    void widensTheIntervalByTheDesignEffectWhenGenerationsAgree() {
        var clusters = new java.util.ArrayList<ClusteredRate.Cluster>();
        clusters.addAll(Collections.nCopies(5, new ClusteredRate.Cluster(5, 5)));
        clusters.addAll(Collections.nCopies(5, new ClusteredRate.Cluster(0, 5)));
        Rate rate = ClusteredRate.of(clusters);
        assertThat(rate.estimate()).isEqualTo(0.5);
        assertThat(rate.designEffect()).isCloseTo(50.0 / 9, within(1e-9));
        Interval expected = Wilson.interval(0.5 * 9, 9, Wilson.Z95);
        assertThat(rate.interval().lower()).isCloseTo(expected.lower(), within(1e-12));
        assertThat(rate.interval().upper() - rate.interval().lower())
                .isGreaterThan(Rate.of(25, 50).interval().upper()
                        - Rate.of(25, 50).interval().lower());
    }

    @Test
    void equalsTheWilsonIntervalWhenEachPromptHasOneGeneration() {
        var clusters = new java.util.ArrayList<ClusteredRate.Cluster>();
        clusters.addAll(Collections.nCopies(81, new ClusteredRate.Cluster(1, 1)));
        clusters.addAll(Collections.nCopies(182, new ClusteredRate.Cluster(0, 1)));
        Rate rate = ClusteredRate.of(List.copyOf(clusters));
        // k/(k-1) makes the robust variance slightly larger than binomial: deff = 263/262.
        assertThat(rate.designEffect()).isCloseTo(263.0 / 262, within(1e-9));
        assertThat(rate.interval().lower()).isCloseTo(0.2553, within(0.001));
    }
}
