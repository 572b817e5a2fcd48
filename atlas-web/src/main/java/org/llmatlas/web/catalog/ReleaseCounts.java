package org.llmatlas.web.catalog;

import org.llmatlas.core.catalog.Catalog;

/** How many entities of each kind a release holds, for its page. */
public record ReleaseCounts(
        int phases, int problems, int remedies, int objectives, int methods, int mappings, int sources) {

    static ReleaseCounts of(Catalog c) {
        return new ReleaseCounts(
                c.phases().size(),
                c.problems().size(),
                c.remedies().size(),
                c.objectives().size(),
                c.methods().size(),
                c.mappings().size(),
                c.sources().size());
    }
}
