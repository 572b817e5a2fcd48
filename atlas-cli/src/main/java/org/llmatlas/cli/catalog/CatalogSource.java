package org.llmatlas.cli.catalog;

import java.nio.file.Path;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogLoader;
import picocli.CommandLine.Option;

/** The {@code --catalog DIR} option every browsing command shares: a catalog folder instead of the built-in one. */
final class CatalogSource {

    @Option(
            names = "--catalog",
            paramLabel = "DIR",
            description = "Catalog folder to use instead of the built-in catalog (it is fully validated).")
    Path directory;

    /** Loads the catalog; only when a command runs, so that {@code --help} stays fast. */
    Catalog load() {
        return directory == null ? CatalogLoader.loadDefault() : CatalogLoader.load(directory);
    }
}
