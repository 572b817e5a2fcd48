package org.llmatlas.cli.screen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.llmatlas.core.validation.DidYouMean;
import org.llmatlas.core.validation.LocatedYaml;
import org.llmatlas.core.validation.Problem;
import org.llmatlas.core.validation.ValidationException;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.engine.Pricing;
import org.llmatlas.screen.engine.Sampling;
import org.llmatlas.screen.suite.SuiteRegistry;
import tools.jackson.databind.JsonNode;

/**
 * A screening run written down ({@code atlas screen --run run.yaml}), so that it can be reviewed, versioned and
 * repeated. Every problem is reported with file, line and column, all at once.
 *
 * <pre>
 * candidates:
 *   - {name: a, base_url: "http://localhost:11434/v1", model: llama3.2}
 *   - {name: b, base_url: "https://api.openai.com/v1", model: gpt-4o-mini, api_key_env: OPENAI_API_KEY,
 *      price: {prompt_per_1k: 0.00015, completion_per_1k: 0.0006}}
 * suites: [xstest, suites/scope.yaml]
 * suite_files: {truthfulqa: data/TruthfulQA.csv}
 * transforms: [base64, prefix_injection]
 * system_prompt_file: prompts/system.txt
 * sampling: {temperature: 0, max_tokens: 512, seed: 7}
 * engine: {concurrency: 16, rpm: 500, tpm: 200000, timeout: 60s, retries: 4, samples: 1}
 * bbq_sample: 2000
 * copyright_refs: refs/harmbench
 * out: atlas-out/screen
 * </pre>
 */
final class RunFile {

    private static final Set<String> TOP = Set.of(
            "candidates",
            "suites",
            "suite_files",
            "transforms",
            "system_prompt",
            "system_prompt_file",
            "sampling",
            "engine",
            "bbq_sample",
            "copyright_refs",
            "out");
    private static final Set<String> CANDIDATE =
            Set.of("name", "base_url", "model", "api_key_env", "stream", "price", "sampling", "system_prompt");
    private static final Set<String> SAMPLING = Set.of("temperature", "top_p", "max_tokens", "seed");
    private static final Set<String> ENGINE = Set.of("concurrency", "rpm", "tpm", "timeout", "retries", "samples");

    /** What the file says; {@code null} where it says nothing. */
    record Content(
            List<Candidate> candidates,
            List<String> suites,
            Map<String, Path> suiteFiles,
            List<String> transforms,
            Integer concurrency,
            Integer rpm,
            Integer tpm,
            Duration timeout,
            Integer retries,
            Integer samples,
            Long seed,
            Integer bbqSample,
            Path copyrightRefs,
            Path out) {}

    private final LocatedYaml yaml;
    private final Path dir;
    private final List<Problem> problems = new ArrayList<>();

    private RunFile(LocatedYaml yaml, Path dir) {
        this.yaml = yaml;
        this.dir = dir;
    }

    /** @throws ValidationException listing every problem with its location and fix */
    static Content read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ValidationException(
                    List.of(Problem.inFile(file.toString(), "no such run file", "check the path given to --run")));
        }
        LocatedYaml yaml = LocatedYaml.read(file);
        Path dir = file.toAbsolutePath().getParent();
        return new RunFile(yaml, dir).content();
    }

    private Content content() {
        JsonNode root = yaml.root();
        if (!root.isObject()) {
            throw new ValidationException(
                    List.of(yaml.problem("", "a run file is a YAML mapping", "start with 'candidates:'")));
        }
        keys(root, "", TOP);
        String systemPrompt = text(root, "/system_prompt");
        if (root.has("system_prompt_file")) {
            systemPrompt = readText(root.path("system_prompt_file").asString(""), "/system_prompt_file");
        }
        Sampling sampling = sampling(root.path("sampling"), "/sampling", Sampling.DETERMINISTIC);
        List<Candidate> candidates = new ArrayList<>();
        JsonNode list = root.path("candidates");
        if (!list.isArray() || list.isEmpty()) {
            problems.add(yaml.problem(
                    "/candidates",
                    "the run file names no candidates",
                    "add 'candidates:' with at least one {name, base_url, model}"));
        } else {
            for (int i = 0; i < list.size(); i++) {
                candidate(list.get(i), "/candidates/" + i, sampling, systemPrompt)
                        .ifPresent(candidates::add);
            }
        }
        // suite files are relative to the run file; built-in ids stay as they are
        List<String> suites = strings(root, "/suites").stream()
                .map(s -> SuiteRegistry.find(s).isEmpty() && Files.exists(dir.resolve(s))
                        ? dir.resolve(s).toString()
                        : s)
                .toList();
        List<String> transforms = strings(root, "/transforms");
        Map<String, Path> suiteFiles = new LinkedHashMap<>();
        root.path("suite_files")
                .properties()
                .forEach(
                        e -> suiteFiles.put(e.getKey(), dir.resolve(e.getValue().asString(""))));
        JsonNode engine = root.path("engine");
        keys(engine, "/engine", ENGINE);
        Duration timeout = null;
        if (engine.has("timeout")) {
            try {
                timeout = Specs.duration(engine.path("timeout").asString(""));
            } catch (IllegalArgumentException e) {
                problems.add(yaml.problem("/engine/timeout", e.getMessage(), "e.g. timeout: 60s"));
            }
        }
        Path out = root.has("out") ? dir.resolve(root.path("out").asString("")) : null;
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new Content(
                candidates,
                suites,
                suiteFiles,
                transforms,
                integer(engine, "concurrency"),
                integer(engine, "rpm"),
                integer(engine, "tpm"),
                timeout,
                integer(engine, "retries"),
                integer(engine, "samples"),
                sampling.seed(),
                integer(root, "bbq_sample"),
                root.has("copyright_refs")
                        ? dir.resolve(root.path("copyright_refs").asString(""))
                        : null,
                out);
    }

    private java.util.Optional<Candidate> candidate(JsonNode node, String at, Sampling sampling, String systemPrompt) {
        keys(node, at, CANDIDATE);
        for (String required : List.of("name", "base_url", "model")) {
            if (!node.path(required).isString()) {
                problems.add(yaml.problem(
                        at, "candidate without '" + required + "'", "every candidate needs name, base_url and model"));
                return java.util.Optional.empty();
            }
        }
        try {
            JsonNode price = node.path("price");
            Pricing pricing = price.isObject()
                    ? new Pricing(
                            price.path("prompt_per_1k").asDouble(0),
                            price.path("completion_per_1k").asDouble(0))
                    : Pricing.UNKNOWN;
            return java.util.Optional.of(new Candidate(
                    node.path("name").asString(),
                    node.path("base_url").asString(),
                    node.path("model").asString(),
                    node.has("api_key_env") ? node.path("api_key_env").asString() : null,
                    sampling(node.path("sampling"), at + "/sampling", sampling),
                    node.has("system_prompt") ? node.path("system_prompt").asString() : systemPrompt,
                    node.path("stream").asBoolean(false),
                    pricing));
        } catch (IllegalArgumentException e) {
            problems.add(yaml.problem(at, e.getMessage(), "fix this candidate's entry"));
            return java.util.Optional.empty();
        }
    }

    private Sampling sampling(JsonNode node, String at, Sampling base) {
        if (node.isMissingNode()) {
            return base;
        }
        keys(node, at, SAMPLING);
        try {
            return new Sampling(
                    node.has("temperature") ? node.path("temperature").asDouble() : base.temperature(),
                    node.has("top_p") ? node.path("top_p").asDouble() : base.topP(),
                    node.has("max_tokens") ? node.path("max_tokens").asInt() : base.maxTokens(),
                    node.has("seed") ? node.path("seed").asLong() : base.seed());
        } catch (IllegalArgumentException e) {
            problems.add(yaml.problem(at, e.getMessage(), "fix the sampling values"));
            return base;
        }
    }

    private void keys(JsonNode node, String at, Set<String> known) {
        if (!node.isObject()) {
            return;
        }
        for (String key : node.propertyNames()) {
            if (!known.contains(key)) {
                String hint = DidYouMean.suggest(key, known)
                        .map(s -> "did you mean '" + s + "'?")
                        .orElse("known keys: " + known.stream().sorted().toList());
                problems.add(yaml.problemAtKey(at + "/" + LocatedYaml.segment(key), "unknown key '" + key + "'", hint));
            }
        }
    }

    private List<String> strings(JsonNode root, String pointer) {
        JsonNode node = root.at(pointer);
        List<String> out = new ArrayList<>();
        if (node.isString()) {
            out.add(node.asString());
        } else if (node.isArray()) {
            node.forEach(n -> out.add(n.asString()));
        } else if (!node.isMissingNode()) {
            problems.add(yaml.problem(pointer, "expected a list of names", "e.g. [xstest, truthfulqa]"));
        }
        return out;
    }

    private String text(JsonNode root, String pointer) {
        JsonNode node = root.at(pointer);
        return node.isString() ? node.asString() : null;
    }

    private String readText(String path, String pointer) {
        try {
            return Files.readString(dir.resolve(path)).strip();
        } catch (IOException e) {
            problems.add(yaml.problem(
                    pointer, "cannot read " + dir.resolve(path), "check the path (relative to the run file)"));
            return null;
        }
    }

    private static Integer integer(JsonNode node, String key) {
        return node.has(key) ? node.path(key).asInt() : null;
    }
}
