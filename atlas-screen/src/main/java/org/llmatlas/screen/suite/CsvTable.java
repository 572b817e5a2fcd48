package org.llmatlas.screen.suite;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A CSV file with a header row, read by a real CSV parser. The published benchmark files need one: TruthfulQA
 * starts with a byte-order mark, HarmBench mixes CRLF and LF and has quoted cells that span lines.
 */
final class CsvTable {

    /** One record, with the line its record starts on (1-based, header is line 1). */
    record Row(long line, Map<String, String> cells) {

        String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v;
        }
    }

    private static final CsvMapper MAPPER = CsvMapper.builder().build();

    private CsvTable() {}

    static List<Row> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SuiteException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it =
                MAPPER.readerFor(Map.class).with(schema).readValues(new StringReader(text))) {
            while (true) {
                long line =
                        it.currentLocation() == null ? 2 : it.currentLocation().getLineNr();
                if (!it.hasNextValue()) {
                    break;
                }
                Map<String, String> cells = it.nextValue();
                rows.add(new Row(Math.max(2, line), cells));
            }
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw SuiteException.at(
                    file,
                    line,
                    "malformed CSV: " + e.getOriginalMessage(),
                    "quote cells that hold commas or line breaks");
        }
        return rows;
    }
}
