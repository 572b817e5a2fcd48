package org.llmatlas.screen.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Embedding-free similarity: ROUGE-L F1 (Lin 2004) over lower-cased word tokens, the measure TruthfulQA reports
 * alongside BLEU and BLEURT for generation. Chosen over embeddings so that scoring needs no model download and every
 * figure can be recomputed by hand.
 */
public final class TextSimilarity {

    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "of", "to", "in", "on", "and", "or", "is", "are", "was", "it", "that", "this", "be",
            "for", "with", "as", "at", "by", "if", "you", "your", "i");

    private TextSimilarity() {}

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Tokens without stop words: for topical overlap, where "the" says nothing. */
    public static List<String> contentTokens(String text) {
        return tokens(text).stream().filter(t -> !STOP.contains(t)).toList();
    }

    /** ROUGE-L F1 of two texts in [0, 1]. */
    public static double rougeL(String candidate, String reference) {
        List<String> c = tokens(candidate);
        List<String> r = tokens(reference);
        if (c.isEmpty() || r.isEmpty()) {
            return 0;
        }
        int lcs = lcs(c, r);
        if (lcs == 0) {
            return 0;
        }
        double precision = (double) lcs / c.size();
        double recall = (double) lcs / r.size();
        return 2 * precision * recall / (precision + recall);
    }

    static int lcs(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        for (String x : a) {
            int[] cur = new int[b.size() + 1];
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = x.equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            prev = cur;
        }
        return prev[b.size()];
    }

    /** Best ROUGE-L of {@code text} against any of {@code references}. */
    public static double best(String text, List<String> references) {
        return references.stream().mapToDouble(r -> rougeL(text, r)).max().orElse(0);
    }

    /**
     * Share of topic terms the text mentions, matching on a 5-letter stem so that "savings" matches "saving".
     */
    public static double topicCoverage(String text, List<String> topics) {
        List<String> words = contentTokens(text);
        if (topics.isEmpty()) {
            return 0;
        }
        long hit = topics.stream()
                .filter(topic -> contentTokens(topic).stream()
                        .anyMatch(t -> words.stream().anyMatch(w -> stem(w).equals(stem(t)))))
                .count();
        return (double) hit / topics.size();
    }

    private static String stem(String w) {
        return w.length() <= 5 ? w : w.substring(0, 5);
    }
}
