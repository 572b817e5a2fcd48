package org.llmatlas.core.catalog;

import java.util.List;

/**
 * An organisational LLM adoption phase (CRISP-DM, MLOps, LLMOps). {@code order} fixes the column order of the
 * problem-solution matrix. {@code problems} lists the agency problems that arise in the phase; the business
 * problem definition has none (the paper assigns it no direct agency problem).
 */
public record Phase(
        String id,
        String name,
        EntityStatus status,
        String since,
        int order,
        String description,
        List<String> problems,
        List<String> sources,
        String replacedBy)
        implements CatalogEntity {
    public Phase {
        problems = List.copyOf(problems);
        sources = List.copyOf(sources);
    }
}
