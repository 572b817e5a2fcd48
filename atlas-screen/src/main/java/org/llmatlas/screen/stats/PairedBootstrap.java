package org.llmatlas.screen.stats;

import java.util.SplittableRandom;

/**
 * Percentile bootstrap interval for the difference of two candidates' rates on the same items. Items are
 * resampled as pairs, so the correlation between candidates (both refuse the same obviously harmful prompt) is
 * kept and the interval is narrower than for independent samples. Seeded: the same inputs give the same interval.
 */
public final class PairedBootstrap {

    public static final int DEFAULT_RESAMPLES = 10_000;

    private PairedBootstrap() {}

    /** 95% interval for mean(a) − mean(b). */
    public static Interval differenceInterval(boolean[] a, boolean[] b, int resamples, long seed) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + a.length + " vs " + b.length);
        }
        int n = a.length;
        if (n == 0) {
            return new Interval(0, 0);
        }
        // Each item contributes -1, 0 or +1 to the difference; resample those.
        int[] d = new int[n];
        for (int i = 0; i < n; i++) {
            d[i] = (a[i] ? 1 : 0) - (b[i] ? 1 : 0);
        }
        var random = new SplittableRandom(seed);
        double[] stats = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            long sum = 0;
            for (int i = 0; i < n; i++) {
                sum += d[random.nextInt(n)];
            }
            stats[r] = (double) sum / n;
        }
        java.util.Arrays.sort(stats);
        return new Interval(quantile(stats, 0.025), quantile(stats, 0.975));
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
