package org.llmatlas.web.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.export.BibtexExport;
import org.llmatlas.core.catalog.export.CsvExport;
import org.llmatlas.core.catalog.export.JsonExport;
import org.llmatlas.core.catalog.export.MarkdownExport;

/**
 * The download formats of a release, each with its media type and file suffix. JSON, CSV, BibTeX and Markdown are
 * atlas-core's exporters, so a release downloaded here equals {@code atlas catalog export} of the same catalog.
 */
public enum ExportFormat {
    JSON("application/json", ".json", JsonExport::write),
    CSV("text/csv; charset=utf-8", ".csv", CsvExport::write),
    BIBTEX("application/x-bibtex; charset=utf-8", ".bib", BibtexExport::write),
    MARKDOWN("text/markdown; charset=utf-8", ".md", MarkdownExport::write),
    LAYER("application/json", "-layer.json", NavigatorLayer::json);

    private final String mediaType;
    private final String suffix;
    private final Function<Catalog, String> renderer;

    ExportFormat(String mediaType, String suffix, Function<Catalog, String> renderer) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.renderer = renderer;
    }

    public String mediaType() {
        return mediaType;
    }

    public String suffix() {
        return suffix;
    }

    /** The name used in URLs: {@code json}, {@code csv}, {@code bibtex}, {@code markdown}, {@code layer}. */
    public String urlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    String render(Catalog catalog) {
        return renderer.apply(catalog);
    }

    static Optional<ExportFormat> byName(String name) {
        return Arrays.stream(values())
                .filter(f -> f.urlName().equalsIgnoreCase(name))
                .findFirst();
    }
}
