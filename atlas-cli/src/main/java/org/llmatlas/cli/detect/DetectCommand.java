package org.llmatlas.cli.detect;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.llmatlas.cli.AtlasVersion;
import org.llmatlas.core.evidence.Evidence;
import org.llmatlas.core.evidence.EvidenceFiles;
import org.llmatlas.core.evidence.EvidenceInput;
import org.llmatlas.detect.Detector;
import org.llmatlas.detect.Detectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code atlas detect refusal --input answers.jsonl --output verdicts.jsonl}: runs one detector over JSONL records
 * ({@code id}, optional {@code prompt}, {@code response}) and writes exactly one verdict line per record, in input
 * order ({@code id}, {@code detector}, {@code flagged}, {@code score}, {@code label}, {@code reason}).
 *
 * <p>Streaming: one batch of records in memory at a time, so input size is unbounded; batches are judged on
 * {@code --threads} workers and written in input order. Bad input: a malformed line (bad JSON,
 * missing {@code id} or {@code response}, invalid UTF-8) stops the run with exit code 2 and a message naming file and
 * line; verdicts for earlier lines are already written. With {@code --skip-invalid} the run goes on and writes an
 * error record ({@code id}, {@code detector}, {@code line}, {@code error}) in that line's place, so the output still
 * has one line per input line and stays aligned with the input. Blank lines are not records and are skipped.
 */
@Command(
        name = "detect",
        mixinStandardHelpOptions = true,
        description = "Run a detector (refusal, PII, toxicity, injection, ...) over JSONL records.",
        footer = {
            "",
            "Input: one JSON object per line with id, response and optionally prompt.",
            "Exit codes: 0 done, 2 bad usage or a malformed input line (without --skip-invalid).",
            "",
            "Examples:",
            "  ./atlas detect --list",
            "  ./atlas detect refusal --input answers.jsonl --output verdicts.jsonl",
            "  ./atlas detect toxicity --input replies.jsonl --output v.jsonl --evidence evidence/toxicity.json",
            "  ./atlas detect refusal --input labelled.jsonl --output v.jsonl --expect refused",
            "  cat answers.jsonl | ./atlas detect pii --input - --skip-invalid"
        })
public final class DetectCommand implements Callable<Integer> {

    static final int EXIT_BAD_INPUT = 2;

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "refusal", "does the response refuse, partly refuse or comply? (refusal|partial_refusal|compliance)",
            "pii", "personal data with spans: email, phone, iban, credit_card, ipv4, ipv6",
            "injection", "prompt injection: overrides, role-play, prompt exfiltration, delimiters, encoded payloads",
            "toxicity", "threats, identity hate, insults, profanity (lexicon with de-obfuscation and context)");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Detector name (see --list).")
    String name;

    @Option(names = "--list", description = "List the available detectors and exit.")
    boolean list;

    @Option(names = "--input", paramLabel = "FILE", description = "JSONL input file, or - for standard input.")
    String input;

    @Option(names = "--output", paramLabel = "FILE", description = "JSONL output file (default: standard output).")
    Path output;

    @Option(
            names = "--skip-invalid",
            description = "Write an error record for a malformed line and go on, instead of stopping with exit 2.")
    boolean skipInvalid;

    @Option(
            names = "--evidence",
            paramLabel = "FILE",
            description = "Also write an evidence file (instrument detect.NAME, measurement NAME.flagged_rate) that"
                    + " `atlas contract status` accepts for a clause on this detector.")
    Path evidence;

    @Option(
            names = "--expect",
            paramLabel = "FIELD",
            description = "Score the detector against labels: FIELD of each record says whether it should be flagged"
                    + " (true/false); prints accuracy, precision, recall and F1, and adds them to --evidence.")
    String expect;

    @Option(
            names = "--progress-seconds",
            paramLabel = "N",
            defaultValue = "2",
            description = "Report progress on standard error every N seconds (0: never; default ${DEFAULT-VALUE}).")
    int progressSeconds;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Worker threads (default: available processors); output order is always input order.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            for (String known : Detectors.names()) {
                out.printf("%-10s %s%n", known, DESCRIPTIONS.getOrDefault(known, ""));
            }
            out.flush();
            return 0;
        }
        if (name == null || input == null) {
            err.println("atlas detect: give a detector NAME and --input FILE, e.g. `atlas detect refusal --input"
                    + " answers.jsonl`; `atlas detect --list` shows the detectors.");
            return EXIT_BAD_INPUT;
        }
        if (threads < 1) {
            err.println("atlas detect: --threads must be 1 or more, was " + threads + ".");
            return EXIT_BAD_INPUT;
        }
        Detector detector = Detectors.byName(name).orElse(null);
        if (detector == null) {
            err.println("atlas detect: unknown detector '" + name + "'; known detectors: "
                    + String.join(", ", Detectors.names()) + ".");
            return EXIT_BAD_INPUT;
        }
        String source = input.equals("-") ? "<stdin>" : input;
        try (InputStream in = open(input);
                Writer writer = output == null ? new NonClosingWriter(out) : newFileWriter(output)) {
            ForkJoinPool pool = threads > 1 ? new ForkJoinPool(threads) : null;
            try {
                JsonlDetection detection =
                        new JsonlDetection(detector, source, skipInvalid, progressSeconds, threads, pool, expect, err);
                int exit = detection.process(new Utf8Lines(in), writer);
                if (exit == 0 && evidence != null) {
                    writeEvidence(detection, err);
                }
                return exit;
            } finally {
                if (pool != null) {
                    pool.shutdown();
                }
            }
        } catch (NoSuchFileException e) {
            err.println("atlas detect: input file not found: " + e.getFile() + "; check the path given to --input.");
            return EXIT_BAD_INPUT;
        }
    }

    /**
     * The detector's flagged rate as evidence: the input is hashed so that a changed file makes the evidence stale.
     * Reading from standard input leaves nothing to hash, so evidence needs a file.
     */
    private void writeEvidence(JsonlDetection detection, PrintWriter err) {
        if (input.equals("-")) {
            err.println("atlas detect: --evidence needs --input FILE (standard input cannot be hashed); no evidence"
                    + " written.");
            return;
        }
        long judged = detection.judged();
        Map<String, Double> measurements = new LinkedHashMap<>();
        measurements.put(name + ".records", (double) judged);
        if (judged > 0) {
            measurements.put(name + ".flagged_rate", (double) detection.flagged() / judged);
        }
        if (detection.score().labelled() > 0) {
            measurements.putAll(detection.score().measurements(name));
        }
        EvidenceFiles.write(
                evidence,
                new Evidence(
                        "detect." + name,
                        AtlasVersion.current(),
                        Instant.now(),
                        Path.of(input).getFileName().toString(),
                        List.of(EvidenceInput.of("input", Path.of(input))),
                        measurements,
                        Map.of("detector", name)));
        err.println("atlas detect: wrote evidence " + evidence);
    }

    private static InputStream open(String input) throws IOException {
        return new BufferedInputStream(input.equals("-") ? System.in : Files.newInputStream(Path.of(input)), 1 << 16);
    }

    private static Writer newFileWriter(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Standard output belongs to picocli: flush it, never close it. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
