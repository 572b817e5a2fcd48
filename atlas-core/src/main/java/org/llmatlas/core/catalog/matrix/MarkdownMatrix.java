package org.llmatlas.core.catalog.matrix;

import java.util.ArrayList;
import java.util.List;
import org.llmatlas.core.catalog.Method;
import org.llmatlas.core.catalog.Remedy;

/** The matrix as a GitHub-flavoured Markdown table; methods in a cell are separated by {@code <br>}. */
public final class MarkdownMatrix {

    private MarkdownMatrix() {}

    public static String render(Matrix matrix) {
        List<String> headers = new ArrayList<>(List.of("Phase", "Agency problem"));
        matrix.remedies().stream().map(Remedy::name).forEach(headers::add);
        StringBuilder out = new StringBuilder();
        row(out, headers);
        row(out, headers.stream().map(h -> "---").toList());
        for (Matrix.Row row : matrix.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add("**" + escape(row.phase().name()) + "**");
            cells.add(escape(Matrix.problemLabel(row.problem())));
            for (List<Method> methods : row.cells()) {
                cells.add(String.join(
                        "<br>", methods.stream().map(m -> escape(m.name())).toList()));
            }
            row(out, cells);
        }
        return out.toString();
    }

    /** Escapes the characters that would break a table cell or start Markdown/HTML markup. */
    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("<", "&lt;")
                .replace("*", "\\*")
                .replace("_", "\\_")
                .replace("\n", " ");
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}
