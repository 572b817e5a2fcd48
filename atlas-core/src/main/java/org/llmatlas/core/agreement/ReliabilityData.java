package org.llmatlas.core.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Krippendorff's "reliability data matrix": one row per coded unit, one column per coder, {@code null} where a coder
 * did not code that unit. Agreement statistics read from it; it holds no opinion on which statistic fits.
 *
 * @param coders the coder names, in column order
 * @param units one list per unit with exactly one (possibly {@code null}) value per coder
 * @param <T> the type of a code
 */
public record ReliabilityData<T>(List<String> coders, List<List<T>> units) {

    public ReliabilityData {
        coders = List.copyOf(coders);
        List<List<T>> copy = new ArrayList<>(units.size());
        for (int u = 0; u < units.size(); u++) {
            List<T> row = units.get(u);
            if (row.size() != coders.size()) {
                throw new IllegalArgumentException("unit " + u + " has " + row.size() + " values but there are "
                        + coders.size() + " coders; use null for a value a coder did not give");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        units = List.copyOf(copy);
    }

    /** Starts an empty matrix for the given coders; add units with {@link #withUnit(List)}. */
    public static <T> ReliabilityData<T> of(List<String> coders) {
        return new ReliabilityData<>(coders, List.of());
    }

    public ReliabilityData<T> withUnit(List<T> values) {
        List<List<T>> more = new ArrayList<>(units);
        more.add(values);
        return new ReliabilityData<>(coders, more);
    }

    /** The values that two coders both gave, unit by unit: the input of Cohen's kappa. */
    public List<Pair<T>> pairs(String coderA, String coderB) {
        int a = column(coderA);
        int b = column(coderB);
        List<Pair<T>> pairs = new ArrayList<>();
        for (List<T> unit : units) {
            if (unit.get(a) != null && unit.get(b) != null) {
                pairs.add(new Pair<>(unit.get(a), unit.get(b)));
            }
        }
        return pairs;
    }

    private int column(String coder) {
        int index = coders.indexOf(coder);
        if (index < 0) {
            throw new IllegalArgumentException("unknown coder " + coder + "; known: " + coders);
        }
        return index;
    }

    /** The two codes that two coders gave to one unit. */
    public record Pair<T>(T first, T second) {
        public Pair {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }
    }
}
