package org.llmatlas.core.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.llmatlas.core.agreement.ReliabilityData.Pair;

/**
 * The agreement statistics that the website reports for blind double coding. All return {@link Double#NaN} when a
 * statistic is undefined (no pairable values, or chance agreement already 1 so that there is nothing to correct
 * for); callers show that as "n/a" rather than as a number.
 *
 * <p>Why three statistics: raw percent agreement is what coders understand; Cohen's kappa corrects it for chance for
 * one pair of coders (the paper's two-coder method); Krippendorff's alpha does the same for any number of coders
 * (an LLM as third coder), tolerates missing codes, and takes a distance so that sets of objectives can be compared.
 */
public final class Agreement {

    private Agreement() {}

    /** Share of pairs whose two codes are equal. */
    public static <T> double percentAgreement(List<Pair<T>> pairs) {
        if (pairs.isEmpty()) {
            return Double.NaN;
        }
        long agreeing = pairs.stream()
                .filter(p -> Objects.equals(p.first(), p.second()))
                .count();
        return (double) agreeing / pairs.size();
    }

    /**
     * Raw percent agreement over several coders: per unit with at least two codes, the share of coder pairs that
     * agree; then the mean over those units. For two coders this equals {@link #percentAgreement(List)}.
     */
    public static <T> double percentAgreement(ReliabilityData<T> data) {
        double sum = 0;
        int counted = 0;
        for (List<T> unit : data.units()) {
            List<T> values = present(unit);
            if (values.size() < 2) {
                continue;
            }
            int pairs = 0;
            int agreeing = 0;
            for (int i = 0; i < values.size(); i++) {
                for (int j = i + 1; j < values.size(); j++) {
                    pairs++;
                    if (values.get(i).equals(values.get(j))) {
                        agreeing++;
                    }
                }
            }
            sum += (double) agreeing / pairs;
            counted++;
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }

    /**
     * Cohen's kappa for two coders and nominal codes: (p_o − p_e) / (1 − p_e), with p_e from each coder's own
     * marginal distribution.
     */
    public static <T> double cohensKappa(List<Pair<T>> pairs) {
        if (pairs.isEmpty()) {
            return Double.NaN;
        }
        int n = pairs.size();
        Map<T, Integer> first = new HashMap<>();
        Map<T, Integer> second = new HashMap<>();
        int agreeing = 0;
        for (Pair<T> pair : pairs) {
            first.merge(pair.first(), 1, Integer::sum);
            second.merge(pair.second(), 1, Integer::sum);
            if (pair.first().equals(pair.second())) {
                agreeing++;
            }
        }
        double observed = (double) agreeing / n;
        double expected = 0;
        for (Map.Entry<T, Integer> entry : first.entrySet()) {
            expected += (double) entry.getValue() / n * second.getOrDefault(entry.getKey(), 0) / n;
        }
        if (expected >= 1.0) {
            return Double.NaN;
        }
        return (observed - expected) / (1.0 - expected);
    }

    /**
     * Cohen's kappa per label for set-valued codes: each label becomes a yes/no decision ("did the coder pick this
     * label?") and gets its own kappa. Labels that neither coder used never appear.
     */
    public static <L extends Comparable<L>> Map<L, Double> perLabelKappa(List<Pair<Set<L>>> pairs) {
        Set<L> labels = new LinkedHashSet<>();
        pairs.forEach(p -> {
            labels.addAll(p.first());
            labels.addAll(p.second());
        });
        Map<L, Double> kappas = new TreeMap<>();
        for (L label : labels) {
            List<Pair<Boolean>> binary = pairs.stream()
                    .map(p -> new Pair<>(p.first().contains(label), p.second().contains(label)))
                    .toList();
            kappas.put(label, cohensKappa(binary));
        }
        return kappas;
    }

    /**
     * Krippendorff's alpha, 1 − D_o / D_e, for any number of coders and missing values, with the given distance
     * (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"). Units with fewer than two codes are not
     * pairable and are left out. With {@link Distance#nominal()} this is nominal alpha; with
     * {@link Distance#masi()} it compares label sets.
     */
    public static <T> double krippendorffAlpha(ReliabilityData<T> data, Distance<T> distance) {
        List<List<T>> pairable = new ArrayList<>();
        for (List<T> unit : data.units()) {
            List<T> values = present(unit);
            if (values.size() >= 2) {
                pairable.add(values);
            }
        }
        List<T> all = pairable.stream().flatMap(List::stream).toList();
        int n = all.size();
        if (n < 2) {
            return Double.NaN;
        }
        double observed = 0;
        for (List<T> values : pairable) {
            observed += sumOfOrderedPairDistances(values, distance) / (values.size() - 1);
        }
        observed /= n;
        double expected = sumOfOrderedPairDistances(all, distance) / ((double) n * (n - 1));
        if (expected == 0) {
            return Double.NaN;
        }
        return 1.0 - observed / expected;
    }

    /**
     * Σ δ(v_i, v_j) over ordered pairs i ≠ j, computed over distinct values with their counts so that nominal data
     * with many units stays linear in the number of values; a distance is 0 between a value and itself.
     */
    private static <T> double sumOfOrderedPairDistances(List<T> values, Distance<T> distance) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        List<Map.Entry<T, Integer>> distinct = new ArrayList<>(counts.entrySet());
        double sum = 0;
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                double d = distance.between(
                        distinct.get(i).getKey(), distinct.get(j).getKey());
                sum += 2.0 * distinct.get(i).getValue() * distinct.get(j).getValue() * d;
            }
        }
        return sum;
    }

    private static <T> List<T> present(List<T> unit) {
        return unit.stream().filter(Objects::nonNull).toList();
    }
}
