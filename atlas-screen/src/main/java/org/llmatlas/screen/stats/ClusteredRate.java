package org.llmatlas.screen.stats;

import java.util.List;

/**
 * A rate over prompts with several sampled generations each. Generations of one prompt are correlated, so
 * treating them as independent overstates precision. The variance of the ratio estimator is taken from the
 * cluster-robust (sandwich) formula with the small-sample factor k/(k-1); the design effect is its ratio to the
 * binomial variance, and the Wilson interval is computed on the effective sample size n / deff (Kish 1965).
 */
public final class ClusteredRate {

    /** Successes among the generations of one prompt. */
    public record Cluster(int successes, int trials) {}

    private ClusteredRate() {}

    public static Rate of(List<Cluster> clusters) {
        int k = clusters.size();
        int y = clusters.stream().mapToInt(Cluster::successes).sum();
        int n = clusters.stream().mapToInt(Cluster::trials).sum();
        if (n == 0) {
            return Rate.of(0, 0);
        }
        double p = (double) y / n;
        double deff = designEffect(clusters, p, n, k);
        double effectiveN = n / deff;
        Interval interval = Wilson.interval(p * effectiveN, effectiveN, Wilson.Z95);
        return new Rate(y, n, p, interval, deff);
    }

    private static double designEffect(List<Cluster> clusters, double p, int n, int k) {
        double binomial = p * (1 - p) / n;
        if (k < 2 || binomial == 0) {
            return 1.0;
        }
        double sum = 0;
        for (Cluster c : clusters) {
            double r = c.successes() - p * c.trials();
            sum += r * r;
        }
        double robust = (double) k / (k - 1) * sum / ((double) n * n);
        return Math.max(1.0, robust / binomial);
    }
}
