package org.llmatlas.core.catalog;

/**
 * What every catalog entity has: a stable, never reused ID, a display name and a status. Deprecated entities
 * may name their replacement so that tools can point users to it.
 */
public sealed interface CatalogEntity permits Phase, AgencyProblem, Remedy, Objective, Method, Mapping, Source {
    String id();

    String name();

    EntityStatus status();

    /** The catalog version that introduced the entity, e.g. {@code 1.0.0}. */
    String since();

    /** The entity that supersedes a deprecated one; null when there is none. */
    String replacedBy();

    default boolean isActive() {
        return status() == EntityStatus.ACTIVE;
    }
}
