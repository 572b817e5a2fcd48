package org.llmatlas.core.catalog.export;

import java.util.List;
import java.util.Locale;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.core.catalog.Crosswalk;
import org.llmatlas.core.catalog.Method;
import org.llmatlas.core.catalog.Source;
import org.llmatlas.core.catalog.matrix.MarkdownMatrix;
import org.llmatlas.core.catalog.matrix.Matrix;

/**
 * The catalog as one Markdown document for documentation sites: the matrix, every active method with its objectives,
 * instruments, crosswalks and sources, and the reference list. Source keys link to their reference entries.
 */
public final class MarkdownExport {

    private MarkdownExport() {}

    public static String write(Catalog catalog) {
        StringBuilder out = new StringBuilder();
        out.append("# ")
                .append(catalog.title())
                .append(" ")
                .append(catalog.version())
                .append("\n\n");
        if (catalog.released() != null || catalog.license() != null) {
            out.append("Released ")
                    .append(catalog.released() == null ? "(unreleased)" : catalog.released())
                    .append(catalog.license() == null ? "" : " under " + catalog.license())
                    .append(".\n\n");
        }
        out.append("## Problem-solution matrix\n\n").append(MarkdownMatrix.render(Matrix.of(catalog)));
        out.append("\n## Methods\n");
        for (Method method : catalog.methods()) {
            if (!method.isActive()) {
                continue;
            }
            out.append("\n### ")
                    .append(method.name())
                    .append(" (`")
                    .append(method.id())
                    .append("`)\n\n");
            if (method.summary() != null) {
                out.append(method.summary().strip()).append("\n\n");
            }
            item(out, "Objectives", names(catalog, method.objectives()));
            item(
                    out,
                    "Instruments",
                    String.join(
                            ", ",
                            method.instruments().stream()
                                    .map(i -> "`" + i + "`")
                                    .toList()));
            item(out, "Sources", links(method.sources()));
            for (Crosswalk c : method.crosswalks()) {
                item(
                        out,
                        "Crosswalk",
                        c.framework() + " " + c.ref() + (c.label() == null ? "" : " (" + c.label() + ")") + " ["
                                + c.source() + "](#" + anchor(c.source()) + ")");
            }
        }
        out.append("\n## References\n\n");
        for (Source source : catalog.sources()) {
            out.append("- <a id=\"")
                    .append(anchor(source.id()))
                    .append("\"></a>**")
                    .append(source.id())
                    .append("** ");
            out.append(reference(source)).append('\n');
        }
        return out.toString();
    }

    /** An APA-like reference line: authors (year). Title. Venue. DOI or arXiv. */
    static String reference(Source s) {
        StringBuilder out = new StringBuilder();
        out.append(String.join("; ", s.authors())).append(" (").append(s.year()).append("). ");
        out.append(s.title().strip());
        out.append(s.title().strip().endsWith(".") || s.title().strip().endsWith("?") ? " " : ". ");
        if (s.venue() != null) {
            out.append('*').append(s.venue()).append("*. ");
        }
        if (s.doi() != null) {
            out.append("https://doi.org/").append(s.doi());
        } else if (s.arxiv() != null) {
            out.append("arXiv:").append(s.arxiv());
        } else if (s.url() != null) {
            out.append(s.url());
        }
        return out.toString().strip();
    }

    private static void item(StringBuilder out, String label, String value) {
        if (!value.isEmpty()) {
            out.append("- ").append(label).append(": ").append(value).append('\n');
        }
    }

    private static String names(Catalog catalog, List<String> ids) {
        return String.join(
                ", ",
                ids.stream()
                        .map(id -> catalog.find(id).map(CatalogEntity::name).orElse(id))
                        .toList());
    }

    private static String links(List<String> ids) {
        return String.join(
                ", ",
                ids.stream().map(id -> "[" + id + "](#" + anchor(id) + ")").toList());
    }

    private static String anchor(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
