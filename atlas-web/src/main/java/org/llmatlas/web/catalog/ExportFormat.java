package org.llmatlas.web.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.llmatlas.core.catalog.Catalog;

/** The download formats of a release, each with its media type and file suffix. */
public enum ExportFormat {
    JSON("application/json", ".json", CatalogExports::json),
    CSV("text/csv; charset=utf-8", ".csv", CatalogExports::csv),
    BIBTEX("application/x-bibtex; charset=utf-8", ".bib", CatalogExports::bibtex),
    MARKDOWN("text/markdown; charset=utf-8", ".md", CatalogExports::markdown),
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
