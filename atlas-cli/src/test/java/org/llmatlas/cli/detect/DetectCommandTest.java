package org.llmatlas.cli.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.cli.Cli;
import org.llmatlas.core.evidence.EvidenceFiles;
import org.llmatlas.core.evidence.EvidenceStatus;
import org.llmatlas.core.evidence.VerifiedEvidence;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code atlas detect} run exactly as users run it, through {@link Cli}. */
class DetectCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.runInto(out, err, args);
    }

    private Path input(String... lines) throws IOException {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static List<JsonNode> jsonLines(String text) {
        return text.lines().filter(l -> !l.isBlank()).map(JSON::readTree).toList();
    }

    @Test
    void listsDetectors() {
        assertThat(run("detect", "--list")).isZero();
        assertThat(out.toString()).contains("refusal", "pii", "injection", "toxicity");
    }

    @Test
    void writesOneVerdictPerRecordInInputOrder() throws IOException {
        Path in = input(
                "{\"id\": \"a\", \"prompt\": \"How do I make a bomb?\", \"response\": \"I'm sorry, but I can't help"
                        + " with that.\"}",
                "{\"id\": 2, \"response\": \"To kill a Python process, run kill with its PID.\"}",
                "{\"id\": \"c\", \"prompt\": null, \"response\": \"I can't stress enough how useful backups are.\"}");
        Path outFile = dir.resolve("out/verdicts.jsonl");

        assertThat(run("detect", "refusal", "--input", in.toString(), "--output", outFile.toString()))
                .isZero();

        List<JsonNode> verdicts = jsonLines(Files.readString(outFile));
        assertThat(verdicts).extracting(v -> v.get("id").asString()).containsExactly("a", "2", "c");
        assertThat(verdicts).extracting(v -> v.get("flagged").asBoolean()).containsExactly(true, false, false);
        assertThat(verdicts)
                .extracting(v -> v.get("label").asString())
                .containsExactly("refusal", "compliance", "compliance");
        assertThat(verdicts.getFirst().propertyNames())
                .containsExactly("id", "detector", "flagged", "score", "label", "reason");
        assertThat(err.toString()).contains("3 records, 1 flagged by refusal");
    }

    @Test
    void keepsInputOrderAcrossBatchesWithSeveralThreads() throws IOException {
        String[] lines = new String[JsonlDetection.BATCH * 2 + 37];
        for (int i = 0; i < lines.length; i++) {
            String response = i % 3 == 0 ? "I can't help with that." : "Sure, here is how: run the tests first.";
            lines[i] = "{\"id\": \"r" + i + "\", \"response\": \"" + response + "\"}";
        }
        Path in = input(lines);
        Path parallel = dir.resolve("parallel.jsonl");
        Path serial = dir.resolve("serial.jsonl");

        assertThat(run(
                        "detect",
                        "refusal",
                        "--input",
                        in.toString(),
                        "--output",
                        parallel.toString(),
                        "--threads",
                        "4"))
                .isZero();
        assertThat(run("detect", "refusal", "--input", in.toString(), "--output", serial.toString(), "--threads", "1"))
                .isZero();

        List<JsonNode> verdicts = jsonLines(Files.readString(parallel));
        assertThat(verdicts).hasSize(lines.length);
        for (int i = 0; i < lines.length; i++) {
            assertThat(verdicts.get(i).get("id").asString()).isEqualTo("r" + i);
            assertThat(verdicts.get(i).get("flagged").asBoolean()).isEqualTo(i % 3 == 0);
        }
        assertThat(Files.readString(parallel)).isEqualTo(Files.readString(serial));
    }

    @Test
    void writesToStandardOutputWithoutOutputOption() throws IOException {
        Path in = input("{\"id\": \"x\", \"response\": \"Mail me at jane@example.com\"}");

        assertThat(run("detect", "pii", "--input", in.toString())).isZero();

        assertThat(jsonLines(out.toString())).singleElement().satisfies(v -> {
            assertThat(v.get("detector").asString()).isEqualTo("pii");
            assertThat(v.get("label").asString()).isEqualTo("email");
        });
    }

    @Test
    void stopsAtMalformedLineNamingFileAndLine() throws IOException {
        Path in = input("{\"id\": \"ok\", \"response\": \"fine\"}", "{\"id\": \"broken\", \"response\": ");

        assertThat(run("detect", "toxicity", "--input", in.toString())).isEqualTo(2);

        assertThat(err.toString())
                .contains(in.toString() + " line 2: malformed JSON")
                .contains("--skip-invalid");
        assertThat(jsonLines(out.toString())).hasSize(1);
    }

    @Test
    void skipInvalidWritesAnErrorRecordInPlaceOfEachBadLine() throws IOException {
        Path in = input(
                "{\"id\": \"1\", \"response\": \"hello\"}",
                "not json",
                "{\"id\": \"3\"}",
                "[1, 2]",
                "{\"id\": \"5\", \"response\": \"bye\"}");

        assertThat(run("detect", "injection", "--input", in.toString(), "--skip-invalid"))
                .isZero();

        List<JsonNode> lines = jsonLines(out.toString());
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(lines.get(1).get("error").asString()).startsWith("malformed JSON");
        assertThat(lines.get(2).get("id").asString()).isEqualTo("3");
        assertThat(lines.get(2).get("error").asString()).contains("missing \"response\"");
        assertThat(lines.get(3).get("error").asString()).contains("expected a JSON object");
        assertThat(lines.get(4).get("id").asString()).isEqualTo("5");
        assertThat(err.toString()).contains("3 invalid");
    }

    @Test
    void reportsInvalidUtf8WithLineNumber() throws IOException {
        Path in = dir.resolve("latin1.jsonl");
        byte[] good = "{\"id\": \"1\", \"response\": \"ok\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"id\": \"2\", \"response\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(in, concat(good, bad));

        assertThat(run("detect", "refusal", "--input", in.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("line 2: not valid UTF-8").contains("re-encode");
    }

    @Test
    void acceptsByteOrderMarkCrlfAndBlankLines() throws IOException {
        Path in = dir.resolve("windows.jsonl");
        Files.write(
                in,
                concat(
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        "{\"id\": \"1\", \"response\": \"No.\"}\r\n\r\n{\"id\": \"2\", \"response\": \"Sure!\"}\r\n"
                                .getBytes(StandardCharsets.UTF_8)));

        assertThat(run("detect", "refusal", "--input", in.toString())).isZero();

        assertThat(jsonLines(out.toString()))
                .extracting(v -> v.get("id").asString())
                .containsExactly("1", "2");
    }

    @Test
    void rejectsUnknownDetectorListingKnownOnes() throws IOException {
        Path in = input("{\"id\": \"1\", \"response\": \"x\"}");

        assertThat(run("detect", "refusl", "--input", in.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("unknown detector 'refusl'").contains("refusal, pii");
    }

    @Test
    void reportsMissingInputFile() {
        assertThat(run("detect", "pii", "--input", dir.resolve("nope.jsonl").toString()))
                .isEqualTo(2);

        assertThat(err.toString()).contains("input file not found").contains("nope.jsonl");
    }

    @Test
    void asksForNameAndInputWhenMissing() {
        assertThat(run("detect")).isEqualTo(2);

        assertThat(err.toString()).contains("atlas detect --list");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void writesEvidenceWithTheFlaggedRateThatTurnsStaleWhenTheInputChanges() throws IOException {
        Path in = input(
                "{\"id\": \"a\", \"response\": \"I'm sorry, but I can't help with that.\"}",
                "{\"id\": \"b\", \"response\": \"To kill a Python process, run kill with its PID.\"}",
                "{\"id\": \"c\", \"response\": \"I won't do that. It would be wrong.\"}",
                "{\"id\": \"d\", \"response\": \"Preheat the oven to 180 degrees and bake for 25 minutes.\"}");
        Path evidenceFile = dir.resolve("evidence/refusal.json");

        int exit = run(
                "detect",
                "refusal",
                "--input",
                in.toString(),
                "--output",
                dir.resolve("v.jsonl").toString(),
                "--evidence",
                evidenceFile.toString());

        assertThat(exit).isZero();
        VerifiedEvidence verified = EvidenceFiles.read(evidenceFile);
        assertThat(verified.status()).isEqualTo(EvidenceStatus.VALID);
        assertThat(verified.evidence().instrument()).isEqualTo("detect.refusal");
        assertThat(verified.evidence().measurement("refusal.flagged_rate")).contains(0.5);
        assertThat(verified.evidence().measurement("refusal.records")).contains(4.0);
        assertThat(verified.checkFreshness(Map.of("input", in), null, Instant.now())
                        .status())
                .isEqualTo(EvidenceStatus.VALID);

        Files.writeString(in, "{\"id\": \"e\", \"response\": \"Sure.\"}\n", StandardOpenOption.APPEND);
        assertThat(verified.checkFreshness(Map.of("input", in), null, Instant.now())
                        .status())
                .isEqualTo(EvidenceStatus.STALE);
    }

    @Test
    void expectScoresTheFlagsAgainstTheRecordsLabelsAndPutsThemInTheEvidence() throws IOException {
        Path in = input(
                "{\"id\": \"a\", \"refused\": true, \"response\": \"I'm sorry, but I can't help with that.\"}",
                "{\"id\": \"b\", \"refused\": \"yes\", \"response\": \"I won't do that. It would be wrong.\"}",
                "{\"id\": \"c\", \"refused\": false, \"response\": \"Preheat the oven to 180 degrees and bake.\"}",
                "{\"id\": \"d\", \"refused\": 1, \"response\": \"Sure: mix flour, water and yeast, then knead.\"}",
                "{\"id\": \"e\", \"response\": \"Use a spirit level and two screws.\"}");
        Path evidenceFile = dir.resolve("evidence/refusal.json");

        int exit = run(
                "detect",
                "refusal",
                "--input",
                in.toString(),
                "--output",
                dir.resolve("v.jsonl").toString(),
                "--expect",
                "refused",
                "--evidence",
                evidenceFile.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString())
                .contains("against 'refused': 4 labelled, accuracy 0.750, precision 1.000, recall 0.667, F1 0.800")
                .contains("(tp 2, fp 0, fn 1, tn 1)")
                .contains("1 records had no label");
        VerifiedEvidence verified = EvidenceFiles.read(evidenceFile);
        assertThat(verified.evidence().measurement("refusal.accuracy")).contains(0.75);
        assertThat(verified.evidence().measurement("refusal.labelled")).contains(4.0);
    }

    @Test
    void aLabelThatIsNeitherTrueNorFalseIsBadInputNamingTheLine() throws IOException {
        Path in = input(
                "{\"id\": \"a\", \"refused\": true, \"response\": \"I can't help with that.\"}",
                "{\"id\": \"b\", \"refused\": \"maybe\", \"response\": \"Sure.\"}");

        int exit = run("detect", "refusal", "--input", in.toString(), "--expect", "refused");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("line 2", "\"refused\" must be true or false", "was \"maybe\"");
    }
}
