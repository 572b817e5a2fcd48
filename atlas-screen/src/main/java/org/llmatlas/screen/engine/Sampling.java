package org.llmatlas.screen.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Sampling parameters sent with every request of a candidate.
 *
 * <p>They are part of the recorded run configuration and of the cache key: the same prompt at another temperature
 * is another measurement. {@code null} means "not sent; the endpoint's default applies".
 */
public record Sampling(Double temperature, Double topP, Integer maxTokens, Long seed) {

    /** Greedy decoding with a fixed seed: the most repeatable setting for screening. */
    public static final Sampling DETERMINISTIC = new Sampling(0.0, null, 512, 0L);

    public Sampling {
        if (temperature != null && (temperature < 0 || temperature > 2)) {
            throw new IllegalArgumentException("temperature must be in [0, 2], was " + temperature);
        }
        if (topP != null && (topP <= 0 || topP > 1)) {
            throw new IllegalArgumentException("top_p must be in (0, 1], was " + topP);
        }
        if (maxTokens != null && maxTokens < 1) {
            throw new IllegalArgumentException("max_tokens must be at least 1, was " + maxTokens);
        }
    }

    public Sampling withTemperature(Double value) {
        return new Sampling(value, topP, maxTokens, seed);
    }

    public Sampling withSeed(Long value) {
        return new Sampling(temperature, topP, maxTokens, value);
    }

    public Sampling withMaxTokens(Integer value) {
        return new Sampling(temperature, topP, value, seed);
    }

    /** The parameters that are sent, in words, for reports: "temperature 0.0, max tokens 512, seed 0". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (temperature != null) {
            parts.add("temperature " + temperature);
        }
        if (topP != null) {
            parts.add("top_p " + topP);
        }
        if (maxTokens != null) {
            parts.add("max tokens " + maxTokens);
        }
        if (seed != null) {
            parts.add("seed " + seed);
        }
        return parts.isEmpty() ? "the endpoint's defaults" : String.join(", ", parts);
    }
}
