package org.llmatlas.screen.stats;

import java.util.SplittableRandom;

/**
 * The paired sign-flip (permutation) test of a zero mean difference (Fisher 1935, The Design of Experiments, ch. III), for paired scores
 * that are not yes/no, such as two candidates' MC2 on the same questions. Under the null hypothesis each item's
 * difference is as likely positive as negative, so the p-value is the share of sign assignments whose mean is at
 * least as far from 0 as the observed one (two-sided). Exact over all 2^m assignments of the m non-zero differences
 * when m ≤ {@value #EXACT_UP_TO}, else estimated from seeded random assignments as (1 + hits) / (1 + draws). No
 * distribution is assumed; for 0/1 outcomes it is the exact McNemar test.
 */
public final class SignFlip {

    /** Up to this many non-zero differences every sign assignment is enumerated. */
    public static final int EXACT_UP_TO = 20;

    private SignFlip() {}

    /** Two-sided p-value for mean(d) = 0. */
    public static double pValue(double[] d, int draws, long seed) {
        double[] nonZero = java.util.Arrays.stream(d).filter(x -> x != 0).toArray();
        int m = nonZero.length;
        if (m == 0) {
            return 1.0;
        }
        double observed = 0;
        double scale = 0;
        for (double x : nonZero) {
            observed += x;
            scale += Math.abs(x);
        }
        double bar = Math.abs(observed) - 1e-12 * scale; // equal sums must count despite rounding
        if (m <= EXACT_UP_TO) {
            long hits = 0;
            for (long signs = 0; signs < 1L << m; signs++) {
                double sum = 0;
                for (int i = 0; i < m; i++) {
                    sum += (signs >> i & 1) == 0 ? nonZero[i] : -nonZero[i];
                }
                hits += Math.abs(sum) >= bar ? 1 : 0;
            }
            return (double) hits / (1L << m);
        }
        var random = new SplittableRandom(seed);
        long hits = 0;
        for (int r = 0; r < draws; r++) {
            double sum = 0;
            for (double x : nonZero) {
                sum += random.nextBoolean() ? x : -x;
            }
            hits += Math.abs(sum) >= bar ? 1 : 0;
        }
        return (1.0 + hits) / (1.0 + draws);
    }
}
