package org.llmatlas.core.catalog;

import java.util.List;

/**
 * An alignment objective a principal may choose, grouped by the framework it comes from (HHH, RICE, FATE), e.g.
 * {@code OBJ-HHH-HONEST}.
 */
public record Objective(
        String id,
        String name,
        EntityStatus status,
        String since,
        String framework,
        String definition,
        List<String> sources,
        String replacedBy)
        implements CatalogEntity {
    public Objective {
        sources = List.copyOf(sources);
    }
}
