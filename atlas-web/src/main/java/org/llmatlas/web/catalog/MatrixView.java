package org.llmatlas.web.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.llmatlas.core.catalog.AgencyProblem;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.Mapping;
import org.llmatlas.core.catalog.Method;
import org.llmatlas.core.catalog.Phase;
import org.llmatlas.core.catalog.Remedy;

/**
 * The problem-solution matrix as the page renders it: one row group per phase, one row per agency problem that
 * arises in it, one column per remedy; each cell lists the methods mapped there that pass the filter.
 */
public record MatrixView(List<Remedy> remedies, List<PhaseRows> phases) {

    public record PhaseRows(Phase phase, List<ProblemRow> rows) {}

    public record ProblemRow(AgencyProblem problem, List<Cell> cells) {}

    /** @param applicable whether the remedy is one agency theory offers for the problem */
    public record Cell(Remedy remedy, boolean applicable, List<Method> methods) {}

    static MatrixView of(Catalog catalog, MatrixFilter filter) {
        Predicate<Method> shown = filter.in(catalog);
        List<Remedy> remedies = remedyOrder(catalog);
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
                    List<Method> methods = catalog.cell(phase.id(), problem.id(), remedy.id()).stream()
                            .map(Mapping::method)
                            .distinct()
                            .map(id -> catalog.find(id, Method.class).orElseThrow())
                            .filter(shown)
                            .toList();
                    cells.add(new Cell(remedy, problem.remedies().contains(remedy.id()), methods));
                }
                rows.add(new ProblemRow(problem, cells));
            }
            phases.add(new PhaseRows(phase, rows));
        }
        return new MatrixView(remedies, phases);
    }

    /**
     * Remedies in the column order of the paper's Figure 2 (signaling and screening for hidden characteristics, then
     * bonding and monitoring for hidden actions), exactly as the CLI's matrix orders them.
     */
    public static List<Remedy> remedyOrder(Catalog catalog) {
        return org.llmatlas.core.catalog.matrix.Matrix.of(catalog).remedies();
    }

    public int methodCount() {
        return (int) phases.stream()
                .flatMap(p -> p.rows().stream())
                .flatMap(r -> r.cells().stream())
                .flatMap(c -> c.methods().stream())
                .distinct()
                .count();
    }
}
