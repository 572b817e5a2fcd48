package org.llmatlas.core.catalog;

import java.util.List;

/**
 * Places a method into one cell of the problem-solution space: phase × agency problem × remedy. The rationale
 * says, in our own words, why the method remedies that problem in that phase; the sources back it up.
 */
public record Mapping(
        String id,
        String name,
        EntityStatus status,
        String since,
        String phase,
        String problem,
        String remedy,
        String method,
        Timing timing,
        String rationale,
        List<String> sources,
        String replacedBy)
        implements CatalogEntity {
    public Mapping {
        sources = List.copyOf(sources);
    }
}
