package org.llmatlas.screen.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down correction (Holm 1979) for the family of per-category comparisons: a report that tests ten
 * categories would otherwise find a "significant" difference by chance. Controls the family-wise error rate
 * without Bonferroni's loss of power.
 */
public final class Holm {

    private Holm() {}

    /** Adjusted p-values, in the order of the input. */
    public static double[] adjust(double[] p) {
        int m = p.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1.0, (m - rank) * p[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
