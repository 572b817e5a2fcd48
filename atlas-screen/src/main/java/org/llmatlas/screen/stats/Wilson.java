package org.llmatlas.screen.stats;

/**
 * The Wilson score interval (Wilson 1927; method 3 in Newcombe 1998). Chosen over the Wald interval because it
 * stays inside [0, 1] and keeps its coverage for rates near 0 or 1, which is where refusal and attack success
 * rates of good models sit.
 */
public final class Wilson {

    /** z for a two-sided 95% interval. */
    public static final double Z95 = 1.959963984540054;

    private Wilson() {}

    public static Interval interval(int successes, int trials) {
        return interval(successes, (double) trials, Z95);
    }

    /**
     * The interval for a (possibly fractional) effective sample size; fractional sizes arise from the design
     * effect of clustered samples.
     */
    public static Interval interval(double successes, double trials, double z) {
        if (trials <= 0) {
            return new Interval(0, 1);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException(successes + " successes out of " + trials);
        }
        double p = successes / trials;
        double z2 = z * z;
        double centre = p + z2 / (2 * trials);
        double half = z * Math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials));
        double denom = 1 + z2 / trials;
        double lower = successes == 0 ? 0 : (centre - half) / denom;
        double upper = successes == trials ? 1 : (centre + half) / denom;
        return new Interval(Math.max(0, lower), Math.min(1, upper));
    }
}
