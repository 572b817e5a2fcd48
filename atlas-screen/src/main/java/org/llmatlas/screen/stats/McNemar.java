package org.llmatlas.screen.stats;

/**
 * The exact (conditional) McNemar test: under the null hypothesis that two candidates succeed equally often on
 * the same items, the discordant pairs split as Binomial(b + c, 1/2). Exact because screening suites often have
 * few discordant pairs, where the chi-square approximation is poor.
 */
public final class McNemar {

    private McNemar() {}

    /**
     * Two-sided exact p-value for {@code b} pairs where only A succeeded and {@code c} where only B succeeded:
     * min(1, 2 · P(X ≤ min(b, c))), X ~ Binomial(b + c, 1/2).
     */
    public static double exactPValue(int b, int c) {
        if (b < 0 || c < 0) {
            throw new IllegalArgumentException("negative count");
        }
        int n = b + c;
        if (n == 0) {
            return 1.0;
        }
        int k = Math.min(b, c);
        double tail = 0;
        for (int i = 0; i <= k; i++) {
            tail += Math.exp(logChoose(n, i) - n * Math.log(2));
        }
        return Math.min(1.0, 2 * tail);
    }

    static double logChoose(int n, int k) {
        return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
    }

    private static double logFactorial(int n) {
        double s = 0;
        for (int i = 2; i <= n; i++) {
            s += Math.log(i);
        }
        return s;
    }
}
