package org.llmatlas.screen.card;

/**
 * One benchmark result a card claims. {@code model} is the model the figure belongs to (cards often compare several
 * models in one table); {@code value} is as printed (a percentage stays 62.22); {@code source} says where in the
 * card it was found ({@code model-index} or {@code table at line N}).
 */
public record Claim(String model, String dataset, String metric, double value, boolean percent, String source) {

    /** The value as a share in [0, 1] when it is a percentage or clearly on a 0-100 scale. */
    public double asShare() {
        return percent || value > 1 ? value / 100 : value;
    }
}
