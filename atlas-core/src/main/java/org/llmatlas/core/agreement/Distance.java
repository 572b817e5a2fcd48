package org.llmatlas.core.agreement;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A distance between two codes, from 0 (same) to 1 (completely different). Krippendorff's alpha is defined for any
 * such metric; choosing it is what makes alpha work for nominal fields and for sets of labels alike.
 *
 * @param <T> the type of a code
 */
@FunctionalInterface
public interface Distance<T> {

    double between(T a, T b);

    /** Nominal data: two codes agree when equal, else they disagree completely. */
    static <T> Distance<T> nominal() {
        return (a, b) -> Objects.equals(a, b) ? 0.0 : 1.0;
    }

    /**
     * Jaccard distance between two label sets: 1 − |A∩B| / |A∪B|; two empty sets are equal (distance 0).
     */
    static <L> Distance<Set<L>> jaccard() {
        return (a, b) -> 1.0 - jaccardIndex(a, b);
    }

    /**
     * MASI distance (Passonneau 2006) between two label sets: 1 − J·M, where J is the Jaccard index and M is 1 when
     * the sets are equal, 2/3 when one contains the other, 1/3 when they only overlap and 0 when they are disjoint.
     * It rewards subset relations more than partial overlap, which suits "objectives" where one coder lists fewer.
     */
    static <L> Distance<Set<L>> masi() {
        return (a, b) -> {
            if (a.equals(b)) {
                return 0.0;
            }
            double monotonicity;
            if (a.containsAll(b) || b.containsAll(a)) {
                monotonicity = 2.0 / 3.0;
            } else if (intersection(a, b).isEmpty()) {
                monotonicity = 0.0;
            } else {
                monotonicity = 1.0 / 3.0;
            }
            return 1.0 - jaccardIndex(a, b) * monotonicity;
        };
    }

    private static <L> double jaccardIndex(Set<L> a, Set<L> b) {
        Set<L> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 1.0;
        }
        return (double) intersection(a, b).size() / union.size();
    }

    private static <L> Set<L> intersection(Set<L> a, Set<L> b) {
        Set<L> common = new HashSet<>(a);
        common.retainAll(b);
        return common;
    }
}
