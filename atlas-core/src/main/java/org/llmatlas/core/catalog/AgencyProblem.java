package org.llmatlas.core.catalog;

import java.util.List;

/**
 * An agency problem: hidden characteristics (ex ante, leading to adverse selection) or hidden actions (ex post,
 * leading to moral hazard). {@code remedies} are the solution concepts that agency theory offers for it.
 */
public record AgencyProblem(
        String id,
        String name,
        EntityStatus status,
        String since,
        Timing timing,
        String consequence,
        String definition,
        List<String> remedies,
        List<String> sources,
        String replacedBy)
        implements CatalogEntity {
    public AgencyProblem {
        remedies = List.copyOf(remedies);
        sources = List.copyOf(sources);
    }
}
