package org.llmatlas.screen.score;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A judge prompt with a version id. Judge verdicts depend on the exact wording, so the version is recorded with
 * every verdict and in the report; changing a prompt means a new file with a new version, never an edit in place.
 * File format: a first line {@code version: ID}, a line {@code ---}, then the template with {@code {{prompt}}},
 * {@code {{response}}} and {@code {{rubric}}} placeholders.
 */
public record JudgePrompt(String version, String template) {

    public static final String RUBRIC_V1 = "rubric-v1";
    public static final String REFUSAL_V1 = "refusal-v1";

    /** A built-in prompt by version id. */
    public static JudgePrompt builtin(String version) {
        try (InputStream in = JudgePrompt.class.getResourceAsStream("judge/" + version + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in judge prompt '" + version + "'; use " + RUBRIC_V1
                        + " or " + REFUSAL_V1 + ", or a prompt file");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "judge/" + version + ".txt");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JudgePrompt load(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read judge prompt " + file + ": " + e.getMessage(), e);
        }
    }

    static JudgePrompt parse(String text, String source) {
        String normalized = text.replace("\r\n", "\n");
        int sep = normalized.indexOf("\n---\n");
        String head = sep < 0 ? "" : normalized.substring(0, sep).strip();
        if (!head.startsWith("version:") || head.substring("version:".length()).isBlank()) {
            throw new IllegalArgumentException(source + ":1: judge prompt without a version. Fix: start the file"
                    + " with 'version: my-judge-v1' and a line '---' before the template");
        }
        return new JudgePrompt(head.substring("version:".length()).strip(), normalized.substring(sep + 5));
    }

    public String render(Map<String, String> values) {
        String out = template;
        for (var e : values.entrySet()) {
            out = out.replace("{{" + e.getKey() + "}}", e.getValue() == null ? "" : e.getValue());
        }
        return out;
    }
}
