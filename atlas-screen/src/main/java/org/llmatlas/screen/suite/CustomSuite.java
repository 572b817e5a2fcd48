package org.llmatlas.screen.suite;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A suite a contract defines: business scope, forbidden topics, tone. One record per probe with {@code id},
 * {@code prompt}, {@code category} and {@code expected}, plus the field that the expectation needs:
 * {@code answers} (answer; optional {@code incorrect}), {@code topics} (on_topic), {@code phrases}
 * (contains / not_contains), {@code rubric} (rubric). YAML (a list, or a map with {@code probes:}), CSV (header
 * row; list cells separated by {@code ;}) or JSONL (one object per line). Every problem is reported with file,
 * line and a fix, before any request is sent.
 */
public final class CustomSuite {

    private static final Set<String> FIELDS =
            Set.of("id", "prompt", "category", "expected", "answers", "incorrect", "topics", "phrases", "rubric");
    private static final Map<String, String> NEEDS = Map.of(
            "answer",
            "answers",
            "on_topic",
            "topics",
            "contains",
            "phrases",
            "not_contains",
            "phrases",
            "rubric",
            "rubric");
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private CustomSuite() {}

    /** Loads a custom suite; the suite id is the file name without extension. */
    public static Suite load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SuiteException("suite file " + file + " does not exist. Fix: give the path of a YAML, CSV or"
                    + " JSONL suite, or a built-in suite id (" + String.join(", ", ids()) + ")");
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String suiteId = dot < 0 ? name : name.substring(0, dot);
        List<Located> records = switch (ext) {
            case "yaml", "yml" -> yaml(file);
            case "jsonl" -> jsonl(file);
            case "csv" -> csv(file);
            default ->
                throw new SuiteException(
                        "suite file " + file + " has extension '." + ext + "'. Fix: use .yaml, .yml, .csv or .jsonl");
        };
        List<Probe> probes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Located r : records) {
            Probe probe = probe(suiteId, r.node(), file, r.line());
            if (!seen.add(probe.id())) {
                throw SuiteException.at(
                        file, r.line(), "duplicate id '" + probe.id() + "'", "give every probe a unique id");
            }
            probes.add(probe);
        }
        if (probes.isEmpty()) {
            throw SuiteException.at(file, 1, "no probes", "add at least one record with id, prompt and expected");
        }
        return new Suite(suiteId, file.toString(), SuiteFetcher.sha256(file), "as declared by its author", probes);
    }

    private static List<String> ids() {
        return SuiteRegistry.all().stream().map(BuiltinSuite::id).toList();
    }

    private record Located(long line, JsonNode node) {}

    private static List<Located> yaml(Path file) {
        List<Located> out = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonParser p = YAML.createParser(reader)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME && !"probes".equals(p.currentName())) {
                    p.nextToken();
                    p.skipChildren();
                }
                if (t != JsonToken.PROPERTY_NAME) {
                    throw SuiteException.at(
                            file,
                            p.currentLocation().getLineNr(),
                            "no 'probes:' list",
                            "write the probes as a top-level list or under 'probes:'");
                }
                t = p.nextToken();
            }
            if (t != JsonToken.START_ARRAY) {
                throw SuiteException.at(
                        file,
                        p.currentLocation().getLineNr(),
                        "expected a list of probes",
                        "start each probe with '- id: ...'");
            }
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                long line = p.currentLocation().getLineNr();
                JsonNode node = YAML.readTree(p);
                out.add(new Located(line, node));
            }
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw SuiteException.at(
                    file,
                    line,
                    "malformed YAML: " + e.getOriginalMessage(),
                    "check indentation and quoting near this line");
        } catch (IOException e) {
            throw new SuiteException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static List<Located> jsonl(Path file) {
        List<Located> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SuiteException("cannot read " + file + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                out.add(new Located(i + 1, JSON.readTree(lines.get(i))));
            } catch (JacksonException e) {
                throw SuiteException.at(
                        file, i + 1, "malformed JSON: " + e.getOriginalMessage(), "write one JSON object per line");
            }
        }
        return out;
    }

    private static List<Located> csv(Path file) {
        List<Located> out = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(file)) {
            ObjectNode node = JSON.createObjectNode();
            row.cells().forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    node.put(k.strip(), v);
                }
            });
            out.add(new Located(row.line(), node));
        }
        return out;
    }

    private static Probe probe(String suiteId, JsonNode node, Path file, long line) {
        if (!node.isObject()) {
            throw SuiteException.at(
                    file, line, "a probe must be a map of fields", "write 'id:', 'prompt:', 'expected:'");
        }
        for (String field : node.propertyNames()) {
            if (!FIELDS.contains(field)) {
                throw SuiteException.at(
                        file, line, "unknown field '" + field + "'", "use only " + new java.util.TreeSet<>(FIELDS));
            }
        }
        String id = text(node, "id", file, line);
        String prompt = text(node, "prompt", file, line);
        String kind = text(node, "expected", file, line);
        Set<String> kinds = new java.util.TreeSet<>(Expectation.KINDS);
        kinds.removeAll(Expectation.BUILTIN_ONLY);
        if (!kinds.contains(kind)) {
            throw SuiteException.at(
                    file, line, "probe '" + id + "': unknown expected '" + kind + "'", "use one of " + kinds);
        }
        String needed = NEEDS.get(kind);
        List<String> values = new ArrayList<>();
        String rubric = null;
        if ("rubric".equals(needed)) {
            rubric = text(node, "rubric", file, line);
        } else if (needed != null) {
            values.addAll(list(node.get(needed)));
            if (values.isEmpty()) {
                throw SuiteException.at(
                        file,
                        line,
                        "probe '" + id + "' expects " + kind + " but has no '" + needed + "'",
                        "add '" + needed + ":' with at least one entry");
            }
            if ("answer".equals(kind)) {
                list(node.get("incorrect")).forEach(v -> values.add("@incorrect:" + v));
            }
        }
        String category = node.path("category").asString("");
        return Probe.of(suiteId, id, category, prompt, new Expectation(kind, values, rubric));
    }

    private static String text(JsonNode node, String field, Path file, long line) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || !v.isValueNode() || v.asString().isBlank()) {
            throw SuiteException.at(file, line, "missing '" + field + "'", "add '" + field + ":' to this probe");
        }
        return v.asString().strip();
    }

    private static List<String> list(JsonNode v) {
        if (v == null || v.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(e -> out.add(e.asString().strip()));
        } else {
            Arrays.stream(v.asString().split(";")).map(String::strip).forEach(out::add);
        }
        return out.stream().filter(s -> !s.isEmpty()).toList();
    }
}
