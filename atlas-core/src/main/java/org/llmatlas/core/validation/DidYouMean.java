package org.llmatlas.core.validation;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Suggests the known name closest to a misspelt one ({@code M-DATA-CARD} → {@code M-DATA-CARDS}). Uses the
 * Damerau-Levenshtein distance (optimal string alignment: insertions, deletions, substitutions and swaps of two
 * neighbours), ignoring case, and only suggests when the distance is small relative to the name's length, or when
 * one name is a clear prefix of the other ({@code PH-DEPLOY} → {@code PH-DEPLOYMENT}).
 */
public final class DidYouMean {

    private static final int MIN_PREFIX = 5;

    private DidYouMean() {}

    public static Optional<String> suggest(String unknown, Collection<String> known) {
        if (unknown == null || unknown.isBlank()) {
            return Optional.empty();
        }
        String probe = unknown.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            String lower = candidate.toLowerCase(Locale.ROOT);
            int distance = distance(probe, lower);
            boolean close = distance <= threshold(probe.length(), lower.length()) || isClearPrefix(probe, lower);
            if (close
                    && (distance < bestDistance
                            || (distance == bestDistance && best != null && candidate.compareTo(best) < 0))) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best).filter(b -> !b.equals(unknown));
    }

    /** One edit per three characters, at least one and at most four. */
    static int threshold(int a, int b) {
        return Math.max(1, Math.min(4, Math.min(a, b) / 3));
    }

    private static boolean isClearPrefix(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= MIN_PREFIX && longer.startsWith(shorter);
    }

    /** Optimal string alignment distance. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
