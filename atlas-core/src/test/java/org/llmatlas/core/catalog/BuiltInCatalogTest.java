package org.llmatlas.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The catalog that ships in the jar passes every check, schema included. This is what lets
 * {@link CatalogLoader#loadDefault()} skip schema validation at start-up.
 */
class BuiltInCatalogTest {

    private static final Path SOURCE = Path.of("..", "catalog");

    @Test
    void repositoryCatalogPassesEveryCheck() {
        Catalog catalog = CatalogLoader.load(SOURCE);

        assertThat(catalog.phases()).hasSize(5);
        assertThat(catalog.mappings()).isNotEmpty();
    }

    @Test
    void classpathCatalogEqualsTheRepositoryCatalog() {
        assertThat(CatalogLoader.loadDefault()).isEqualTo(CatalogLoader.load(SOURCE));
    }
}
