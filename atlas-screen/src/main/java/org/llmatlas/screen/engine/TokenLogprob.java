package org.llmatlas.screen.engine;

import java.util.Objects;

/**
 * One alternative for a generated token and its natural-log probability, as the chat completions API reports it in
 * {@code top_logprobs}. Measures that read the model's belief rather than its sampled words (TruthfulQA MC2) are built
 * from these.
 */
public record TokenLogprob(String token, double logprob) {

    public TokenLogprob {
        Objects.requireNonNull(token, "token");
    }

    public double probability() {
        return Math.exp(logprob);
    }
}
