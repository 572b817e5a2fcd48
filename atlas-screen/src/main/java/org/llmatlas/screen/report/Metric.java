package org.llmatlas.screen.report;

/**
 * One measured figure for one candidate. {@code kind} is {@code rate} (a share with a 95% interval and counts),
 * {@code mean} (the mean of item scores in [0, 1] with a 95% bootstrap interval; {@code trials} = items,
 * {@code successes} = items scoring above 0.5) or {@code score} (e.g. a BBQ bias score in [-1, 1], no interval).
 * {@code category} is empty for the whole suite.
 */
public record Metric(
        String key,
        String candidate,
        String category,
        String transform,
        String description,
        String kind,
        double value,
        int successes,
        int trials,
        double lower,
        double upper,
        double designEffect,
        boolean higherIsBetter) {

    /** Whether the figure has a confidence interval (a rate or a mean). */
    public boolean hasInterval() {
        return !kind.equals("score");
    }

    public boolean overall() {
        return category.isEmpty();
    }
}
