package org.llmatlas.screen.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes every output of a screening run into one directory and returns the files written. */
public final class ReportWriter {

    static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportWriter() {}

    public static String json(ScreenReport r) {
        return JSON.writeValueAsString(r);
    }

    /**
     * Writes {@code report.json}, {@code report.html}, {@code junit.xml} and {@code evidence-<candidate>.json}.
     *
     * @param thresholds optional metric bounds for the JUnit cases (contract clauses); may be empty
     */
    public static List<Path> writeAll(ScreenReport r, Path outDir, Map<String, JUnitReport.Threshold> thresholds) {
        try {
            Files.createDirectories(outDir);
            List<Path> files = new ArrayList<>();
            Path json = outDir.resolve("report.json");
            Files.writeString(json, json(r), StandardCharsets.UTF_8);
            files.add(json);
            Path html = outDir.resolve("report.html");
            Files.writeString(html, HtmlReport.render(r), StandardCharsets.UTF_8);
            files.add(html);
            Path junit = outDir.resolve("junit.xml");
            Files.writeString(junit, JUnitReport.render(r, thresholds), StandardCharsets.UTF_8);
            files.add(junit);
            files.addAll(EvidenceExport.write(r, json, outDir));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + outDir + ": " + e.getMessage(), e);
        }
    }
}
