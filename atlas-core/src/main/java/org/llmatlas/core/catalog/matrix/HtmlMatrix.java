package org.llmatlas.core.catalog.matrix;

import java.util.List;
import org.llmatlas.core.catalog.Method;
import org.llmatlas.core.catalog.Remedy;

/**
 * The matrix as a self-contained, accessible HTML page: a real {@code <table>} with a caption, column and row
 * headers ({@code scope}), phases spanning their rows, and methods as lists. No scripts, no external files.
 */
public final class HtmlMatrix {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a}
            table{border-collapse:collapse;width:100%}
            caption{text-align:left;font-weight:600;font-size:1.2rem;margin-bottom:.5rem}
            th,td{border:1px solid #767676;padding:.4rem .6rem;vertical-align:top;text-align:left}
            thead th{background:#e8eef7}
            tbody th{background:#f4f4f4}
            ul{margin:0;padding-left:1.1rem}
            .none{color:#595959;font-style:italic}
            """;

    private HtmlMatrix() {}

    public static String render(Matrix matrix) {
        StringBuilder out = new StringBuilder();
        String caption =
                matrix.title() + (matrix.objective() == null ? "" : " — methods serving " + matrix.objective());
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(escape(caption))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n<table>\n<caption>")
                .append(escape(caption))
                .append(": adoption phases and agency problems (rows) × remedies (columns)</caption>\n")
                .append("<thead>\n<tr><th scope=\"col\">Phase</th><th scope=\"col\">Agency problem</th>");
        for (Remedy remedy : matrix.remedies()) {
            out.append("<th scope=\"col\">").append(escape(remedy.name())).append("</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        List<Matrix.Row> rows = matrix.rows();
        for (int i = 0; i < rows.size(); i++) {
            Matrix.Row row = rows.get(i);
            out.append("<tr>");
            if (i == 0 || !rows.get(i - 1).phase().equals(row.phase())) {
                long span =
                        rows.stream().filter(r -> r.phase().equals(row.phase())).count();
                out.append("<th scope=\"rowgroup\"")
                        .append(span > 1 ? " rowspan=\"" + span + "\"" : "")
                        .append('>')
                        .append(escape(row.phase().name()))
                        .append("</th>");
            }
            out.append("<th scope=\"row\">")
                    .append(escape(Matrix.problemLabel(row.problem())))
                    .append("</th>");
            for (List<Method> methods : row.cells()) {
                out.append("<td>");
                if (methods.isEmpty()) {
                    out.append("<span class=\"none\">none</span>");
                } else {
                    out.append("<ul>");
                    methods.forEach(
                            m -> out.append("<li>").append(escape(m.name())).append("</li>"));
                    out.append("</ul>");
                }
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
