package org.llmatlas.core.catalog;

import java.util.List;

/** One entry of the catalog's changelog: what a catalog version changed, in the maintainers' words. */
public record Release(String version, String released, List<String> changes) {
    public Release {
        changes = List.copyOf(changes);
    }
}
