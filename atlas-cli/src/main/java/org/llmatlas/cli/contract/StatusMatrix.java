package org.llmatlas.cli.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.core.catalog.Phase;
import org.llmatlas.core.catalog.Remedy;
import org.llmatlas.core.contract.CellResult;
import org.llmatlas.core.contract.CellState;
import org.llmatlas.core.contract.ClauseState;
import org.llmatlas.core.contract.ContractStatus;
import org.llmatlas.core.contract.StatusReport;

/**
 * The shape both the text and the HTML report draw: one row per phase of the contract × agency problem arising in
 * it, one column per remedy, plus the phases left out. Keeps the two renderers in step.
 */
record StatusMatrix(List<Row> rows, List<Remedy> remedies, List<Phase> phasesWithoutProblems, List<Phase> leftOut) {

    /** One phase × problem row; {@code cells} aligned with {@link #remedies()}. */
    record Row(Phase phase, String problemId, String problemName, List<CellResult> cells) {}

    static StatusMatrix of(StatusReport report, Catalog catalog) {
        List<Remedy> remedies = ContractStatus.remediesInOrder(catalog);
        List<Row> rows = new ArrayList<>();
        List<Phase> withoutProblems = new ArrayList<>();
        List<Phase> leftOut = new ArrayList<>();
        for (Phase phase : catalog.phases()) {
            if (!phase.isActive()) {
                continue;
            }
            if (!report.contract().phases().contains(phase.id())) {
                leftOut.add(phase);
                continue;
            }
            if (phase.problems().isEmpty()) {
                withoutProblems.add(phase);
            }
            for (String problem : phase.problems()) {
                List<CellResult> cells = new ArrayList<>();
                for (Remedy remedy : remedies) {
                    cell(report, phase.id(), problem, remedy.id()).ifPresent(cells::add);
                }
                String name = catalog.find(problem).map(CatalogEntity::name).orElse(problem);
                rows.add(new Row(phase, problem, name, cells));
            }
        }
        return new StatusMatrix(rows, remedies, withoutProblems, leftOut);
    }

    private static Optional<CellResult> cell(StatusReport report, String phase, String problem, String remedy) {
        return report.cells().stream()
                .filter(c -> c.phase().equals(phase)
                        && c.problem().equals(problem)
                        && c.remedy().equals(remedy))
                .findFirst();
    }

    static String symbol(CellState state) {
        return switch (state) {
            case COVERED -> "✓";
            case FAILING, OPEN -> "✗";
            case NOT_APPLICABLE -> "–";
        };
    }

    static String word(CellState state) {
        return switch (state) {
            case COVERED -> "covered";
            case FAILING -> "failing";
            case OPEN -> "open";
            case NOT_APPLICABLE -> "n/a";
        };
    }

    static String symbol(ClauseState state) {
        return state == ClauseState.SATISFIED ? "✓" : "✗";
    }
}
