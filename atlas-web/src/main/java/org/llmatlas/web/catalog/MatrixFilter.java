package org.llmatlas.web.catalog;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.Method;
import org.llmatlas.core.catalog.Objective;

/**
 * The matrix filters: by alignment objective (a framework such as {@code HHH}, or one objective ID) and by the
 * framework a method is crosswalked to ({@code MITRE-ATLAS}, {@code NIST-AI-RMF}, {@code OWASP-LLM-2025}, ...).
 * Blank means no filter.
 */
public record MatrixFilter(String objective, String framework) {

    static final MatrixFilter NONE = new MatrixFilter(null, null);

    public MatrixFilter {
        objective = blankToNull(objective);
        framework = blankToNull(framework);
    }

    public boolean isActive() {
        return objective != null || framework != null;
    }

    /** Query string for links that keep the filter, e.g. {@code ?objective=HHH}; empty without filter. */
    public String query() {
        StringBuilder query = new StringBuilder();
        if (objective != null) {
            query.append("objective=").append(objective);
        }
        if (framework != null) {
            query.append(query.isEmpty() ? "" : "&").append("framework=").append(framework);
        }
        return query.isEmpty() ? "" : "?" + query;
    }

    java.util.function.Predicate<Method> in(Catalog catalog) {
        Set<String> objectives = objective == null ? Set.of() : objectiveIds(catalog);
        return method -> (objective == null || method.objectives().stream().anyMatch(objectives::contains))
                && (framework == null
                        || method.crosswalks().stream()
                                .anyMatch(c -> c.framework().equalsIgnoreCase(framework)));
    }

    private Set<String> objectiveIds(Catalog catalog) {
        return catalog.objectives().stream()
                .filter(o -> o.id().equalsIgnoreCase(objective)
                        || (o.framework() != null && o.framework().equalsIgnoreCase(objective)))
                .map(Objective::id)
                .collect(Collectors.toSet());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
