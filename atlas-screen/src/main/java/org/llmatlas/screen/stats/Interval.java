package org.llmatlas.screen.stats;

/** A two-sided confidence interval for a rate or a difference of rates. */
public record Interval(double lower, double upper) {

    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException("bad interval [" + lower + ", " + upper + "]");
        }
    }

    public boolean contains(double x) {
        return x >= lower && x <= upper;
    }
}
