package org.llmatlas.core.catalog.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogCodec;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.core.catalog.EntityKind;
import tools.jackson.databind.JsonNode;

/**
 * The changes from one catalog to the next: added, changed (with the fields that differ), deprecated and removed
 * entities, in the catalog's canonical order. A removal is a defect of the new catalog, not a change: IDs are
 * cited in contracts and papers and must never disappear; deprecate instead.
 */
public record CatalogDiff(String oldVersion, String newVersion, List<Change> changes) {

    /** What happened to an entity. */
    public enum Kind {
        ADDED,
        CHANGED,
        DEPRECATED,
        REMOVED
    }

    /** One field that differs; values are the YAML text (lists and objects as compact JSON), null when absent. */
    public record FieldChange(String field, String before, String after) {}

    public record Change(Kind kind, EntityKind entityKind, String id, String name, List<FieldChange> fields) {
        public Change {
            fields = List.copyOf(fields);
        }
    }

    public CatalogDiff {
        changes = List.copyOf(changes);
    }

    public static CatalogDiff between(Catalog before, Catalog after) {
        Map<String, CatalogEntity> old = before.byId();
        Map<String, CatalogEntity> now = after.byId();
        List<Change> changes = new ArrayList<>();
        for (CatalogEntity entity : after.entities().toList()) {
            CatalogEntity previous = old.get(entity.id());
            if (previous == null) {
                changes.add(change(Kind.ADDED, entity, List.of()));
                continue;
            }
            List<FieldChange> fields = fields(previous, entity);
            if (previous.isActive() && !entity.isActive()) {
                changes.add(change(Kind.DEPRECATED, entity, fields));
            } else if (!fields.isEmpty()) {
                changes.add(change(Kind.CHANGED, entity, fields));
            }
        }
        for (CatalogEntity entity : before.entities().toList()) {
            if (!now.containsKey(entity.id())) {
                changes.add(change(Kind.REMOVED, entity, List.of()));
            }
        }
        return new CatalogDiff(before.version(), after.version(), changes);
    }

    public List<Change> of(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    /** True when the new catalog lost IDs, which is never allowed. */
    public boolean hasRemovals() {
        return !of(Kind.REMOVED).isEmpty();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    private static Change change(Kind kind, CatalogEntity entity, List<FieldChange> fields) {
        return new Change(kind, EntityKind.of(entity), entity.id(), entity.name(), fields);
    }

    private static List<FieldChange> fields(CatalogEntity before, CatalogEntity after) {
        JsonNode left = CatalogCodec.toTree(before);
        JsonNode right = CatalogCodec.toTree(after);
        Set<String> names = new LinkedHashSet<>(left.propertyNames());
        names.addAll(right.propertyNames());
        List<FieldChange> fields = new ArrayList<>();
        for (String name : names) {
            JsonNode a = left.get(name);
            JsonNode b = right.get(name);
            if (a == null ? b != null : !a.equals(b)) {
                fields.add(new FieldChange(name, text(a), text(b)));
            }
        }
        return fields;
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return null;
        }
        return node.isValueNode() ? node.asString() : node.toString();
    }
}
