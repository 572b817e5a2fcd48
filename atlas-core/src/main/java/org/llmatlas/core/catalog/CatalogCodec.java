package org.llmatlas.core.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts catalog entities to and from the tree form of their YAML files, by hand rather than by reflection: the
 * key order of written files is fixed (so diffs stay small and YAML → JSON → YAML round-trips byte for byte), enums
 * keep their YAML spelling ({@code ex-ante}), and start-up pays no databind introspection cost.
 *
 * <p>Written trees omit absent values and empty lists, and always carry {@code status}.
 */
public final class CatalogCodec {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CatalogCodec() {}

    /** The tree of one entity, keys in file order. */
    public static ObjectNode toTree(CatalogEntity entity) {
        ObjectNode node = NODES.objectNode();
        node.put("id", entity.id());
        node.put("name", entity.name());
        node.put("status", status(entity.status()));
        putText(node, "since", entity.since());
        switch (entity) {
            case Phase p -> {
                node.put("order", p.order());
                putText(node, "description", p.description());
                putList(node, "problems", p.problems());
                putList(node, "sources", p.sources());
            }
            case AgencyProblem p -> {
                putText(node, "timing", timing(p.timing()));
                putText(node, "consequence", p.consequence());
                putText(node, "definition", p.definition());
                putList(node, "remedies", p.remedies());
                putList(node, "sources", p.sources());
            }
            case Remedy r -> {
                putText(node, "actor", r.actor());
                putText(node, "definition", r.definition());
                putList(node, "sources", r.sources());
            }
            case Objective o -> {
                putText(node, "framework", o.framework());
                putText(node, "definition", o.definition());
                putList(node, "sources", o.sources());
            }
            case Method m -> {
                putText(node, "summary", m.summary());
                putList(node, "objectives", m.objectives());
                putList(node, "sources", m.sources());
                putList(node, "instruments", m.instruments());
                if (!m.crosswalks().isEmpty()) {
                    ArrayNode rows = node.putArray("crosswalks");
                    for (Crosswalk c : m.crosswalks()) {
                        ObjectNode row = rows.addObject();
                        putText(row, "framework", c.framework());
                        putText(row, "ref", c.ref());
                        putText(row, "label", c.label());
                        putText(row, "source", c.source());
                    }
                }
            }
            case Mapping m -> {
                node.put("phase", m.phase());
                node.put("problem", m.problem());
                node.put("remedy", m.remedy());
                node.put("method", m.method());
                putText(node, "timing", timing(m.timing()));
                putText(node, "rationale", m.rationale());
                putList(node, "sources", m.sources());
            }
            case Source s -> {
                putText(node, "type", s.type());
                putList(node, "authors", s.authors());
                node.put("year", s.year());
                putText(node, "title", s.title());
                putText(node, "venue", s.venue());
                putText(node, "doi", s.doi());
                putText(node, "arxiv", s.arxiv());
                putText(node, "url", s.url());
            }
        }
        putText(node, "replaced_by", entity.replacedBy());
        return node;
    }

    /** The entity of a schema-valid tree. */
    public static CatalogEntity fromTree(EntityKind kind, JsonNode node) {
        String id = text(node, "id");
        String name = text(node, "name");
        EntityStatus status = status(text(node, "status"));
        String since = text(node, "since");
        String replacedBy = text(node, "replaced_by");
        return switch (kind) {
            case PHASE ->
                new Phase(
                        id,
                        name,
                        status,
                        since,
                        node.path("order").asInt(0),
                        text(node, "description"),
                        list(node, "problems"),
                        list(node, "sources"),
                        replacedBy);
            case PROBLEM ->
                new AgencyProblem(
                        id,
                        name,
                        status,
                        since,
                        timing(text(node, "timing")),
                        text(node, "consequence"),
                        text(node, "definition"),
                        list(node, "remedies"),
                        list(node, "sources"),
                        replacedBy);
            case REMEDY ->
                new Remedy(
                        id,
                        name,
                        status,
                        since,
                        text(node, "actor"),
                        text(node, "definition"),
                        list(node, "sources"),
                        replacedBy);
            case OBJECTIVE ->
                new Objective(
                        id,
                        name,
                        status,
                        since,
                        text(node, "framework"),
                        text(node, "definition"),
                        list(node, "sources"),
                        replacedBy);
            case METHOD ->
                new Method(
                        id,
                        name,
                        status,
                        since,
                        text(node, "summary"),
                        list(node, "objectives"),
                        list(node, "sources"),
                        list(node, "instruments"),
                        crosswalks(node.path("crosswalks")),
                        replacedBy);
            case MAPPING ->
                new Mapping(
                        id,
                        name,
                        status,
                        since,
                        text(node, "phase"),
                        text(node, "problem"),
                        text(node, "remedy"),
                        text(node, "method"),
                        timing(text(node, "timing")),
                        text(node, "rationale"),
                        list(node, "sources"),
                        replacedBy);
            case SOURCE ->
                new Source(
                        id,
                        name,
                        status,
                        since,
                        text(node, "type"),
                        list(node, "authors"),
                        node.path("year").asInt(0),
                        text(node, "title"),
                        text(node, "venue"),
                        text(node, "doi"),
                        text(node, "arxiv"),
                        text(node, "url"),
                        replacedBy);
        };
    }

    /** The tree of {@code catalog.yaml}. */
    public static ObjectNode metadataTree(Catalog catalog) {
        ObjectNode node = NODES.objectNode();
        node.put("version", catalog.version());
        putText(node, "title", catalog.title());
        putText(node, "released", catalog.released());
        putText(node, "license", catalog.license());
        if (!catalog.changelog().isEmpty()) {
            ArrayNode releases = node.putArray("changelog");
            for (Release release : catalog.changelog()) {
                ObjectNode row = releases.addObject();
                row.put("version", release.version());
                putText(row, "released", release.released());
                putList(row, "changes", release.changes());
            }
        }
        return node;
    }

    /** A catalog from the tree of {@code catalog.yaml} and its entities. */
    public static Catalog catalog(JsonNode metadata, List<CatalogEntity> entities) {
        List<Release> changelog = new ArrayList<>();
        for (JsonNode row : metadata.path("changelog")) {
            changelog.add(new Release(text(row, "version"), text(row, "released"), list(row, "changes")));
        }
        return Catalog.of(
                text(metadata, "version"),
                text(metadata, "title"),
                text(metadata, "released"),
                text(metadata, "license"),
                changelog,
                entities);
    }

    /** The YAML spelling of a status: {@code active}, {@code deprecated}. */
    public static String status(EntityStatus status) {
        return (status == null ? EntityStatus.ACTIVE : status).name().toLowerCase(Locale.ROOT);
    }

    /** The YAML spelling of a timing: {@code ex-ante}, {@code ex-post}; null for null. */
    public static String timing(Timing timing) {
        return timing == null ? null : timing.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static EntityStatus status(String text) {
        return text == null ? EntityStatus.ACTIVE : EntityStatus.valueOf(text.toUpperCase(Locale.ROOT));
    }

    private static Timing timing(String text) {
        return text == null
                ? null
                : Timing.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static List<Crosswalk> crosswalks(JsonNode rows) {
        List<Crosswalk> result = new ArrayList<>();
        for (JsonNode row : rows) {
            result.add(
                    new Crosswalk(text(row, "framework"), text(row, "ref"), text(row, "label"), text(row, "source")));
        }
        return result;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static List<String> list(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : node.path(field)) {
            values.add(item.asString());
        }
        return values;
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void putList(ObjectNode node, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
    }
}
