package org.llmatlas.core.catalog.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.llmatlas.core.catalog.AgencyProblem;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.Mapping;
import org.llmatlas.core.catalog.Method;
import org.llmatlas.core.catalog.Phase;
import org.llmatlas.core.catalog.Remedy;

/**
 * The matrix of Figure 2 of the paper, computed from the catalog: one row per phase and agency problem that the
 * phase raises or that a mapping places in it; a phase without any (business problem definition) gets one row with
 * no problem. Columns are the active remedies; cells hold the active methods mapped there.
 *
 * @param objective the objective the methods were filtered by, or null for all methods
 */
public record Matrix(String title, String objective, List<Remedy> remedies, List<Row> rows) {

    /** One row: a phase, one of its agency problems (null when it has none), and one cell per remedy. */
    public record Row(Phase phase, AgencyProblem problem, List<List<Method>> cells) {
        public Row {
            cells = cells.stream().map(List::copyOf).toList();
        }
    }

    public Matrix {
        remedies = List.copyOf(remedies);
        rows = List.copyOf(rows);
    }

    /** The full matrix. */
    public static Matrix of(Catalog catalog) {
        return of(catalog, null);
    }

    /** The matrix with only the methods that serve {@code objectiveId} (all methods when null). */
    public static Matrix of(Catalog catalog, String objectiveId) {
        List<AgencyProblem> problems = catalog.problems().stream()
                .filter(AgencyProblem::isActive)
                .sorted(Comparator.comparing((AgencyProblem p) -> p.timing() == null
                                ? Integer.MAX_VALUE
                                : p.timing().ordinal())
                        .thenComparing(AgencyProblem::id))
                .toList();
        List<Remedy> remedies = remedyOrder(catalog, problems);
        List<Row> rows = new ArrayList<>();
        for (Phase phase : catalog.phases()) {
            if (!phase.isActive()) {
                continue;
            }
            Set<String> problemIds = new LinkedHashSet<>();
            for (AgencyProblem problem : problems) {
                boolean raised = phase.problems().contains(problem.id());
                boolean mapped = catalog.mappings().stream()
                        .anyMatch(m -> m.isActive()
                                && m.phase().equals(phase.id())
                                && m.problem().equals(problem.id()));
                if (raised || mapped) {
                    problemIds.add(problem.id());
                }
            }
            if (problemIds.isEmpty()) {
                rows.add(new Row(
                        phase,
                        null,
                        remedies.stream().map(r -> List.<Method>of()).toList()));
            }
            for (String problemId : problemIds) {
                AgencyProblem problem =
                        catalog.find(problemId, AgencyProblem.class).orElseThrow();
                List<List<Method>> cells = new ArrayList<>();
                for (Remedy remedy : remedies) {
                    cells.add(catalog.cell(phase.id(), problemId, remedy.id()).stream()
                            .map(Mapping::method)
                            .distinct()
                            .map(id -> catalog.find(id, Method.class).orElseThrow())
                            .filter(m -> objectiveId == null || m.objectives().contains(objectiveId))
                            .toList());
                }
                rows.add(new Row(phase, problem, cells));
            }
        }
        return new Matrix(catalog.title(), objectiveId, remedies, rows);
    }

    /**
     * Remedies in the order the agency problems list them (signaling and screening for hidden characteristics, then
     * bonding and monitoring for hidden actions), then any others by ID.
     */
    private static List<Remedy> remedyOrder(Catalog catalog, List<AgencyProblem> problems) {
        Set<String> order = new LinkedHashSet<>();
        problems.forEach(p -> order.addAll(p.remedies()));
        catalog.remedies().forEach(r -> order.add(r.id()));
        return order.stream()
                .map(id -> catalog.find(id, Remedy.class))
                .flatMap(java.util.Optional::stream)
                .filter(Remedy::isActive)
                .toList();
    }

    /** How a problem is labelled in the matrix: its name and when it arises. */
    static String problemLabel(AgencyProblem problem) {
        if (problem == null) {
            return "(no direct agency problem)";
        }
        return problem.timing() == null
                ? problem.name()
                : problem.name() + " ("
                        + problem.timing()
                                .name()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace('_', ' ') + ")";
    }
}
