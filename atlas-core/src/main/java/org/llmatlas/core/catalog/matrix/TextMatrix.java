package org.llmatlas.core.catalog.matrix;

import java.util.ArrayList;
import java.util.List;
import org.llmatlas.core.catalog.Method;
import org.llmatlas.core.catalog.Remedy;

/**
 * Draws the matrix as a box-drawing table that fits a terminal width: columns shrink in proportion to how much text
 * they hold, and text wraps at word boundaries inside its cell (words longer than a column are split). Rows of the
 * same phase share the phase cell.
 */
public final class TextMatrix {

    /** Narrowest a column may get; below that, tables become unreadable rather than smaller. */
    static final int MIN_COLUMN = 8;

    /** Words up to this length are never split ("characteristics" is 15); longer ones may be. */
    static final int MAX_WORD = 16;

    private TextMatrix() {}

    public static String render(Matrix matrix, int width) {
        List<String> headers = new ArrayList<>(List.of("Phase", "Agency problem"));
        matrix.remedies().stream().map(Remedy::name).forEach(headers::add);
        List<List<String>> rows = new ArrayList<>();
        for (Matrix.Row row : matrix.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.phase().name());
            cells.add(Matrix.problemLabel(row.problem()));
            for (List<Method> methods : row.cells()) {
                cells.add(String.join(
                        "\n", methods.stream().map(m -> "• " + m.name()).toList()));
            }
            rows.add(cells);
        }
        int[] widths = widths(headers, rows, width);
        StringBuilder out = new StringBuilder();
        out.append(matrix.title());
        if (matrix.objective() != null) {
            out.append(" — methods serving ").append(matrix.objective());
        }
        out.append('\n');
        line(out, widths, '┌', '┬', '┐', false);
        cells(out, widths, headers);
        line(out, widths, '╞', '╪', '╡', false);
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = new ArrayList<>(rows.get(i));
            boolean samePhaseAsAbove = i > 0
                    && matrix.rows()
                            .get(i - 1)
                            .phase()
                            .equals(matrix.rows().get(i).phase());
            if (samePhaseAsAbove) {
                cells.set(0, "");
            }
            cells(out, widths, cells);
            if (i + 1 < rows.size()) {
                boolean nextSamePhase = matrix.rows()
                        .get(i + 1)
                        .phase()
                        .equals(matrix.rows().get(i).phase());
                line(out, widths, '├', '┼', '┤', nextSamePhase);
            }
        }
        line(out, widths, '└', '┴', '┘', false);
        return out.toString();
    }

    /** Column widths (text only, without padding and borders) that fit {@code total} characters. */
    static int[] widths(List<String> headers, List<List<String>> rows, int total) {
        int columns = headers.size();
        int[] natural = new int[columns];
        int[] minimum = new int[columns];
        for (int c = 0; c < columns; c++) {
            natural[c] = longestLine(headers.get(c));
            minimum[c] = Math.min(longestWord(headers.get(c)), MAX_WORD);
            for (List<String> row : rows) {
                natural[c] = Math.max(natural[c], longestLine(row.get(c)));
                minimum[c] = Math.max(minimum[c], Math.min(longestWord(row.get(c)), MAX_WORD));
            }
            minimum[c] = Math.max(Math.min(MIN_COLUMN, natural[c]), minimum[c]);
        }
        int available = total - (3 * columns + 1);
        int naturalSum = sum(natural);
        if (naturalSum <= available) {
            return natural;
        }
        int[] widths = minimum.clone();
        int spare = available - sum(minimum);
        while (spare < 0) { // too narrow even for whole words: take from the widest column, down to MIN_COLUMN
            int widest = 0;
            for (int c = 1; c < columns; c++) {
                widest = widths[c] > widths[widest] ? c : widest;
            }
            if (widths[widest] <= MIN_COLUMN) {
                break;
            }
            widths[widest]--;
            spare++;
        }
        if (spare > 0) {
            int wanted = naturalSum - sum(minimum);
            for (int c = 0; c < columns; c++) {
                widths[c] += (int) ((long) spare * (natural[c] - minimum[c]) / wanted);
            }
        }
        return widths;
    }

    /**
     * Wraps text to {@code width} at spaces; words longer than a line split after a hyphen if they have one, else
     * anywhere. Keeps line breaks; indents the continuation lines of bullet items.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            String indent = paragraph.startsWith("• ") && width > 4 ? "  " : "";
            StringBuilder line = new StringBuilder();
            boolean fresh = true;
            String[] words = paragraph.split(" +");
            if (!indent.isEmpty() && words.length > 1) { // keep the bullet with its first word
                words = java.util.Arrays.copyOfRange(words, 1, words.length);
                words[0] = "• " + words[0];
            }
            for (String word : words) {
                if (word.isEmpty()) {
                    continue;
                }
                int separator = fresh ? 0 : 1;
                if (line.length() + separator + word.length() <= width) {
                    line.append(fresh ? "" : " ").append(word);
                    fresh = false;
                    continue;
                }
                if (!fresh) {
                    lines.add(line.toString());
                    line = new StringBuilder(indent);
                }
                while (line.length() + word.length() > width) {
                    int room = width - line.length();
                    int hyphen = word.lastIndexOf('-', room - 1);
                    room = hyphen > 2 ? hyphen + 1 : room;
                    lines.add(line + word.substring(0, room));
                    word = word.substring(room);
                    line = new StringBuilder(indent);
                }
                line.append(word);
                fresh = false;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static void cells(StringBuilder out, int[] widths, List<String> cells) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < widths.length; c++) {
            List<String> lines = wrap(cells.get(c), widths[c]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int h = 0; h < height; h++) {
            out.append('│');
            for (int c = 0; c < widths.length; c++) {
                String text = h < wrapped.get(c).size() ? wrapped.get(c).get(h) : "";
                out.append(' ')
                        .append(text)
                        .append(" ".repeat(widths[c] - text.length()))
                        .append(" │");
            }
            out.append('\n');
        }
    }

    private static void line(StringBuilder out, int[] widths, char left, char cross, char right, boolean openFirst) {
        char fill = left == '╞' ? '═' : '─';
        out.append(openFirst ? '│' : left);
        for (int c = 0; c < widths.length; c++) {
            char segment = openFirst && c == 0 ? ' ' : fill;
            out.append(String.valueOf(segment).repeat(widths[c] + 2));
            if (c + 1 < widths.length) {
                out.append(openFirst && c == 0 ? '├' : cross);
            }
        }
        out.append(right).append('\n');
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n")) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("[\\s]+")) {
            longest = Math.max(longest, word.length() + (text.contains("• ") ? 2 : 0));
        }
        return longest;
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int value : values) {
            total += value;
        }
        return total;
    }
}
