package org.llmatlas.screen.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap interval (Efron & Tibshirani 1993, ch. 13) for the mean of independent item values: a mean
 * score such as TruthfulQA MC2, or the mean of paired differences ({@link PairedBootstrap}). Chosen over a t
 * interval because item values are bounded and often skewed (many MC2 values sit at 0 or 1) and because the paired
 * comparisons already use it; for large samples both agree. Seeded: the same inputs give the same interval.
 */
public final class Bootstrap {

    private Bootstrap() {}

    /** 95% interval for the mean of {@code x}. */
    public static Interval meanInterval(double[] x, int resamples, long seed) {
        int n = x.length;
        if (n == 0) {
            return new Interval(0, 0);
        }
        var random = new SplittableRandom(seed);
        double[] stats = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += x[random.nextInt(n)];
            }
            stats[r] = sum / n;
        }
        Arrays.sort(stats);
        double lower = quantile(stats, 0.025);
        double upper = quantile(stats, 0.975);
        return new Interval(Math.min(lower, upper), Math.max(lower, upper));
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
