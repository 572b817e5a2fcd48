package org.llmatlas.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogCodec;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.core.catalog.CatalogLoader;
import org.llmatlas.core.catalog.EntityKind;
import tools.jackson.databind.node.ObjectNode;

class ReleaseDiffTest {

    private final Catalog base = CatalogLoader.loadDefault();

    @Test
    void reportsAddedChangedDeprecatedAndRemovedEntriesWithTheChangedFields() {
        List<CatalogEntity> entities = new ArrayList<>(base.entities().toList());
        entities.replaceAll(e -> switch (e.id()) {
            case "M-DATA-CARDS" -> edit(e, tree -> tree.put("summary", "Rewritten summary."));
            case "M-DOLA" -> edit(e, tree -> tree.put("status", "deprecated"));
            default -> e;
        });
        CatalogEntity added = edit(
                base.find("M-DATA-CARDS").orElseThrow(),
                tree -> tree.put("id", "M-NEW-METHOD").put("name", "New method"));
        entities.add(added);
        ObjectNode metadata = CatalogCodec.metadataTree(base).put("version", "1.1.0");
        Catalog newer = CatalogCodec.catalog(metadata, entities);

        ReleaseDiff diff = ReleaseDiff.between(base, newer);

        assertThat(diff.of(ReleaseDiff.Kind.ADDED))
                .extracting(ReleaseDiff.Change::id)
                .containsExactly("M-NEW-METHOD");
        assertThat(diff.of(ReleaseDiff.Kind.CHANGED)).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("M-DATA-CARDS");
            assertThat(c.fields()).containsExactly("summary");
        });
        assertThat(diff.of(ReleaseDiff.Kind.DEPRECATED))
                .extracting(ReleaseDiff.Change::id)
                .containsExactly("M-DOLA");
        assertThat(ReleaseDiff.between(newer, base).of(ReleaseDiff.Kind.REMOVED))
                .extracting(ReleaseDiff.Change::id)
                .containsExactly("M-NEW-METHOD");
    }

    @Test
    void identicalReleasesHaveNoChanges() {
        assertThat(ReleaseDiff.between(base, base).changes()).isEmpty();
    }

    private static CatalogEntity edit(CatalogEntity entity, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode tree = CatalogCodec.toTree(entity);
        change.accept(tree);
        return CatalogCodec.fromTree(EntityKind.of(entity), tree);
    }
}
