package org.llmatlas.cli.catalog;

import java.nio.file.Path;
import org.llmatlas.core.catalog.CatalogLoader;
import org.llmatlas.core.catalog.diff.CatalogDiff;
import org.llmatlas.core.catalog.diff.Changelog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A changelog generated from two catalog folders. Fails (exit 2) when an ID disappeared: IDs must never be removed.
 *
 * <p>Example: {@code ./atlas catalog diff old-catalog/ catalog/ --format markdown}
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = "Changelog between two catalog folders: added, changed (per field), deprecated, removed."
                + " A removed ID is an error (exit 2).",
        footer = {
            "",
            "Examples:",
            "  ./atlas catalog diff old-catalog/ catalog/",
            "  ./atlas catalog diff v1/ v2/ --format markdown"
        })
final class DiffCommand extends CatalogSubcommand {

    /** Changelog formats. */
    enum DiffFormat {
        text,
        markdown,
        json
    }

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier catalog folder.")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later catalog folder.")
    Path after;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), markdown or json.")
    DiffFormat format = DiffFormat.text;

    @Override
    int run() {
        CatalogDiff diff = CatalogDiff.between(CatalogLoader.load(before), CatalogLoader.load(after));
        out().print(
                        switch (format) {
                            case text -> Changelog.text(diff);
                            case markdown -> Changelog.markdown(diff);
                            case json -> Changelog.json(diff);
                        });
        out().flush();
        if (diff.hasRemovals()) {
            err().println("error: " + diff.of(CatalogDiff.Kind.REMOVED).size()
                    + " ID(s) removed; IDs must never disappear, deprecate them instead");
            return Exit.INVALID;
        }
        return Exit.OK;
    }
}
