package org.llmatlas.screen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SamplingTest {

    @Test
    void describesOnlyTheParametersThatAreSent() {
        assertThat(Sampling.DETERMINISTIC.describe()).isEqualTo("temperature 0.0, max tokens 512, seed 0");
        assertThat(new Sampling(0.7, 0.9, null, null).describe()).isEqualTo("temperature 0.7, top_p 0.9");
    }

    @Test
    void describesNothingSentAsTheEndpointsDefaults() {
        assertThat(new Sampling(null, null, null, null).describe()).isEqualTo("the endpoint's defaults");
    }
}
