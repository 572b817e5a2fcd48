package org.llmatlas.core.catalog.export;

import java.util.ArrayList;
import java.util.List;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogCodec;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.core.catalog.EntityKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalog as one JSON document: the metadata of {@code catalog.yaml} ({@code version}, {@code title}, ...) plus
 * one top-level array per kind ({@code phases}, {@code problems}, {@code remedies}, {@code objectives},
 * {@code methods}, {@code mappings}, {@code sources}). Elements use the YAML keys, so every element has an {@code id}
 * and sources have {@code authors}, {@code year} and {@code title}. {@link #read(String)} reverses it.
 */
public final class JsonExport {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonExport() {}

    public static String write(Catalog catalog) {
        return JSON.writeValueAsString(tree(catalog)) + "\n";
    }

    /** The export as a tree, for callers that embed it (e.g. {@code --format json} listings). */
    public static ObjectNode tree(Catalog catalog) {
        ObjectNode root = CatalogCodec.metadataTree(catalog);
        for (EntityKind kind : EntityKind.values()) {
            ArrayNode array = root.putArray(kind.folder());
            catalog.entities()
                    .filter(kind.type()::isInstance)
                    .forEach(entity -> array.add(CatalogCodec.toTree(entity)));
        }
        return root;
    }

    /** A catalog from its JSON export. The input is trusted to come from {@link #write(Catalog)}. */
    public static Catalog read(String json) {
        JsonNode root = JSON.readTree(json);
        List<CatalogEntity> entities = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) {
            for (JsonNode node : root.path(kind.folder())) {
                entities.add(CatalogCodec.fromTree(kind, node));
            }
        }
        return CatalogCodec.catalog(root, entities);
    }
}
