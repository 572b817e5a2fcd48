package org.llmatlas.web.catalog;

import java.util.ArrayList;
import java.util.List;
import org.llmatlas.core.catalog.AgencyProblem;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.Phase;
import org.llmatlas.core.catalog.Remedy;
import org.llmatlas.core.catalog.matrix.Matrix;

/**
 * The page layout shared by the public matrix and the adoption dashboard: one row group per active phase, one row
 * per agency problem the phase raises, one column per remedy in the paper's order. Only what goes into a cell
 * differs (the methods mapped there, or a project's coverage), so the pages pass that in and the walk exists once.
 */
public record PhaseGrid<C>(List<Remedy> remedies, List<PhaseRows<C>> phases) {

    public record PhaseRows<C>(Phase phase, List<ProblemRow<C>> rows) {}

    public record ProblemRow<C>(AgencyProblem problem, List<C> cells) {}

    /** What one page shows where a phase, an agency problem and a remedy meet. */
    @FunctionalInterface
    public interface CellMaker<C> {
        C cell(Phase phase, AgencyProblem problem, Remedy remedy);
    }

    public static <C> PhaseGrid<C> of(Catalog catalog, CellMaker<C> maker) {
        // The CLI matrix decides the column order (Figure 2 of the paper); the site shows the same.
        List<Remedy> remedies = Matrix.of(catalog).remedies();
        List<PhaseRows<C>> phases = new ArrayList<>();
        for (Phase phase : catalog.phases()) {
            if (!phase.isActive()) {
                continue;
            }
            List<ProblemRow<C>> rows = new ArrayList<>();
            for (String problemId : phase.problems()) {
                AgencyProblem problem =
                        catalog.find(problemId, AgencyProblem.class).orElseThrow();
                List<C> cells = remedies.stream()
                        .map(remedy -> maker.cell(phase, problem, remedy))
                        .toList();
                rows.add(new ProblemRow<>(problem, cells));
            }
            phases.add(new PhaseRows<>(phase, rows));
        }
        return new PhaseGrid<>(remedies, phases);
    }
}
