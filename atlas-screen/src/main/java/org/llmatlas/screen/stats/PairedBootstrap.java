package org.llmatlas.screen.stats;

/**
 * Percentile bootstrap interval for the difference of two candidates' rates or mean scores on the same items. Items
 * are resampled as pairs (the bootstrap runs on the per-item differences), so the correlation between candidates
 * (both refuse the same obviously harmful prompt) is kept and the interval is narrower than for independent
 * samples. Seeded: the same inputs give the same interval.
 */
public final class PairedBootstrap {

    public static final int DEFAULT_RESAMPLES = 10_000;

    private PairedBootstrap() {}

    /** 95% interval for mean(a) − mean(b) of paired yes/no outcomes. */
    public static Interval differenceInterval(boolean[] a, boolean[] b, int resamples, long seed) {
        double[] xa = new double[a.length];
        double[] xb = new double[b.length];
        for (int i = 0; i < a.length; i++) {
            xa[i] = a[i] ? 1 : 0;
        }
        for (int i = 0; i < b.length; i++) {
            xb[i] = b[i] ? 1 : 0;
        }
        return differenceInterval(xa, xb, resamples, seed);
    }

    /** 95% interval for mean(a) − mean(b) of paired values. */
    public static Interval differenceInterval(double[] a, double[] b, int resamples, long seed) {
        return Bootstrap.meanInterval(differences(a, b), resamples, seed);
    }

    static double[] differences(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + a.length + " vs " + b.length);
        }
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }
}
