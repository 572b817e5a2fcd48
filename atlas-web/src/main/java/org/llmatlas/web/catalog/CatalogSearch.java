package org.llmatlas.web.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.llmatlas.core.catalog.AgencyProblem;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.core.catalog.EntityKind;
import org.llmatlas.core.catalog.Mapping;
import org.llmatlas.core.catalog.Method;
import org.llmatlas.core.catalog.Objective;
import org.llmatlas.core.catalog.Phase;
import org.llmatlas.core.catalog.Remedy;
import org.llmatlas.core.catalog.Source;

/**
 * Full-text search over one release: every word of the query must occur (case-insensitively) in an entity's ID,
 * name or text. The catalog has a few hundred entities, so a scan in memory is faster than any index round trip.
 */
public final class CatalogSearch {

    /** One result, with the kind for grouping and a short snippet of the text. */
    public record Hit(CatalogEntity entity, String kind, String snippet) {}

    private CatalogSearch() {}

    static List<Hit> search(Catalog catalog, String query) {
        List<String> words = Stream.of(query.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isBlank())
                .toList();
        return catalog.entities()
                .filter(e -> {
                    String text = (e.id() + " " + e.name() + " " + text(e)).toLowerCase(Locale.ROOT);
                    return words.stream().allMatch(text::contains);
                })
                .map(e -> new Hit(e, EntityKind.of(e).singular(), snippet(text(e))))
                .toList();
    }

    private static String text(CatalogEntity entity) {
        return switch (entity) {
            case Phase p -> join(p.description());
            case AgencyProblem p -> join(p.definition(), p.consequence());
            case Remedy r -> join(r.definition(), r.actor());
            case Objective o -> join(o.definition(), o.framework());
            case Method m ->
                join(
                        m.summary(),
                        String.join(" ", m.instruments()),
                        String.join(
                                " ",
                                m.crosswalks().stream()
                                        .map(c -> join(c.ref(), c.label()))
                                        .toList()));
            case Mapping m -> join(m.rationale());
            case Source s -> join(String.join(" ", s.authors()), String.valueOf(s.year()), s.title(), s.venue());
        };
    }

    private static String join(String... parts) {
        return String.join(" ", Stream.of(parts).filter(Objects::nonNull).toList());
    }

    private static String snippet(String text) {
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }
}
