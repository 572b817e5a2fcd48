package org.llmatlas.web.catalog;

import java.util.List;
import java.util.function.Predicate;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.Mapping;
import org.llmatlas.core.catalog.Method;
import org.llmatlas.core.catalog.Remedy;

/**
 * The problem-solution matrix as the page renders it: one row group per phase, one row per agency problem that
 * arises in it, one column per remedy; each cell lists the methods mapped there that pass the filter.
 */
public record MatrixView(List<Remedy> remedies, List<PhaseGrid.PhaseRows<MatrixView.Cell>> phases) {

    /** @param applicable whether the remedy is one agency theory offers for the problem */
    public record Cell(Remedy remedy, boolean applicable, List<Method> methods) {}

    static MatrixView of(Catalog catalog, MatrixFilter filter) {
        Predicate<Method> shown = filter.in(catalog);
        PhaseGrid<Cell> grid = PhaseGrid.of(catalog, (phase, problem, remedy) -> {
            List<Method> methods = catalog.cell(phase.id(), problem.id(), remedy.id()).stream()
                    .map(Mapping::method)
                    .distinct()
                    .map(id -> catalog.find(id, Method.class).orElseThrow())
                    .filter(shown)
                    .toList();
            return new Cell(remedy, problem.remedies().contains(remedy.id()), methods);
        });
        return new MatrixView(grid.remedies(), grid.phases());
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
