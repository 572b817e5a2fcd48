package org.llmatlas.cli.contract;

import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.Phase;
import org.llmatlas.core.catalog.Remedy;
import org.llmatlas.core.contract.CellResult;
import org.llmatlas.core.contract.ClauseResult;
import org.llmatlas.core.contract.Contract;
import org.llmatlas.core.contract.StatusReport;

/** The status report as one self-contained HTML page (inline CSS, no scripts), to attach to a CI run or an audit. */
final class StatusHtml {

    private static final String CSS = """
            body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d232a}
            h1{font-size:1.5rem;margin-bottom:.2rem}.meta{color:#555;margin-top:0}
            table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #d0d7de;padding:.4rem .6rem;\
            text-align:left;vertical-align:top}th{background:#f3f5f7}
            .COVERED,.SATISFIED{background:#dcf5e3}.FAILING,.FAILED{background:#fde2e1}.OPEN,.MISSING_EVIDENCE,\
            .STALE{background:#fff3cd}.TAMPERED{background:#f8c9c6}.NOT_APPLICABLE{color:#8a949e;background:#fafbfc}
            .state{font-weight:600}.reason{color:#444;font-size:.9em}code{font-size:.92em}
            .verdict{font-size:1.1rem;font-weight:600;padding:.5rem .8rem;display:inline-block;border-radius:4px}
            """;

    private final Catalog catalog;

    StatusHtml(Catalog catalog) {
        this.catalog = catalog;
    }

    String render(StatusReport report) {
        Contract contract = report.contract();
        StatusMatrix matrix = StatusMatrix.of(report, catalog);
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>LLM ATLAS contract status: ")
                .append(esc(contract.name()))
                .append("</title><style>")
                .append(CSS)
                .append("</style></head><body>\n");
        html.append("<h1>Residual information asymmetry: ")
                .append(esc(contract.name()))
                .append("</h1>\n<p class=\"meta\">")
                .append(esc(contract.businessProblem().useCase()))
                .append("<br>Risk tier <b>")
                .append(esc(contract.businessProblem().riskTier().yaml()))
                .append("</b> · catalog ")
                .append(esc(report.catalogVersion()))
                .append(" · evaluated ")
                .append(esc(report.evaluatedAt().toString()))
                .append("</p>\n");
        html.append("<p class=\"verdict ")
                .append(report.allSatisfied() ? "SATISFIED" : "FAILED")
                .append("\">")
                .append(report.allSatisfied() ? "Every clause is satisfied" : "Some clauses are not satisfied")
                .append("</p>\n");
        html.append("<table><thead><tr><th>Phase</th><th>Agency problem</th>");
        for (Remedy remedy : matrix.remedies()) {
            html.append("<th>").append(esc(remedy.name())).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        for (StatusMatrix.Row row : matrix.rows()) {
            html.append("<tr><td>")
                    .append(esc(row.phase().name()))
                    .append("<br><code>")
                    .append(esc(row.phase().id()))
                    .append("</code></td><td>")
                    .append(esc(row.problemName()))
                    .append("</td>");
            for (CellResult cell : row.cells()) {
                html.append("<td class=\"")
                        .append(cell.state().name())
                        .append("\" title=\"")
                        .append(esc(cell.reason()))
                        .append("\"><span class=\"state\">")
                        .append(StatusMatrix.symbol(cell.state()))
                        .append(' ')
                        .append(StatusMatrix.word(cell.state()))
                        .append("</span>");
                for (String id : cell.clauses()) {
                    html.append("<br><a href=\"#")
                            .append(esc(id))
                            .append("\"><code>")
                            .append(esc(id))
                            .append("</code></a>");
                }
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table>\n");
        for (Phase phase : matrix.leftOut()) {
            html.append("<p class=\"reason\">Not part of this adoption: ")
                    .append(esc(phase.name()))
                    .append(" (<code>")
                    .append(esc(phase.id()))
                    .append("</code>)</p>\n");
        }
        html.append("<h2>Clauses</h2>\n<table><thead><tr><th>Clause</th><th>Cell</th><th>Instrument</th>")
                .append("<th>Threshold</th><th>State</th></tr></thead><tbody>\n");
        for (ClauseResult result : report.clauses()) {
            html.append("<tr id=\"")
                    .append(esc(result.clause().id()))
                    .append("\"><td><code>")
                    .append(esc(result.clause().id()))
                    .append("</code><br>")
                    .append(esc(result.clause().title()))
                    .append("</td><td>")
                    .append(esc(result.clause().phase()
                            + " × "
                            + result.clause().problem()
                            + " × "
                            + result.clause().remedy()))
                    .append("<br><code>")
                    .append(esc(result.clause().method()))
                    .append("</code></td><td><code>")
                    .append(esc(result.clause().instrument()))
                    .append("</code></td><td><code>")
                    .append(esc(result.clause().threshold().toString()))
                    .append("</code></td><td class=\"")
                    .append(result.state().name())
                    .append("\"><span class=\"state\">")
                    .append(result.state().name())
                    .append("</span><div class=\"reason\">")
                    .append(esc(result.reason()))
                    .append("</div></td></tr>\n");
        }
        html.append(
                        "</tbody></table>\n<p class=\"reason\">Generated by <code>atlas contract status --format html</code>.")
                .append(" Evidence format: atlas-evidence/1.</p>\n</body></html>\n");
        return html.toString();
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
