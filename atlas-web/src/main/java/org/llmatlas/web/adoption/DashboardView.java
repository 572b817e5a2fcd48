package org.llmatlas.web.adoption;

import java.util.ArrayList;
import java.util.List;
import org.llmatlas.core.catalog.AgencyProblem;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.Phase;
import org.llmatlas.core.catalog.Remedy;
import org.llmatlas.core.contract.CellResult;
import org.llmatlas.core.contract.CellState;

/**
 * The residual-asymmetry dashboard laid out like the public matrix: one row group per phase, one row per agency
 * problem, one column per remedy; each cell carries its state as a word (colour is never the only cue), the clauses
 * behind it and the reason.
 */
public record DashboardView(List<Remedy> remedies, List<PhaseRows> phases) {

    public record PhaseRows(Phase phase, List<ProblemRow> rows) {}

    public record ProblemRow(AgencyProblem problem, List<Cell> cells) {}

    /** @param css class for the colour: {@code cell-covered}, {@code cell-open}, {@code cell-failing}, {@code cell-na} */
    public record Cell(Remedy remedy, String state, String css, List<String> clauses, String reason) {}

    static DashboardView of(Projects.Dashboard dashboard) {
        Catalog catalog = dashboard.catalog();
        List<Remedy> remedies = org.llmatlas.web.catalog.MatrixView.remedyOrder(catalog);
        List<PhaseRows> phases = new ArrayList<>();
        for (Phase phase : catalog.phases()) {
            if (!phase.isActive()) {
                continue;
            }
            List<ProblemRow> rows = new ArrayList<>();
            for (String problemId : phase.problems()) {
                AgencyProblem problem =
                        catalog.find(problemId, AgencyProblem.class).orElseThrow();
                List<Cell> cells = new ArrayList<>();
                for (Remedy remedy : remedies) {
                    cells.add(dashboard
                            .cell(phase.id(), problem.id(), remedy.id())
                            .map(c -> cell(remedy, c))
                            .orElse(new Cell(remedy, "not applicable", "cell-na", List.of(), "")));
                }
                rows.add(new ProblemRow(problem, cells));
            }
            phases.add(new PhaseRows(phase, rows));
        }
        return new DashboardView(remedies, phases);
    }

    private static Cell cell(Remedy remedy, CellResult result) {
        return new Cell(remedy, Projects.label(result.state()), css(result.state()), result.clauses(), result.reason());
    }

    private static String css(CellState state) {
        return switch (state) {
            case COVERED -> "cell-covered";
            case FAILING -> "cell-failing";
            case OPEN -> "cell-open";
            case NOT_APPLICABLE -> "cell-na";
        };
    }
}
