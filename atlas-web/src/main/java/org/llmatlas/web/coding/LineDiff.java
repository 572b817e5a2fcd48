package org.llmatlas.web.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff (longest common subsequence) between the current release's entity and the proposed one: what a
 * proposal changes, shown the way a reviewer reads a patch. Entities are a few dozen lines, so O(n·m) is fine.
 */
public final class LineDiff {

    /** One line of the diff: {@code op} is ' ' (unchanged), '+' (added) or '-' (removed). */
    public record Line(char op, String text) {
        public String css() {
            return switch (op) {
                case '+' -> "diff-add";
                case '-' -> "diff-del";
                default -> "diff-same";
            };
        }
    }

    private LineDiff() {}

    public static List<Line> between(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> diff = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                diff.add(new Line(' ', a.get(i++)));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                diff.add(new Line('-', a.get(i++)));
            } else {
                diff.add(new Line('+', b.get(j++)));
            }
        }
        while (i < a.size()) {
            diff.add(new Line('-', a.get(i++)));
        }
        while (j < b.size()) {
            diff.add(new Line('+', b.get(j++)));
        }
        return diff;
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return text.replace("\r\n", "\n").lines().toList();
    }
}
