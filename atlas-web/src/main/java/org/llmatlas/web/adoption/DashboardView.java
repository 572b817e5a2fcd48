package org.llmatlas.web.adoption;

import java.util.List;
import org.llmatlas.core.catalog.Remedy;
import org.llmatlas.core.contract.CellResult;
import org.llmatlas.core.contract.CellState;
import org.llmatlas.web.catalog.PhaseGrid;

/**
 * The residual-asymmetry dashboard laid out like the public matrix: one row group per phase, one row per agency
 * problem, one column per remedy; each cell carries its state as a word (colour is never the only cue), the clauses
 * behind it and the reason.
 */
public record DashboardView(List<Remedy> remedies, List<PhaseGrid.PhaseRows<DashboardView.Cell>> phases) {

    /** @param css class for the colour: {@code cell-covered}, {@code cell-open}, {@code cell-failing}, {@code cell-na} */
    public record Cell(Remedy remedy, String state, String css, List<String> clauses, String reason) {}

    static DashboardView of(Projects.Dashboard dashboard) {
        PhaseGrid<Cell> grid = PhaseGrid.of(
                dashboard.catalog(),
                (phase, problem, remedy) -> dashboard
                        .cell(phase.id(), problem.id(), remedy.id())
                        .map(c -> cell(remedy, c))
                        .orElse(new Cell(remedy, "not applicable", "cell-na", List.of(), "")));
        return new DashboardView(grid.remedies(), grid.phases());
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
