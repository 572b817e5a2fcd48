package org.llmatlas.core.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of catalog entities, with the folder each lives in ({@code catalog/methods/M-*.yaml}) and the JSON Schema
 * that validates its files. The order is the catalog's canonical order (exports, listings).
 */
public enum EntityKind {
    PHASE("phases", "phase", "PH-", Phase.class),
    PROBLEM("problems", "problem", "AP-", AgencyProblem.class),
    REMEDY("remedies", "remedy", "RM-", Remedy.class),
    OBJECTIVE("objectives", "objective", "OBJ-", Objective.class),
    METHOD("methods", "method", "M-", Method.class),
    MAPPING("mappings", "mapping", "MAP-", Mapping.class),
    SOURCE("sources", "source", "SRC-", Source.class);

    private final String folder;
    private final String singular;
    private final String idPrefix;
    private final Class<? extends CatalogEntity> type;

    EntityKind(String folder, String singular, String idPrefix, Class<? extends CatalogEntity> type) {
        this.folder = folder;
        this.singular = singular;
        this.idPrefix = idPrefix;
        this.type = type;
    }

    /** Folder below the catalog root, also the top-level array name in the JSON export. */
    public String folder() {
        return folder;
    }

    /** Singular noun for messages: "unknown method M-X". */
    public String singular() {
        return singular;
    }

    public String idPrefix() {
        return idPrefix;
    }

    public Class<? extends CatalogEntity> type() {
        return type;
    }

    /** Classpath resource of the JSON Schema for files of this kind. */
    public String schemaResource() {
        return "atlas-schema/" + singular + ".schema.json";
    }

    public static EntityKind of(CatalogEntity entity) {
        return switch (entity) {
            case Phase p -> PHASE;
            case AgencyProblem p -> PROBLEM;
            case Remedy r -> REMEDY;
            case Objective o -> OBJECTIVE;
            case Method m -> METHOD;
            case Mapping m -> MAPPING;
            case Source s -> SOURCE;
        };
    }

    /** By folder name ({@code methods}) or singular ({@code method}), ignoring case. */
    public static Optional<EntityKind> byName(String name) {
        return Arrays.stream(values())
                .filter(kind -> kind.folder.equalsIgnoreCase(name) || kind.singular.equalsIgnoreCase(name))
                .findFirst();
    }

    /** The kind whose ID prefix {@code id} carries, if any. */
    public static Optional<EntityKind> byIdPrefix(String id) {
        return Arrays.stream(values())
                .filter(kind -> id.startsWith(kind.idPrefix))
                .findFirst();
    }
}
