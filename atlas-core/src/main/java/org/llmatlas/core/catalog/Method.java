package org.llmatlas.core.catalog;

import java.util.List;

/**
 * An alignment method from the literature (data cards, adversarial attacks, DPO, fact-checking, ...).
 * {@code instruments} name the LLM ATLAS instruments that carry it out (e.g. {@code screen}, {@code detect.refusal}).
 */
public record Method(
        String id,
        String name,
        EntityStatus status,
        String since,
        String summary,
        List<String> objectives,
        List<String> sources,
        List<String> instruments,
        List<Crosswalk> crosswalks,
        String replacedBy)
        implements CatalogEntity {
    public Method {
        objectives = List.copyOf(objectives);
        sources = List.copyOf(sources);
        instruments = List.copyOf(instruments);
        crosswalks = List.copyOf(crosswalks);
    }
}
