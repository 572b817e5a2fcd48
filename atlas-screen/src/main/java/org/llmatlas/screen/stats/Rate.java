package org.llmatlas.screen.stats;

/**
 * A rate with its 95% interval. {@code designEffect} is 1 for independent items and above 1 when several
 * generations per prompt were pooled (the interval is then widened accordingly).
 */
public record Rate(int successes, int trials, double estimate, Interval interval, double designEffect) {

    /** The Wilson 95% interval for {@code successes} out of {@code trials} independent items. */
    public static Rate of(int successes, int trials) {
        double p = trials == 0 ? 0 : (double) successes / trials;
        return new Rate(successes, trials, p, Wilson.interval(successes, trials), 1.0);
    }
}
