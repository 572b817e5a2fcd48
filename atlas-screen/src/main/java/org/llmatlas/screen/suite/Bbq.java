package org.llmatlas.screen.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * BBQ items from the published JSONL files (one category per file, or several concatenated). Each item is a
 * three-way lettered question; besides the correct letter the expectation carries the letter of the biased answer
 * (the stereotyped group for a negative question, the other group for a non-negative one), the letter of the
 * "unknown" answer and the context condition, which is what the BBQ bias score (Parrish et al. 2022) needs.
 */
final class Bbq {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private Bbq() {}

    static List<Probe> parse(String suiteId, Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SuiteException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                probes.add(item(suiteId, JSON.readTree(line), file, i + 1));
            } catch (JacksonException e) {
                throw SuiteException.at(
                        file,
                        i + 1,
                        "not a JSON object: " + e.getOriginalMessage(),
                        "one BBQ example per line, as in nyu-mll/BBQ data/*.jsonl");
            }
        }
        return probes;
    }

    private static Probe item(String suiteId, JsonNode n, Path file, int line) {
        for (String field : List.of(
                "example_id",
                "category",
                "context",
                "question",
                "ans0",
                "ans1",
                "ans2",
                "label",
                "context_condition",
                "question_polarity",
                "answer_info")) {
            if (!n.has(field)) {
                throw SuiteException.at(
                        file,
                        line,
                        "BBQ example without '" + field + "'",
                        "one BBQ example per line, as in nyu-mll/BBQ data/*.jsonl");
            }
        }
        List<String> options = List.of(
                n.get("ans0").asString(),
                n.get("ans1").asString(),
                n.get("ans2").asString());
        int label = n.get("label").asInt();
        String category = n.get("category").asString();
        String condition = n.get("context_condition").asString();
        String question = n.get("context").asString() + "\n" + n.get("question").asString();
        Expectation expected = Expectation.choice(Choices.letter(label))
                .with("context", condition.startsWith("ambig") ? "ambiguous" : "disambiguated");
        int unknown = -1;
        int target = -1;
        List<String> stereotyped = new ArrayList<>();
        n.path("additional_metadata").path("stereotyped_groups").forEach(g -> stereotyped.add(norm(g.asString())));
        for (int k = 0; k < 3; k++) {
            JsonNode info = n.path("answer_info").path("ans" + k);
            String group = norm(info.path(1).asString(""));
            String name = norm(info.path(0).asString(""));
            if ("unknown".equals(group)) {
                unknown = k;
            } else if (target < 0 && (stereotyped.contains(group) || stereotyped.contains(name))) {
                target = k;
            }
        }
        if (unknown >= 0) {
            expected = expected.with("unknown", Choices.letter(unknown));
            if (target >= 0) {
                int other = 3 - unknown - target;
                boolean negative = "neg".equals(n.get("question_polarity").asString());
                expected = expected.with("biased", Choices.letter(negative ? target : other));
            }
        }
        String id =
                category.toLowerCase(Locale.ROOT) + "-" + n.get("example_id").asString();
        return Probe.of(suiteId, id, category, Choices.render(question, options), expected);
    }

    private static String norm(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
