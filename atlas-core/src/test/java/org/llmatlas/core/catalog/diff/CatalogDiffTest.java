package org.llmatlas.core.catalog.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogLoader;
import org.llmatlas.core.catalog.Fixtures;
import org.llmatlas.core.catalog.Golden;
import org.llmatlas.core.catalog.diff.CatalogDiff.FieldChange;
import org.llmatlas.core.catalog.diff.CatalogDiff.Kind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CatalogDiffTest {

    @TempDir
    Path dir;

    @Test
    void reportsAddedChangedAndDeprecatedEntitiesFieldByField() throws IOException {
        Catalog before = CatalogLoader.load(Fixtures.valid());
        Path next = Fixtures.copyOfValid(dir);
        Fixtures.edit(next, "catalog.yaml", "version: \"1.1.0\"", "version: \"1.2.0\"");
        Fixtures.edit(
                next, "methods/M-DATA-CARDS.yaml", "instruments: [data.scan]", "instruments: [data.scan, contract]");
        Fixtures.edit(next, "objectives/OBJ-HHH-HONEST.yaml", "framework: HHH", "framework: HHH\nstatus: deprecated");
        Fixtures.edit(
                next, "methods/M-DATA-CARDS.yaml", "objectives: [OBJ-HHH-HONEST]", "objectives: [OBJ-HHH-HARMLESS]");
        Fixtures.edit(
                next,
                "methods/M-ADVERSARIAL-ATTACKS.yaml",
                "objectives: [OBJ-HHH-HONEST]",
                "objectives: [OBJ-HHH-HARMLESS]");
        Files.writeString(
                next.resolve("objectives/OBJ-HHH-HARMLESS.yaml"),
                "id: OBJ-HHH-HARMLESS\nname: Harmless\nsince: \"1.2.0\"\nframework: HHH\ndefinition: Does no harm.\n");

        CatalogDiff diff = CatalogDiff.between(before, CatalogLoader.load(next));

        assertThat(diff.of(Kind.ADDED)).extracting(CatalogDiff.Change::id).containsExactly("OBJ-HHH-HARMLESS");
        assertThat(diff.of(Kind.DEPRECATED)).extracting(CatalogDiff.Change::id).containsExactly("OBJ-HHH-HONEST");
        assertThat(diff.of(Kind.CHANGED))
                .filteredOn(c -> c.id().equals("M-DATA-CARDS"))
                .singleElement()
                .satisfies(c -> assertThat(c.fields())
                        .containsExactly(
                                new FieldChange("objectives", "[\"OBJ-HHH-HONEST\"]", "[\"OBJ-HHH-HARMLESS\"]"),
                                new FieldChange("instruments", "[\"data.scan\"]", "[\"data.scan\",\"contract\"]")));
        assertThat(diff.hasRemovals()).isFalse();
        Golden.assertMatches("diff/changelog.txt", Changelog.text(diff));
        Golden.assertMatches("diff/changelog.md", Changelog.markdown(diff));
    }

    @Test
    void flagsRemovedIdsAsAnError() throws IOException {
        Catalog before = CatalogLoader.load(Fixtures.valid());
        Path next = Fixtures.copyOfValid(dir);
        Files.delete(next.resolve("mappings/MAP-DATA-HC-SIGNALING-DATA-CARDS.yaml"));

        CatalogDiff diff = CatalogDiff.between(before, CatalogLoader.load(next));

        assertThat(diff.hasRemovals()).isTrue();
        assertThat(Changelog.text(diff)).contains("Removed (not allowed) (1)", "IDs must never disappear");
        JsonNode json = JsonMapper.shared().readTree(Changelog.json(diff));
        assertThat(json.path("valid").asBoolean()).isFalse();
        assertThat(json.path("removed").get(0).path("id").asString()).isEqualTo("MAP-DATA-HC-SIGNALING-DATA-CARDS");
    }

    @Test
    void sameCatalogHasNoChanges() {
        Catalog catalog = CatalogLoader.load(Fixtures.valid());

        assertThat(Changelog.text(CatalogDiff.between(catalog, catalog))).endsWith("No changes.\n");
    }
}
