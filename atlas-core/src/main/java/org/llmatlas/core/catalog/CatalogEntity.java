package org.llmatlas.core.catalog;

/**
 * What every catalog entity has: a stable, never reused ID, a display name and a status. Deprecated entities
 * may name their replacement so that tools can point users to it.
 */
public sealed interface CatalogEntity permits Phase, AgencyProblem, Remedy, Objective, Method, Mapping, Source {
    String id();

    String name();

    EntityStatus status();

    default boolean isActive() {
        return status() == EntityStatus.ACTIVE;
    }
}
