package org.llmatlas.core.catalog;

/**
 * Life cycle of a catalog entity. IDs are never reused: an entity that is withdrawn is deprecated, never
 * deleted, so that citations and contracts that name it keep resolving.
 */
public enum EntityStatus {
    ACTIVE,
    DEPRECATED
}
