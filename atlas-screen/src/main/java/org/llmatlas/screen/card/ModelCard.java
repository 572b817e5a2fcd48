package org.llmatlas.screen.card;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A parsed model card: its YAML metadata (empty when there is no front matter), its section headings, which of the
 * Mitchell et al. (2019) sections it covers, and the benchmark results it claims.
 */
public record ModelCard(
        String name,
        JsonNode metadata,
        List<String> sections,
        Map<String, Boolean> mitchellSections,
        List<Claim> claims) {

    /** The nine sections of "Model Cards for Model Reporting" (Mitchell et al. 2019), with heading keywords. */
    static final Map<String, List<String>> MITCHELL = mitchell();

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");

    private static Map<String, List<String>> mitchell() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("Model Details", List.of("model details", "model description", "model information"));
        m.put("Intended Use", List.of("intended use", "uses"));
        m.put("Factors", List.of("factors"));
        m.put("Metrics", List.of("metrics"));
        m.put("Evaluation Data", List.of("evaluation data", "evaluation", "eval results", "benchmark"));
        m.put("Training Data", List.of("training data"));
        m.put("Quantitative Analyses", List.of("quantitative analyses", "results", "performance"));
        m.put("Ethical Considerations", List.of("ethical considerations", "ethics", "responsib", "bias"));
        m.put("Caveats and Recommendations", List.of("caveats", "limitations", "recommendations"));
        return m;
    }

    public static ModelCard parse(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read model card " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses card text; {@code source} names it in error messages. */
    public static ModelCard parse(String text, String source) {
        String body = text.replace("\r\n", "\n");
        JsonNode metadata = YAML.createObjectNode();
        int bodyStartLine = 0;
        if (body.startsWith("---\n")) {
            int end = body.indexOf("\n---", 4);
            if (end < 0) {
                throw new IllegalArgumentException(source + ":1: front matter starts with '---' but never ends."
                        + " Fix: close the YAML block with a line '---'");
            }
            String yaml = body.substring(4, end);
            try {
                JsonNode parsed = YAML.readTree(yaml);
                if (parsed != null && parsed.isObject()) {
                    metadata = parsed;
                }
            } catch (JacksonException e) {
                long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + 1;
                throw new IllegalArgumentException(source + ":" + line + ": malformed YAML front matter: "
                        + e.getOriginalMessage() + ". Fix: check indentation and quoting");
            }
            bodyStartLine = (int) yaml.chars().filter(c -> c == '\n').count() + 3;
            body = body.substring(Math.min(body.length(), end + 4));
        }
        List<String> sections = new ArrayList<>();
        Matcher h = HEADING.matcher(body);
        while (h.find()) {
            sections.add(h.group(1).replaceAll("[*_`:.]", "").strip());
        }
        String name = metadata.path("model-index").path(0).path("name").asString("");
        if (name.isEmpty() && !sections.isEmpty()) {
            name = sections.getFirst().replaceAll("(?i)\\s*model card\\s*", "").strip();
        }
        List<Claim> claims = new ArrayList<>(ModelIndex.claims(metadata));
        claims.addAll(Tables.claims(body, bodyStartLine));
        return new ModelCard(name, metadata, List.copyOf(sections), coverage(sections), List.copyOf(claims));
    }

    private static Map<String, Boolean> coverage(List<String> sections) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        MITCHELL.forEach((section, keys) -> out.put(
                section,
                sections.stream()
                        .map(s -> s.toLowerCase(Locale.ROOT))
                        .anyMatch(s -> keys.stream().anyMatch(s::contains))));
        return out;
    }

    /** Claims for one model of the card, matching its name loosely ("GPT-Neo 2.7B" matches "gpt-neo-2.7b"). */
    public List<Claim> claimsFor(String model) {
        String wanted = normalise(model);
        return claims.stream().filter(c -> normalise(c.model()).equals(wanted)).toList();
    }

    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
    }
}
