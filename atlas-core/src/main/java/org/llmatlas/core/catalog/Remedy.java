package org.llmatlas.core.catalog;

import java.util.List;

/** An agency-theory solution concept: signaling, screening, bonding and incentives, monitoring. */
public record Remedy(
        String id,
        String name,
        EntityStatus status,
        String since,
        String actor,
        String definition,
        List<String> sources,
        String replacedBy)
        implements CatalogEntity {
    public Remedy {
        sources = List.copyOf(sources);
    }
}
