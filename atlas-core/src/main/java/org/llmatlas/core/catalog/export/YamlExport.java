package org.llmatlas.core.catalog.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogCodec;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.core.catalog.EntityKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes a catalog back into the directory layout that {@link org.llmatlas.core.catalog.CatalogLoader} reads:
 * {@code catalog.yaml} and one file per entity, named by its ID. Keys come in a fixed order and quotes only where
 * YAML needs them, so that a catalog written here, exported to JSON, read back and written again is byte-identical.
 */
public final class YamlExport {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();

    private YamlExport() {}

    /** Writes {@code catalog} into {@code dir}, creating folders as needed and overwriting files with the same IDs. */
    public static void write(Catalog catalog, Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir.resolve("catalog.yaml"), CatalogCodec.metadataTree(catalog));
        for (CatalogEntity entity : catalog.entities().toList()) {
            Path folder = dir.resolve(EntityKind.of(entity).folder());
            Files.createDirectories(folder);
            write(folder.resolve(entity.id() + ".yaml"), CatalogCodec.toTree(entity));
        }
    }

    /** One entity as YAML text, as it would be written to its file. */
    public static String toYaml(CatalogEntity entity) {
        return YAML.writeValueAsString(CatalogCodec.toTree(entity));
    }

    private static void write(Path file, JsonNode tree) throws IOException {
        Files.writeString(file, YAML.writeValueAsString(tree), StandardCharsets.UTF_8);
    }
}
