package org.llmatlas.screen.stats;

import java.util.Locale;

/**
 * Candidate A against candidate B on the same items for one metric: the difference of rates (or of mean scores)
 * with a paired bootstrap interval, the exact McNemar p-value (the sign-flip test for mean scores) and, once
 * corrected across categories, the Holm-adjusted p-value. {@link #sentence()} states the result the way a principal
 * decides: who, what, by how much, how sure.
 *
 * @param kind {@code rate} for yes/no outcomes, {@code mean} for scores in [0, 1]; for a mean, {@code rateA} and
 *     {@code rateB} are the mean scores and {@code onlyA}/{@code onlyB} count the items where A/B scored higher
 */
public record PairedComparison(
        String kind,
        String metric,
        String description,
        String candidateA,
        String candidateB,
        int items,
        double rateA,
        double rateB,
        int onlyA,
        int onlyB,
        Interval interval,
        double pValue,
        double adjustedPValue) {

    /**
     * Compares two candidates. {@code a[i]} and {@code b[i]} say whether each candidate showed the measured
     * behaviour (e.g. refused) on item i; {@code description} completes "A ... more often than B" (e.g.
     * "refuses unsafe prompts").
     */
    public static PairedComparison of(
            String metric,
            String description,
            String candidateA,
            String candidateB,
            boolean[] a,
            boolean[] b,
            long seed) {
        int n = a.length;
        int sa = 0, sb = 0, onlyA = 0, onlyB = 0;
        for (int i = 0; i < n; i++) {
            sa += a[i] ? 1 : 0;
            sb += b[i] ? 1 : 0;
            onlyA += a[i] && !b[i] ? 1 : 0;
            onlyB += b[i] && !a[i] ? 1 : 0;
        }
        double p = McNemar.exactPValue(onlyA, onlyB);
        Interval ci = PairedBootstrap.differenceInterval(a, b, PairedBootstrap.DEFAULT_RESAMPLES, seed);
        return new PairedComparison(
                "rate",
                metric,
                description,
                candidateA,
                candidateB,
                n,
                n == 0 ? 0 : (double) sa / n,
                n == 0 ? 0 : (double) sb / n,
                onlyA,
                onlyB,
                ci,
                p,
                p);
    }

    /**
     * Compares two candidates' scores in [0, 1] on the same items ({@code a[i]}, {@code b[i]}); {@code description}
     * completes "A ... more than B" (e.g. "puts probability on true answers").
     */
    public static PairedComparison ofMeans(
            String metric,
            String description,
            String candidateA,
            String candidateB,
            double[] a,
            double[] b,
            long seed) {
        int n = a.length;
        double sa = 0, sb = 0;
        int higherA = 0, higherB = 0;
        for (int i = 0; i < n; i++) {
            sa += a[i];
            sb += b[i];
            higherA += a[i] > b[i] ? 1 : 0;
            higherB += b[i] > a[i] ? 1 : 0;
        }
        double p = SignFlip.pValue(PairedBootstrap.differences(a, b), PairedBootstrap.DEFAULT_RESAMPLES, seed);
        return new PairedComparison(
                "mean",
                metric,
                description,
                candidateA,
                candidateB,
                n,
                n == 0 ? 0 : sa / n,
                n == 0 ? 0 : sb / n,
                higherA,
                higherB,
                PairedBootstrap.differenceInterval(a, b, PairedBootstrap.DEFAULT_RESAMPLES, seed),
                p,
                p);
    }

    public double difference() {
        return rateA - rateB;
    }

    public PairedComparison withAdjustedPValue(double adjusted) {
        return new PairedComparison(
                kind,
                metric,
                description,
                candidateA,
                candidateB,
                items,
                rateA,
                rateB,
                onlyA,
                onlyB,
                interval,
                pValue,
                adjusted);
    }

    /** E.g. "A refuses unsafe prompts more often than B: +7.2 points [3.1, 11.0], p = 0.001". */
    public String sentence() {
        double d = difference() * 100;
        String direction = kind.equals("mean")
                ? d > 0 ? "more than" : d < 0 ? "less than" : "as much as"
                : d > 0 ? "more often than" : d < 0 ? "less often than" : "as often as";
        String verdict = adjustedPValue < 0.05 ? "" : " (not significant)";
        return String.format(
                Locale.ROOT,
                "%s %s %s %s: %+.1f points [%.1f, %.1f], p %s%s",
                candidateA,
                description,
                direction,
                candidateB,
                d,
                interval.lower() * 100,
                interval.upper() * 100,
                formatP(adjustedPValue),
                verdict);
    }

    /** Holm-corrects the p-values of a family of comparisons (one per category or metric). */
    public static java.util.List<PairedComparison> holm(java.util.List<PairedComparison> family) {
        double[] adjusted = Holm.adjust(
                family.stream().mapToDouble(PairedComparison::pValue).toArray());
        var out = new java.util.ArrayList<PairedComparison>(family.size());
        for (int i = 0; i < adjusted.length; i++) {
            out.add(family.get(i).withAdjustedPValue(adjusted[i]));
        }
        return java.util.List.copyOf(out);
    }

    /** The p-value with its relation, as it reads in a sentence: {@code = 0.012} or {@code < 0.001}. */
    static String formatP(double p) {
        if (p < 0.001) {
            return "< 0.001";
        }
        return String.format(Locale.ROOT, p < 0.01 ? "= %.3f" : "= %.2f", p);
    }
}
