package org.llmatlas.cli.contract;

import java.nio.file.Path;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogLoader;
import picocli.CommandLine.Option;

/** {@code --catalog DIR}: judge against a contributed catalog instead of the one built into atlas. */
final class CatalogOption {

    @Option(
            names = "--catalog",
            paramLabel = "DIR",
            description = "Catalog directory to use instead of the built-in catalog.")
    Path dir;

    /** @throws org.llmatlas.core.catalog.CatalogException when the catalog is invalid */
    Catalog load() {
        return dir == null ? CatalogLoader.loadDefault() : CatalogLoader.load(dir);
    }
}
