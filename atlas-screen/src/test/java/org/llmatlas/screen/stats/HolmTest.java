package org.llmatlas.screen.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HolmTest {

    /**
     * Hand computation of Holm (1979): sorted p = 0.005, 0.01, 0.03, 0.04 with m = 4 gives 0.02, 0.03, 0.06,
     * max(0.04, 0.06) = 0.06; the same as R's {@code p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm")}.
     */
    @Test
    void adjustsStepDownAndKeepsInputOrder() {
        double[] adjusted = Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005});
        assertThat(adjusted).containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-12));
    }

    @Test
    void capsAtOne() {
        assertThat(Holm.adjust(new double[] {0.5, 0.9})).containsExactly(new double[] {1.0, 1.0}, within(1e-12));
    }
}
