package org.llmatlas.core.catalog.export;

import java.text.Normalizer;
import java.util.Map;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.Source;

/**
 * The catalog's sources as BibTeX, keyed by source ID (the keys the CSV export lists). Text is escaped for LaTeX:
 * special characters ({@code & % $ # _ { } ~ ^ \}) are quoted, and accented letters become LaTeX accent commands
 * ({@code ö} → {@code {\"o}}), so the file works with classic BibTeX as well as biber. Titles are wrapped in an
 * extra pair of braces to keep their capitalisation.
 */
public final class BibtexExport {

    /** Combining marks (after NFD decomposition) and their LaTeX accent commands. */
    private static final Map<Character, String> ACCENTS = Map.ofEntries(
            Map.entry('\u0300', "`"),
            Map.entry('\u0301', "'"),
            Map.entry('\u0302', "^"),
            Map.entry('\u0303', "~"),
            Map.entry('\u0304', "="),
            Map.entry('\u0306', "u"),
            Map.entry('\u0307', "."),
            Map.entry('\u0308', "\""),
            Map.entry('\u030A', "r"),
            Map.entry('\u030B', "H"),
            Map.entry('\u030C', "v"),
            Map.entry('\u0327', "c"),
            Map.entry('\u0328', "k"));

    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ß', "{\\ss}"),
            Map.entry('ø', "{\\o}"),
            Map.entry('Ø', "{\\O}"),
            Map.entry('æ', "{\\ae}"),
            Map.entry('Æ', "{\\AE}"),
            Map.entry('œ', "{\\oe}"),
            Map.entry('Œ', "{\\OE}"),
            Map.entry('ł', "{\\l}"),
            Map.entry('Ł', "{\\L}"),
            Map.entry('ı', "{\\i}"),
            Map.entry('–', "--"),
            Map.entry('—', "---"),
            Map.entry('×', "$\\times$"),
            Map.entry('’', "'"),
            Map.entry('‘', "`"),
            Map.entry('“', "``"),
            Map.entry('”', "''"));

    private BibtexExport() {}

    public static String write(Catalog catalog) {
        StringBuilder out = new StringBuilder();
        for (Source source : catalog.sources()) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            entry(out, source);
        }
        return out.toString();
    }

    private static void entry(StringBuilder out, Source s) {
        String type = s.type() == null ? "misc" : s.type();
        String bibType = switch (type) {
            case "online", "standard" -> "misc";
            default -> type;
        };
        out.append('@').append(bibType).append('{').append(s.id()).append(",\n");
        field(
                out,
                "author",
                String.join(
                        " and ", s.authors().stream().map(BibtexExport::escape).toList()));
        field(out, "title", "{" + escape(s.title()) + "}");
        field(out, "year", String.valueOf(s.year()));
        if (s.venue() != null) {
            String venueField = switch (bibType) {
                case "article" -> "journal";
                case "inproceedings", "incollection" -> "booktitle";
                case "book" -> "publisher";
                case "techreport" -> "institution";
                case "phdthesis" -> "school";
                default -> "howpublished";
            };
            field(out, venueField, escape(s.venue()));
        }
        if (s.doi() != null) {
            field(out, "doi", escape(s.doi()));
        }
        if (s.arxiv() != null) {
            field(out, "eprint", s.arxiv());
            field(out, "archiveprefix", "arXiv");
        }
        if (s.url() != null) {
            field(out, "url", s.url().replace("%", "\\%").replace("#", "\\#"));
        }
        out.setLength(out.length() - 2);
        out.append("\n}\n");
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** Escapes text for a BibTeX field value. */
    static String escape(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            char next = i + 1 < decomposed.length() ? decomposed.charAt(i + 1) : 0;
            String accent = ACCENTS.get(next);
            if (accent != null && Character.isLetter(c)) {
                String base = c == 'i' ? "\\i" : String.valueOf(c);
                out.append("{\\").append(accent);
                out.append(Character.isLetter(accent.charAt(0)) ? "{" + base + "}" : base);
                out.append('}');
                i++;
                continue;
            }
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(LETTERS.getOrDefault(c, String.valueOf(c)));
            }
        }
        return out.toString();
    }
}
