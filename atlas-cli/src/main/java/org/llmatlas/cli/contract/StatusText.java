package org.llmatlas.cli.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.Phase;
import org.llmatlas.core.catalog.Remedy;
import org.llmatlas.core.contract.CellResult;
import org.llmatlas.core.contract.CellState;
import org.llmatlas.core.contract.ClauseResult;
import org.llmatlas.core.contract.ClauseState;
import org.llmatlas.core.contract.Contract;
import org.llmatlas.core.contract.StatusReport;

/** The terminal form of the status report: the phase × problem × remedy matrix, then every clause with its reason. */
final class StatusText {

    private final Catalog catalog;

    StatusText(Catalog catalog) {
        this.catalog = catalog;
    }

    String render(StatusReport report) {
        StringBuilder out = new StringBuilder();
        Contract contract = report.contract();
        out.append("Contract ")
                .append(contract.name())
                .append(" (")
                .append(contract.file())
                .append("), risk tier ")
                .append(contract.businessProblem().riskTier().yaml())
                .append(", catalog ")
                .append(report.catalogVersion())
                .append('\n');
        out.append("Evaluated ").append(report.evaluatedAt()).append("\n\n");
        matrix(out, StatusMatrix.of(report, catalog));
        out.append('\n');
        clauses(out, report);
        out.append('\n').append(summary(report)).append('\n');
        return out.toString();
    }

    private void matrix(StringBuilder out, StatusMatrix matrix) {
        out.append("Residual information asymmetry (✓ covered, ✗ failing or open, – not applicable)\n");
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Phase", "Agency problem"));
        matrix.remedies().forEach(remedy -> header.add(remedy.name()));
        table.add(header);
        for (StatusMatrix.Row row : matrix.rows()) {
            List<String> line = new ArrayList<>(List.of(row.phase().id(), row.problemName()));
            for (CellResult cell : row.cells()) {
                String count = cell.clauses().isEmpty()
                        ? ""
                        : " " + cell.satisfied() + "/" + cell.clauses().size();
                line.add(StatusMatrix.symbol(cell.state()) + " " + StatusMatrix.word(cell.state())
                        + (cell.state() == CellState.NOT_APPLICABLE ? "" : count));
            }
            table.add(line);
        }
        int[] widths = new int[header.size()];
        for (List<String> line : table) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (List<String> line : table) {
            StringBuilder text = new StringBuilder("  ");
            for (int i = 0; i < line.size(); i++) {
                text.append(String.format("%-" + widths[i] + "s", line.get(i)));
                if (i < line.size() - 1) {
                    text.append("  ");
                }
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
        for (Phase phase : matrix.phasesWithoutProblems()) {
            out.append("  ").append(phase.id()).append(": no agency problem arises here; it frames all others\n");
        }
        if (!matrix.leftOut().isEmpty()) {
            out.append("  Not part of this adoption: ")
                    .append(matrix.leftOut().stream().map(Phase::id).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        out.append("  k/n = satisfied of n clauses in the cell; remedies: ")
                .append(matrix.remedies().stream().map(Remedy::id).collect(Collectors.joining(", ")))
                .append('\n');
    }

    private static void clauses(StringBuilder out, StatusReport report) {
        long satisfied =
                report.clauses().stream().filter(ClauseResult::isSatisfied).count();
        out.append("Clauses (")
                .append(satisfied)
                .append(" of ")
                .append(report.clauses().size())
                .append(" satisfied)\n");
        int idWidth = report.clauses().stream()
                .mapToInt(r -> r.clause().id().length())
                .max()
                .orElse(0);
        for (ClauseResult result : report.clauses()) {
            out.append(String.format(
                    "  %s %-16s %-" + idWidth + "s  %s%n",
                    StatusMatrix.symbol(result.state()),
                    result.state().name(),
                    result.clause().id(),
                    result.reason()));
        }
    }

    private static String summary(StatusReport report) {
        Map<ClauseState, Long> clauses = report.clauseCounts();
        Map<CellState, Long> cells = report.cellCounts();
        String clauseText = clauses.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " "
                        + e.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
        return (report.allSatisfied() ? "PASS" : "OPEN") + ": " + (clauseText.isEmpty() ? "no clauses" : clauseText)
                + "; cells " + cells.get(CellState.COVERED) + " covered, " + cells.get(CellState.FAILING)
                + " failing, " + cells.get(CellState.OPEN) + " open.";
    }
}
