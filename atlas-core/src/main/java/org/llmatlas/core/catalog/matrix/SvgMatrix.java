package org.llmatlas.core.catalog.matrix;

import java.util.ArrayList;
import java.util.List;
import org.llmatlas.core.catalog.Method;
import org.llmatlas.core.catalog.Remedy;

/**
 * The matrix as a standalone SVG image (for slides and papers), with a {@code <title>} and {@code <desc>} for
 * screen readers. Text wraps by an average glyph width, which is good enough for the sans-serif fonts browsers pick.
 */
public final class SvgMatrix {

    private static final int PHASE_WIDTH = 170;
    private static final int PROBLEM_WIDTH = 170;
    private static final int REMEDY_WIDTH = 210;
    private static final int LINE = 16;
    private static final int PAD = 8;
    private static final double GLYPH = 6.6;

    private SvgMatrix() {}

    public static String render(Matrix matrix) {
        int columns = matrix.remedies().size();
        int width = PHASE_WIDTH + PROBLEM_WIDTH + columns * REMEDY_WIDTH;
        List<List<List<String>>> rows = new ArrayList<>();
        List<Integer> heights = new ArrayList<>();
        for (Matrix.Row row : matrix.rows()) {
            List<List<String>> cells = new ArrayList<>();
            cells.add(lines(row.phase().name(), PHASE_WIDTH));
            cells.add(lines(Matrix.problemLabel(row.problem()), PROBLEM_WIDTH));
            for (List<Method> methods : row.cells()) {
                cells.add(lines(
                        String.join(
                                "\n", methods.stream().map(m -> "• " + m.name()).toList()),
                        REMEDY_WIDTH));
            }
            rows.add(cells);
            heights.add(cells.stream().mapToInt(List::size).max().orElse(1) * LINE + 2 * PAD);
        }
        int headerHeight = LINE + 2 * PAD;
        int titleHeight = 30;
        int height = titleHeight
                + headerHeight
                + heights.stream().mapToInt(Integer::intValue).sum()
                + 1;
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width + 1)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width + 1)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"title desc\" font-family=\"sans-serif\" font-size=\"12\">\n")
                .append("<title id=\"title\">")
                .append(HtmlMatrix.escape(matrix.title()))
                .append("</title>\n<desc id=\"desc\">Adoption phases and agency problems (rows) by remedies (columns),"
                        + " with the alignment methods in each cell.</desc>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                .append("<text x=\"0\" y=\"20\" font-size=\"16\" font-weight=\"bold\">")
                .append(HtmlMatrix.escape(matrix.title()))
                .append("</text>\n");
        List<String> headers = new ArrayList<>(List.of("Phase", "Agency problem"));
        matrix.remedies().stream().map(Remedy::name).forEach(headers::add);
        int y = titleHeight;
        int x = 0;
        for (int c = 0; c < headers.size(); c++) {
            int w = columnWidth(c);
            cell(out, x, y, w, headerHeight, List.of(headers.get(c)), "#e8eef7", true);
            x += w;
        }
        y += headerHeight;
        for (int r = 0; r < rows.size(); r++) {
            x = 0;
            for (int c = 0; c < rows.get(r).size(); c++) {
                int w = columnWidth(c);
                cell(out, x, y, w, heights.get(r), rows.get(r).get(c), c < 2 ? "#f4f4f4" : "#ffffff", c == 0);
                x += w;
            }
            y += heights.get(r);
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private static int columnWidth(int column) {
        return column == 0 ? PHASE_WIDTH : column == 1 ? PROBLEM_WIDTH : REMEDY_WIDTH;
    }

    private static List<String> lines(String text, int width) {
        return TextMatrix.wrap(text, (int) ((width - 2 * PAD) / GLYPH));
    }

    private static void cell(
            StringBuilder out, int x, int y, int w, int h, List<String> lines, String fill, boolean bold) {
        out.append("<rect x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(w)
                .append("\" height=\"")
                .append(h)
                .append("\" fill=\"")
                .append(fill)
                .append("\" stroke=\"#767676\"/>\n");
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            out.append("<text x=\"")
                    .append(x + PAD)
                    .append("\" y=\"")
                    .append(y + PAD + (i + 1) * LINE - 4)
                    .append('"')
                    .append(bold ? " font-weight=\"bold\"" : "")
                    .append('>')
                    .append(HtmlMatrix.escape(lines.get(i)))
                    .append("</text>\n");
        }
    }
}
