package org.llmatlas.core.catalog;

import org.llmatlas.core.validation.LocatedYaml;

/** One parsed entity file, before cross-file checks: its kind, its file name stem and its located tree. */
record CatalogFile(EntityKind kind, String stem, LocatedYaml yaml) {

    /** The declared ID, or null when the file has none (the schema check reports that). */
    String id() {
        return yaml.root().path("id").isString() ? yaml.root().path("id").asString() : null;
    }
}
