package org.llmatlas.screen.suite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * A deterministic stratified sample of a suite's probes, so that a full BBQ run (58,492 items per candidate) is not
 * forced when a smaller one answers the question. Strata are category × context condition (BBQ's ambiguous and
 * disambiguated items), so every bias score keeps its mix. Each stratum gets a share of n proportional to its size
 * (largest remainders, ties to the earlier stratum), drawn by a seeded shuffle; the sample keeps the suite's order.
 */
public final class SuiteSample {

    private SuiteSample() {}

    /** {@code n} probes of {@code suite}, or the whole suite when it has no more than {@code n}. */
    public static Suite of(Suite suite, int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("a sample needs at least 1 item, was " + n);
        }
        List<Probe> all = suite.probes();
        if (n >= all.size()) {
            return suite;
        }
        Map<String, List<Integer>> strata = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Probe p = all.get(i);
            String key = p.category() + "|" + String.join(",", p.expected().tagged("context"));
            strata.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<String> keys = List.copyOf(strata.keySet());
        int[] quota = new int[keys.size()];
        double[] remainder = new double[keys.size()];
        int given = 0;
        for (int s = 0; s < keys.size(); s++) {
            double exact = (double) n * strata.get(keys.get(s)).size() / all.size();
            quota[s] = (int) Math.floor(exact);
            remainder[s] = exact - quota[s];
            given += quota[s];
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int s = 0; s < keys.size(); s++) {
            byRemainder.add(s);
        }
        byRemainder.sort(Comparator.comparingDouble((Integer s) -> -remainder[s]));
        for (int k = 0; given < n; k++, given++) {
            quota[byRemainder.get(k)]++;
        }
        TreeSet<Integer> chosen = new TreeSet<>();
        for (int s = 0; s < keys.size(); s++) {
            List<Integer> members = new ArrayList<>(strata.get(keys.get(s)));
            Collections.shuffle(
                    members, new Random(seed * 1_000_003L + keys.get(s).hashCode()));
            chosen.addAll(members.subList(0, quota[s]));
        }
        List<Probe> sample = chosen.stream().map(all::get).toList();
        return new Suite(
                suite.id(),
                suite.source() + " (stratified sample of " + n + " of " + all.size() + " items, seed " + seed + ")",
                suite.sha256(),
                suite.licence(),
                sample);
    }
}
