package org.llmatlas.cli.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.export.BibtexExport;
import org.llmatlas.core.catalog.export.CsvExport;
import org.llmatlas.core.catalog.export.JsonExport;
import org.llmatlas.core.catalog.export.MarkdownExport;
import org.llmatlas.core.catalog.export.YamlExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Exports the whole catalog for other tools.
 *
 * <p>Example: {@code ./atlas catalog export --format bibtex --out atlas.bib}
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export the catalog as JSON, CSV (one row per mapping), BibTeX (sources), Markdown,"
                + " or YAML (the catalog folder layout).",
        footer = {
            "",
            "Examples:",
            "  ./atlas catalog export --format json > catalog.json",
            "  ./atlas catalog export --format bibtex --out atlas.bib",
            "  ./atlas catalog export --format yaml --out my-catalog/"
        })
final class ExportCommand extends CatalogSubcommand {

    /** Export formats. */
    enum ExportFormat {
        json,
        csv,
        bibtex,
        markdown,
        yaml
    }

    @Mixin
    CatalogSource source;

    @Option(
            names = "--format",
            required = true,
            paramLabel = "FORMAT",
            description = "json, csv, bibtex, markdown or yaml.")
    ExportFormat format;

    @Option(
            names = "--out",
            paramLabel = "FILE|DIR",
            description = "Write to this file (a folder for yaml) instead of standard output.")
    Path out;

    @Override
    int run() throws IOException {
        Catalog catalog = source.load();
        if (format == ExportFormat.yaml) {
            if (out == null) {
                throw new InvalidInput("--format yaml writes a folder: give it with --out DIR", Exit.INVALID);
            }
            YamlExport.write(catalog, out);
            err().println("wrote " + catalog.entities().count() + " entries to " + out);
            return Exit.OK;
        }
        String text = switch (format) {
            case json -> JsonExport.write(catalog);
            case csv -> CsvExport.write(catalog);
            case bibtex -> BibtexExport.write(catalog);
            case markdown -> MarkdownExport.write(catalog);
            case yaml -> throw new IllegalStateException("handled above");
        };
        if (out == null) {
            out().print(text);
            out().flush();
        } else {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            Files.writeString(out, text, StandardCharsets.UTF_8);
            err().println("wrote " + out);
        }
        return Exit.OK;
    }
}
