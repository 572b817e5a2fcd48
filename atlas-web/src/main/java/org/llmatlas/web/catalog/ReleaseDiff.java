package org.llmatlas.web.catalog;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogCodec;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.core.catalog.EntityKind;
import org.llmatlas.core.catalog.EntityStatus;
import tools.jackson.databind.JsonNode;

/**
 * The changelog between two releases, generated from the data: entities added, deprecated, removed, and changed
 * (with the fields that changed). Compares the entities' file form, so a change anywhere in an entry shows.
 */
public record ReleaseDiff(String from, String to, List<Change> changes) {

    public enum Kind {
        ADDED,
        CHANGED,
        DEPRECATED,
        REMOVED
    }

    /** @param fields top-level keys whose values differ (for CHANGED and DEPRECATED) */
    public record Change(Kind kind, String entityKind, String id, String name, List<String> fields) {}

    static ReleaseDiff between(Catalog older, Catalog newer) {
        Map<String, CatalogEntity> before = older.byId();
        Map<String, CatalogEntity> after = newer.byId();
        List<Change> changes = new ArrayList<>();
        for (CatalogEntity entity : after.values()) {
            CatalogEntity previous = before.get(entity.id());
            String kind = EntityKind.of(entity).singular();
            if (previous == null) {
                changes.add(new Change(Kind.ADDED, kind, entity.id(), entity.name(), List.of()));
                continue;
            }
            List<String> fields = changedFields(CatalogCodec.toTree(previous), CatalogCodec.toTree(entity));
            if (fields.isEmpty()) {
                continue;
            }
            boolean deprecated =
                    previous.status() != EntityStatus.DEPRECATED && entity.status() == EntityStatus.DEPRECATED;
            changes.add(
                    new Change(deprecated ? Kind.DEPRECATED : Kind.CHANGED, kind, entity.id(), entity.name(), fields));
        }
        for (CatalogEntity entity : before.values()) {
            if (!after.containsKey(entity.id())) {
                changes.add(new Change(
                        Kind.REMOVED, EntityKind.of(entity).singular(), entity.id(), entity.name(), List.of()));
            }
        }
        return new ReleaseDiff(older.version(), newer.version(), List.copyOf(changes));
    }

    public List<Change> of(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    private static List<String> changedFields(JsonNode before, JsonNode after) {
        List<String> fields = new ArrayList<>();
        for (Iterator<String> names = after.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (!after.get(name).equals(before.get(name))) {
                fields.add(name);
            }
        }
        for (Iterator<String> names = before.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (!after.has(name)) {
                fields.add(name);
            }
        }
        return fields;
    }
}
