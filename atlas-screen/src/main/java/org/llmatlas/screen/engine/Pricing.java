package org.llmatlas.screen.engine;

/**
 * What a candidate costs per 1,000 prompt and completion tokens, in whatever currency the user thinks in.
 *
 * <p>Optional: the progress bar and the report show a running cost only when a price is known.
 */
public record Pricing(double promptPer1k, double completionPer1k) {

    public static final Pricing UNKNOWN = new Pricing(0, 0);

    public Pricing {
        if (promptPer1k < 0 || completionPer1k < 0) {
            throw new IllegalArgumentException("prices must not be negative");
        }
    }

    public boolean known() {
        return promptPer1k > 0 || completionPer1k > 0;
    }

    public double cost(long promptTokens, long completionTokens) {
        return promptTokens / 1000.0 * promptPer1k + completionTokens / 1000.0 * completionPer1k;
    }
}
