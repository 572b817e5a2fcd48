package org.llmatlas.core.catalog.export;

import java.util.List;
import java.util.stream.Collectors;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogCodec;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.core.catalog.Mapping;

/**
 * One row per mapping (a method in a phase × problem × remedy cell), with IDs and names side by side and the
 * source keys joined by {@code ;}. RFC 4180: CRLF line ends, fields with commas, quotes or line breaks in double
 * quotes, quotes doubled.
 */
public final class CsvExport {

    static final List<String> HEADER = List.of(
            "mapping_id",
            "status",
            "phase_id",
            "phase",
            "problem_id",
            "problem",
            "remedy_id",
            "remedy",
            "method_id",
            "method",
            "timing",
            "sources",
            "rationale");

    private CsvExport() {}

    public static String write(Catalog catalog) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (Mapping m : catalog.mappings()) {
            row(
                    out,
                    List.of(
                            m.id(),
                            CatalogCodec.status(m.status()),
                            m.phase(),
                            name(catalog, m.phase()),
                            m.problem(),
                            name(catalog, m.problem()),
                            m.remedy(),
                            name(catalog, m.remedy()),
                            m.method(),
                            name(catalog, m.method()),
                            nullToEmpty(CatalogCodec.timing(m.timing())),
                            String.join(";", m.sources()),
                            nullToEmpty(m.rationale())));
        }
        return out.toString();
    }

    /** Quotes one field per RFC 4180 when it needs it. */
    static String field(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static void row(StringBuilder out, List<String> fields) {
        out.append(fields.stream().map(CsvExport::field).collect(Collectors.joining(",")))
                .append("\r\n");
    }

    private static String name(Catalog catalog, String id) {
        return catalog.find(id).map(CatalogEntity::name).orElse(id);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
