package org.llmatlas.cli.screen;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.llmatlas.cli.AtlasVersion;
import org.llmatlas.core.validation.ValidationException;
import org.llmatlas.detect.Sample;
import org.llmatlas.detect.refusal.RefusalDetector;
import org.llmatlas.screen.card.Claim;
import org.llmatlas.screen.card.ModelCard;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.engine.ChatClient;
import org.llmatlas.screen.engine.EngineSettings;
import org.llmatlas.screen.engine.Preflight;
import org.llmatlas.screen.engine.Sampling;
import org.llmatlas.screen.engine.openai.OpenAiChatClient;
import org.llmatlas.screen.engine.progress.ProgressBar;
import org.llmatlas.screen.engine.provider.ProviderChatClient;
import org.llmatlas.screen.engine.store.ResponseCache;
import org.llmatlas.screen.report.ClauseEvidence;
import org.llmatlas.screen.report.EvidenceExport;
import org.llmatlas.screen.report.JUnitReport;
import org.llmatlas.screen.report.ScreenReport;
import org.llmatlas.screen.report.Screening;
import org.llmatlas.screen.score.Judge;
import org.llmatlas.screen.score.Scorer;
import org.llmatlas.screen.suite.CopyrightReferences;
import org.llmatlas.screen.suite.Suite;
import org.llmatlas.screen.suite.SuiteException;
import org.llmatlas.screen.suite.SuiteFetcher;
import org.llmatlas.screen.suite.SuiteLock;
import org.llmatlas.screen.suite.SuiteSample;
import org.llmatlas.screen.suite.Suites;
import org.llmatlas.screen.transform.Escalation;
import org.llmatlas.screen.transform.Transforms;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Screens candidate LLMs for hidden characteristics: runs benchmark and adversarial suites against every candidate,
 * scores the answers, compares the candidates pairwise and writes report.json, report.html, junit.xml and one
 * evidence file per candidate; with a contract, also each screen clause's evidence where the clause names it, so that
 * {@code atlas contract status} judges the clause by this run.
 *
 * <p>Example: {@code atlas screen --candidate a=http://localhost:11434/v1@llama3.2 --candidate
 * b=http://localhost:11434/v1@qwen2.5 --suite xstest --out atlas-out/screen}
 *
 * <p>Exit codes: 0 done, 1 a contract clause's threshold is not met, 2 bad input (nothing was sent).
 */
@Command(
        name = "screen",
        mixinStandardHelpOptions = true,
        subcommands = BenchCommand.class,
        description = {
            "Screen candidate LLMs with benchmark and adversarial suites; compare them pairwise.",
            "Candidates come from --candidate, a --run file, or both; suites and thresholds also from --contract."
        },
        footer = {
            "",
            "Examples:",
            "  ./atlas screen --candidate a=http://localhost:11434/v1@llama3.2 \\",
            "      --candidate b=https://api.openai.com/v1@gpt-4o-mini \\",
            "      --api-key-env b=OPENAI_API_KEY --suite xstest --transform base64 \\",
            "      --concurrency 16 --out atlas-out/screen",
            "  ./atlas screen --candidate gpt=https://api.openai.com/v1@gpt-4o-mini \\",
            "      --api-key-env gpt=OPENAI_API_KEY --candidate gem=gemini:@gemini-2.0-flash \\",
            "      --candidate local=ollama:@llama3.2 --suite xstest",
            "  ./atlas screen --run run.yaml",
            "  ./atlas screen --contract atlas.yaml \\",
            "      --candidate a=http://localhost:11434/v1@llama3.2",
            "",
            "  ./atlas screen bench                  (the engine's speed and memory goals; see bench --help)",
            "",
            "Killed runs resume: start the same command with the same --out;",
            "finished items are not asked again.",
            "Exit codes: 0 done, 1 contract threshold not met, 2 bad input."
        })
public final class ScreenCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int THRESHOLD_NOT_MET = 1;
    static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--candidate",
            paramLabel = "NAME=BASE_URL@MODEL",
            description = {
                "A candidate (repeatable; providers can be mixed in one run). BASE_URL is an OpenAI-compatible URL"
                        + " or a provider prefix with an optional URL:",
                "  a=https://api.openai.com/v1@gpt-4o-mini  (OpenAI-compatible: OpenAI, vLLM, Ollama /v1)",
                "  b=azure:https://RES.openai.azure.com/openai/v1@DEPLOYMENT  ($AZURE_OPENAI_API_KEY)",
                "  c=anthropic:@claude-3-5-haiku-latest  ($ANTHROPIC_API_KEY)",
                "  d=gemini:@gemini-2.0-flash  ($GOOGLE_API_KEY or $GEMINI_API_KEY)",
                "  e=mistral:@mistral-small-latest  ($MISTRAL_API_KEY)",
                "  f=ollama:@llama3.2  (Ollama's native API on localhost:11434, no key)",
                "  g=ollama:http://gpu-box:11434@qwen2.5  (the same on another host)"
            })
    List<String> candidates = new ArrayList<>();

    @Option(
            names = "--api-key-env",
            paramLabel = "NAME=ENV",
            description = "Env variable with the API key of a candidate (default: the provider's usual variable shown"
                    + " under --candidate; none for plain URLs and ollama:).")
    Map<String, String> apiKeyEnv = new LinkedHashMap<>();

    @Option(
            names = "--judge",
            paramLabel = "NAME=BASE_URL@MODEL",
            description = "An LLM judge for rubric expectations; it also labels refusals, and its agreement with the"
                    + " refusal detector (Cohen's kappa) is reported. Its key: --api-key-env NAME=ENV.")
    String judge;

    @Option(
            names = "--attacker",
            paramLabel = "NAME=BASE_URL@MODEL",
            description = "An attacker model that escalates every refused harmful request over several turns"
                    + " (transform 'escalation'). Its key: --api-key-env NAME=ENV.")
    String attacker;

    @Option(
            names = "--attacker-turns",
            paramLabel = "N",
            defaultValue = "3",
            description = "Turns the attacker may take (default ${DEFAULT-VALUE}).")
    int attackerTurns;

    @Option(
            names = "--card",
            paramLabel = "NAME=FILE",
            description = "Model card of a candidate (Hugging Face README or Markdown): its claimed benchmark results"
                    + " are shown beside the measured ones (signaling vs screening).")
    Map<String, Path> cards = new LinkedHashMap<>();

    @Option(names = "--price", paramLabel = "NAME=IN/OUT", description = "Price per 1k prompt/completion tokens.")
    Map<String, String> prices = new LinkedHashMap<>();

    @Option(names = "--stream", description = "Request streamed (SSE) answers (plain URLs and azure: only).")
    boolean stream;

    @Option(names = "--suite", paramLabel = "ID|FILE", description = "Built-in suite id or suite file (repeatable).")
    List<String> suites = new ArrayList<>();

    @Option(
            names = "--suite-file",
            paramLabel = "[ID=]PATH",
            description = "Local copy of a built-in suite's file (for bbq: one category file, or a directory"
                    + " holding its .jsonl files). Checked against the pinned or locked SHA-256.")
    List<String> suiteFiles = new ArrayList<>();

    @Option(
            names = "--bbq-sample",
            paramLabel = "N",
            description = "Screen a stratified sample of N BBQ items (by category and context condition, seeded)"
                    + " instead of all 58,492.")
    Integer bbqSample;

    @Option(
            names = "--copyright-refs",
            paramLabel = "DIR",
            description = "Texts of the copyrighted works that HarmBench's copyright behaviours ask for, one"
                    + " <BehaviorID>.txt each (HarmBench publishes only hashes). Without one, a behaviour is scored by"
                    + " a labelled proxy.")
    Path copyrightRefs;

    @Option(names = "--transform", split = ",", description = "Adversarial transform(s) to add; see --list-transforms.")
    List<String> transforms = new ArrayList<>();

    @Option(names = "--list-transforms", description = "List the transform names and exit.")
    boolean listTransforms;

    @Option(names = "--concurrency", description = "Requests in flight per endpoint (default 8).")
    Integer concurrency;

    @Option(names = "--rpm", description = "Requests per minute per endpoint (default unlimited).")
    Integer rpm;

    @Option(names = "--tpm", description = "Tokens per minute per endpoint (default unlimited).")
    Integer tpm;

    @Option(names = "--timeout", paramLabel = "DURATION", description = "Per attempt, e.g. 60s, 2m (default 60s).")
    String timeout;

    @Option(names = "--retries", description = "Retries after 429/5xx/timeouts (default 4).")
    Integer retries;

    @Option(names = "--samples", paramLabel = "K", description = "Answers per item and candidate (default 1).")
    Integer samples;

    @Option(names = "--temperature", description = "Sampling temperature (default 0).")
    Double temperature;

    @Option(names = "--top-p", description = "Nucleus sampling top_p.")
    Double topP;

    @Option(names = "--max-tokens", description = "Answer length limit (default 512).")
    Integer maxTokens;

    @Option(names = "--seed", description = "Seed for sampling, transforms and bootstrap (default 0).")
    Long seed;

    @Option(names = "--system-prompt", paramLabel = "FILE", description = "System prompt sent to every candidate.")
    Path systemPrompt;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Run folder: journal, reports, evidence (default atlas-out/screen).")
    Path out;

    @Option(names = "--no-cache", description = "Do not read or write the response cache.")
    boolean noCache;

    @Option(names = "--run", paramLabel = "FILE", description = "A run file (YAML); options given here add to it.")
    Path runFile;

    @Option(
            names = "--contract",
            paramLabel = "FILE",
            description = "Take suites, transforms and thresholds from the screen clauses of atlas.yaml, and write"
                    + " each clause's evidence to its evidence path (about parameters.candidate, or the only"
                    + " candidate).")
    Path contract;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (listTransforms) {
            Transforms.names().forEach(out::println);
            out.flush();
            return OK;
        }
        RunConfig config;
        List<Suite> loaded = new ArrayList<>();
        try {
            config = config();
            // a project's lock (copied from the cache) pins suite files that the release cannot pin
            Suites suiteLoader = new Suites(new SuiteFetcher(
                    SuiteFetcher.defaultCacheDir(System.getenv()), Path.of(SuiteLock.FILE_NAME), err::println));
            for (String suite : config.suites()) {
                Suite s = suiteLoader.load(suite, config.suiteFiles().get(suite));
                if (s.id().equals("bbq") && config.bbqSample() != null) {
                    s = SuiteSample.of(s, config.bbqSample(), config.seed());
                    err.println("suite bbq: " + s.source());
                }
                if (config.copyrightRefs() != null) {
                    s = CopyrightReferences.attach(s, config.copyrightRefs(), err::println);
                }
                loaded.add(s);
            }
            if (config.copyrightRefs() != null
                    && loaded.stream()
                            .flatMap(s -> s.probes().stream())
                            .noneMatch(p -> p.expected().kind().equals("copyright"))) {
                err.println("atlas screen: --copyright-refs " + config.copyrightRefs() + " is ignored: no suite of this"
                        + " run has copyright behaviours (they are in --suite harmbench)");
            }
        } catch (ValidationException e) {
            e.problems().forEach(p -> err.println("error: " + p));
            err.flush();
            return BAD_INPUT;
        } catch (IllegalArgumentException | SuiteException e) {
            err.println("atlas screen: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        Map<String, List<Claim>> claims;
        try {
            claims = claims(config.candidates());
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println("atlas screen: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        Map<String, JUnitReport.Threshold> junit = new LinkedHashMap<>();
        config.contract().thresholds().forEach((clause, t) -> junit.put(t.metric(), Contracts.junit(clause, t)));
        Candidate judgeModel;
        Candidate attackerModel;
        try {
            judgeModel = helper(judge, "--judge");
            attackerModel = helper(attacker, "--attacker");
        } catch (IllegalArgumentException e) {
            err.println("atlas screen: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        try (OpenAiChatClient openAi = new OpenAiChatClient()) {
            ChatClient client = new ProviderChatClient(openAi);
            RefusalDetector refusals = new RefusalDetector();
            Screening.Plan plan = new Screening.Plan(
                    config.candidates(),
                    loaded,
                    config.transforms(),
                    config.seed(),
                    config.settings(),
                    config.settings().outDir(),
                    judgeModel == null
                            ? Scorer.builtin()
                            : new Scorer(refusals, Judge.withBuiltinPrompts(client, judgeModel), true),
                    claims,
                    junit,
                    AtlasVersion.current(),
                    attackerModel == null
                            ? null
                            : new Escalation(
                                    client,
                                    attackerModel,
                                    attackerTurns,
                                    answer -> refusals.detect(Sample.of("escalation", answer))
                                            .flagged()));
            List<Candidate> preflight = new ArrayList<>(config.candidates());
            java.util.stream.Stream.of(judgeModel, attackerModel)
                    .filter(java.util.Objects::nonNull)
                    .forEach(preflight::add);
            try {
                Preflight.check(preflight, client, config.settings().timeout());
            } catch (Preflight.Failed e) {
                err.println("atlas screen: cannot start, nothing was screened:");
                e.getMessage().lines().forEach(line -> err.println("  " + line));
                err.flush();
                return BAD_INPUT;
            }
            err.printf(
                    Locale.ROOT,
                    "screening %d candidate(s) on %d item(s) from %s%s into %s%n",
                    config.candidates().size(),
                    Screening.probes(loaded, config.transforms(), config.seed()).size()
                            * config.settings().samples(),
                    config.suites(),
                    config.transforms().isEmpty() ? "" : " with transforms " + config.transforms(),
                    config.settings().outDir());
            Screening.Result result = Screening.run(plan, client, ProgressBar.on(err, config.candidates()));
            return summarise(config, result, out);
        }
    }

    private int summarise(RunConfig config, Screening.Result result, PrintWriter out) {
        ScreenReport report = result.report();
        // one column for the metric names of all candidates, at least 40 wide, so that the figures line up
        int width = config.candidates().stream()
                .flatMap(c -> report.overall(c.name()).values().stream())
                .mapToInt(m -> m.key().length())
                .max()
                .orElse(0);
        String line = "  %-" + Math.max(40, width) + "s %6.3f  [%.3f, %.3f]  n=%d%n";
        for (Candidate c : config.candidates()) {
            out.println(c.name() + " (" + c.model() + "):");
            report.overall(c.name())
                    .values()
                    .forEach(m -> out.printf(Locale.ROOT, line, m.key(), m.value(), m.lower(), m.upper(), m.trials()));
        }
        report.unmeasured()
                .forEach(u -> out.println(
                        u.candidate() + ": " + u.metric() + " left out for " + u.items() + " item(s): " + u.reason()));
        report.comparisons().forEach(c -> out.println(c.sentence()));
        long errors = report.items().stream()
                .flatMap(i -> i.answers().stream())
                .filter(a -> a.error() != null)
                .count();
        if (errors > 0) {
            out.println(errors + " item(s) failed at the endpoint; see report.html (they are asked again on resume)");
        }
        result.files().forEach(f -> out.println("wrote " + f));
        writeClauseEvidence(config, report, out);
        int exit = OK;
        for (var clause : config.contract().thresholds().entrySet()) {
            for (Candidate c : config.candidates()) {
                Double measured = EvidenceExport.measurements(report, c.name())
                        .get(clause.getValue().metric());
                boolean met = measured != null && clause.getValue().isMetBy(measured);
                out.printf(
                        Locale.ROOT,
                        "%s %s %s: %s (measured %s)%n",
                        met ? "MET    " : "NOT MET",
                        clause.getKey(),
                        c.name(),
                        clause.getValue(),
                        measured == null ? "nothing" : String.format(Locale.ROOT, "%.4f", measured));
                if (!met) {
                    exit = THRESHOLD_NOT_MET;
                }
            }
        }
        out.flush();
        return exit;
    }

    /** Each contract evidence file where its clauses say, or why it was not written. */
    private static void writeClauseEvidence(RunConfig config, ScreenReport report, PrintWriter out) {
        Path reportJson = config.settings().outDir().resolve("report.json");
        for (Contracts.EvidenceTarget target : config.clauseEvidence()) {
            if (target.candidate() == null) {
                out.printf(
                        Locale.ROOT,
                        "not written: %s (%s): %d candidates were screened and the clause names none;"
                                + " add parameters: {candidate: NAME} to it%n",
                        target.path(),
                        target.clauseIds(),
                        config.candidates().size());
                continue;
            }
            Path file = ClauseEvidence.write(
                    config.contract().contract(), target.clauses(), report, reportJson, target.candidate());
            out.printf(
                    Locale.ROOT,
                    "wrote %s (%s, candidate %s)%n",
                    file,
                    target.clauseIds(),
                    target.candidate().name());
        }
    }

    /** Options, run file and contract merged; options win for single values and add to lists. */
    RunConfig config() {
        RunFile.Content file = runFile == null ? null : RunFile.read(runFile);
        Contracts.Screening fromContract = contract == null ? Contracts.Screening.NONE : Contracts.read(contract);
        String system = null;
        if (systemPrompt != null) {
            try {
                system = Files.readString(systemPrompt).strip();
            } catch (IOException e) {
                throw new IllegalArgumentException(
                        "--system-prompt: cannot read " + systemPrompt + " (" + e.getMessage() + ")");
            }
        }
        Sampling sampling = new Sampling(
                temperature != null ? temperature : 0.0,
                topP,
                maxTokens != null ? maxTokens : 512,
                seed != null ? seed : file != null && file.seed() != null ? file.seed() : 0L);
        List<Candidate> all = new ArrayList<>();
        if (file != null) {
            for (Candidate c : file.candidates()) {
                all.add(overrideSampling(c, system));
            }
        }
        for (String c : candidates) {
            all.add(Specs.candidate(c, sampling, system));
        }
        all = all.stream().map(this::applyPerCandidateOptions).toList();
        all.forEach(ProviderChatClient::requireKnownProvider);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no candidate: give --candidate NAME=BASE_URL@MODEL or --run FILE");
        }
        for (String name : apiKeyEnv.keySet()) {
            if (all.stream().noneMatch(c -> c.name().equals(name))
                    && !name.equals(helperName(judge))
                    && !name.equals(helperName(attacker))) {
                throw new IllegalArgumentException("--api-key-env names '" + name + "', which is no candidate");
            }
        }
        List<String> suiteIds = new ArrayList<>();
        if (file != null) {
            suiteIds.addAll(file.suites());
        }
        suiteIds.addAll(fromContract.suites());
        suiteIds.addAll(suites);
        suiteIds = suiteIds.stream().distinct().toList();
        if (suiteIds.isEmpty()) {
            throw new IllegalArgumentException(
                    "no suite: give --suite ID|FILE (built-in: xstest, truthfulqa, advbench, "
                            + "harmbench, bbq), a run file with 'suites:', or a contract with screen clauses");
        }
        List<String> allTransforms = new ArrayList<>(file == null ? List.of() : file.transforms());
        allTransforms.addAll(fromContract.transforms());
        allTransforms.addAll(transforms);
        Path outDir =
                out != null ? out : file != null && file.out() != null ? file.out() : Path.of("atlas-out", "screen");
        EngineSettings settings = new EngineSettings(
                pick(concurrency, file == null ? null : file.concurrency(), 8),
                pick(rpm, file == null ? null : file.rpm(), 0),
                pick(tpm, file == null ? null : file.tpm(), 0),
                timeout != null
                        ? Specs.duration(timeout)
                        : file != null && file.timeout() != null ? file.timeout() : Duration.ofSeconds(60),
                pick(retries, file == null ? null : file.retries(), 4),
                pick(samples, file == null ? null : file.samples(), 1),
                noCache ? null : ResponseCache.defaultDir(System.getenv()),
                outDir);
        return new RunConfig(
                all,
                suiteIds,
                suiteFiles(suiteIds, file),
                allTransforms.stream()
                        .map(t -> Transforms.require(t).name())
                        .distinct()
                        .toList(),
                settings,
                sampling.seed(),
                bbqSample(file),
                copyrightRefs != null ? copyrightRefs : file == null ? null : file.copyrightRefs(),
                fromContract,
                contract == null ? List.of() : Contracts.evidenceTargets(fromContract, all));
    }

    private Candidate overrideSampling(Candidate c, String system) {
        Sampling s = c.sampling();
        Sampling merged = new Sampling(
                temperature != null ? temperature : s.temperature(),
                topP != null ? topP : s.topP(),
                maxTokens != null ? maxTokens : s.maxTokens(),
                seed != null ? seed : s.seed());
        Candidate out = c.withSampling(merged);
        return system != null ? out.withSystemPrompt(system) : out;
    }

    private Candidate applyPerCandidateOptions(Candidate c) {
        Candidate out = c;
        if (apiKeyEnv.containsKey(c.name())) {
            out = out.withApiKeyEnv(apiKeyEnv.get(c.name()));
        }
        if (prices.containsKey(c.name())) {
            out = out.withPricing(Specs.price(prices.get(c.name())));
        }
        return stream ? out.withStream(true) : out;
    }

    /** The judge or attacker model of {@code --judge}/{@code --attacker}, with its key variable; null when not given. */
    private Candidate helper(String spec, String option) {
        if (spec == null) {
            return null;
        }
        if (attackerTurns < 1) {
            throw new IllegalArgumentException("--attacker-turns must be 1 or more");
        }
        Candidate model = Specs.candidate(spec, Sampling.DETERMINISTIC, null);
        ProviderChatClient.requireKnownProvider(model);
        String keyEnv = apiKeyEnv.get(model.name());
        return keyEnv == null ? model : model.withApiKeyEnv(keyEnv);
    }

    private static String helperName(String spec) {
        return spec == null ? null : spec.substring(0, Math.max(0, spec.indexOf('=')));
    }

    /** Each {@code --card}'s claims for the candidate's model; a card for an unknown candidate is an error. */
    private Map<String, List<Claim>> claims(List<Candidate> candidates) {
        Map<String, List<Claim>> claims = new LinkedHashMap<>();
        cards.forEach((name, file) -> {
            Candidate candidate = candidates.stream()
                    .filter(c -> c.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--card " + name + "=" + file
                            + ": no candidate named '" + name + "'; name it as in --candidate NAME=URL@MODEL"));
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("--card " + name + ": no file " + file);
            }
            ModelCard card = ModelCard.parse(file);
            List<Claim> forModel = card.claimsFor(candidate.model());
            claims.put(name, forModel.isEmpty() ? card.claims() : forModel);
        });
        return claims;
    }

    private Map<String, Path> suiteFiles(List<String> suiteIds, RunFile.Content file) {
        Map<String, Path> files = new LinkedHashMap<>(file == null ? Map.of() : file.suiteFiles());
        for (String spec : suiteFiles) {
            int eq = spec.indexOf('=');
            if (eq > 0) {
                files.put(spec.substring(0, eq), Path.of(spec.substring(eq + 1)));
            } else if (suiteIds.size() == 1) {
                files.put(suiteIds.getFirst(), Path.of(spec));
            } else {
                throw new IllegalArgumentException("--suite-file " + spec + ": with several suites write ID=PATH, "
                        + "e.g. --suite-file truthfulqa=TruthfulQA.csv");
            }
        }
        return files;
    }

    private Integer bbqSample(RunFile.Content file) {
        Integer n = bbqSample != null ? bbqSample : file == null ? null : file.bbqSample();
        if (n != null && n < 1) {
            throw new IllegalArgumentException("--bbq-sample must be 1 or more, was " + n);
        }
        return n;
    }

    private static int pick(Integer option, Integer fromFile, int fallback) {
        return option != null ? option : fromFile != null ? fromFile : fallback;
    }
}
