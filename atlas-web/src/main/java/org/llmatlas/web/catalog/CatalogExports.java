package org.llmatlas.web.catalog;

import java.util.List;
import java.util.stream.Collectors;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogCodec;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.core.catalog.EntityKind;
import org.llmatlas.core.catalog.Mapping;
import org.llmatlas.core.catalog.Method;
import org.llmatlas.core.catalog.Source;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The release exports in JSON, CSV, BibTeX and Markdown. */
final class CatalogExports {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CatalogExports() {}

    /** {@code catalog.yaml}'s fields plus one array per kind ({@code phases}, ..., {@code sources}). */
    static String json(Catalog catalog) {
        ObjectNode root = CatalogCodec.metadataTree(catalog);
        for (EntityKind kind : EntityKind.values()) {
            ArrayNode array = root.putArray(kind.folder());
            catalog.entities().filter(e -> EntityKind.of(e) == kind).forEach(e -> array.add(CatalogCodec.toTree(e)));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** One row per mapping: the matrix as a flat table. */
    static String csv(Catalog catalog) {
        StringBuilder out = new StringBuilder(
                "mapping,status,phase,problem,remedy,method,method_name,objectives,instruments,sources\r\n");
        for (Mapping m : catalog.mappings()) {
            Method method = catalog.find(m.method(), Method.class).orElseThrow();
            out.append(String.join(
                            ",",
                            List.of(
                                            m.id(),
                                            CatalogCodec.status(m.status()),
                                            m.phase(),
                                            m.problem(),
                                            m.remedy(),
                                            m.method(),
                                            method.name(),
                                            String.join(" ", method.objectives()),
                                            String.join(" ", method.instruments()),
                                            String.join(" ", m.sources()))
                                    .stream()
                                    .map(CatalogExports::csvField)
                                    .toList()))
                    .append("\r\n");
        }
        return out.toString();
    }

    static String bibtex(Catalog catalog) {
        StringBuilder out = new StringBuilder();
        for (Source s : catalog.sources()) {
            out.append('@')
                    .append(s.type() == null ? "misc" : s.type())
                    .append('{')
                    .append(s.id())
                    .append(",\n");
            field(out, "author", String.join(" and ", s.authors()));
            field(out, "title", s.title());
            field(out, "year", s.year() == 0 ? null : String.valueOf(s.year()));
            field(out, "howpublished", s.venue());
            field(out, "doi", s.doi());
            field(out, "eprint", s.arxiv());
            field(out, "url", s.url());
            out.append("}\n\n");
        }
        return out.toString();
    }

    /** The matrix as Markdown tables, one per phase, then the methods. */
    static String markdown(Catalog catalog) {
        StringBuilder out = new StringBuilder("# ")
                .append(catalog.title())
                .append(' ')
                .append(catalog.version())
                .append("\n\n");
        MatrixView matrix = MatrixView.of(catalog, MatrixFilter.NONE);
        for (MatrixView.PhaseRows block : matrix.phases()) {
            out.append("## ").append(block.phase().name()).append("\n\n");
            if (block.rows().isEmpty()) {
                out.append("No agency problem arises in this phase.\n\n");
                continue;
            }
            out.append("| Agency problem | ")
                    .append(matrix.remedies().stream().map(CatalogEntity::name).collect(Collectors.joining(" | ")))
                    .append(" |\n|---|")
                    .append("---|".repeat(matrix.remedies().size()))
                    .append('\n');
            for (MatrixView.ProblemRow row : block.rows()) {
                out.append("| ").append(row.problem().name()).append(" | ");
                for (MatrixView.Cell cell : row.cells()) {
                    out.append(cell.methods().stream().map(Method::name).collect(Collectors.joining("<br>")))
                            .append(" | ");
                }
                out.setLength(out.length() - 1);
                out.append('\n');
            }
            out.append('\n');
        }
        out.append("## Methods\n\n");
        for (Method m : catalog.methods()) {
            out.append("- **").append(m.name()).append("** (`").append(m.id()).append("`)");
            if (m.summary() != null) {
                out.append(": ").append(m.summary().strip());
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.append("  ")
                    .append(name)
                    .append(" = {")
                    .append(value.replace("{", "\\{").replace("}", "\\}"))
                    .append("},\n");
        }
    }

    private static String csvField(String value) {
        String text = value == null ? "" : value;
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? '"' + text.replace("\"", "\"\"") + '"'
                : text;
    }
}
