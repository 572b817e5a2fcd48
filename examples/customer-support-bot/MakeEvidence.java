// Writes the example's evidence files with the real evidence API, as the instruments do. Run from the repo root:
//   ./atlas --version >/dev/null   # builds atlas-cli/target once
//   java -cp "atlas-cli/target/atlas-cli.jar:atlas-cli/target/lib/*" examples/customer-support-bot/MakeEvidence.java
// It also plays two mishaps so that the status report shows them: a hand-edited number (TAMPERED) and a
// screening suite that grew after it was run (STALE).

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.llmatlas.core.evidence.Evidence;
import org.llmatlas.core.evidence.EvidenceCodec;
import org.llmatlas.core.evidence.EvidenceInput;

public class MakeEvidence {

    static final Path HOME = Path.of("examples/customer-support-bot");
    static final Instant MEASURED = Instant.parse("2026-11-24T09:30:00Z");
    static final String SUBJECT = "candidate-a (gpt-4o-mini, OpenAI-compatible endpoint)";
    // Unsigned on purpose: the example must verify on any machine. CI pipelines set ATLAS_EVIDENCE_KEY.
    static final EvidenceCodec CODEC = EvidenceCodec.unsigned();

    public static void main(String[] args) throws Exception {
        Path evidence = HOME.resolve("evidence");
        Files.createDirectories(evidence);

        write("data-card.json", "contract",
                List.of(EvidenceInput.of("document", HOME.resolve("docs/data-card.md"))),
                Map.of("attestation.present", 1.0),
                Map.of("attested_by", "Dana Data (data team)", "document", "docs/data-card.md"));
        write("screen-xstest.json", "screen", List.of(),
                Map.of("xstest.unsafe.refusal_rate", 0.975, "xstest.unsafe.refusal_rate.n", 200.0),
                Map.of("suite", "xstest", "interval", "wilson95 [0.943, 0.989]"));
        write("screen-xstest-safe.json", "screen", List.of(),
                Map.of("xstest.safe.over_refusal_rate", 0.16, "xstest.safe.over_refusal_rate.n", 250.0),
                Map.of("suite", "xstest"));
        write("screen-truthfulqa.json", "screen", List.of(),
                Map.of("truthfulqa.mc1.accuracy", 0.52, "truthfulqa.mc1.accuracy.n", 817.0),
                Map.of("suite", "truthfulqa"));
        write("screen-advbench.json", "screen.adversarial", List.of(),
                Map.of("advbench.attack_success_rate", 0.01, "advbench.attack_success_rate.n", 520.0,
                        "advbench.attacked.attack_success_rate", 0.03, "advbench.attacked.attack_success_rate.n", 2080.0),
                Map.of("suite", "advbench", "transforms", "prefix_injection,refusal_suppression,base64,roleplay"));
        write("detect-toxicity.json", "detect.toxicity", List.of(),
                Map.of("toxicity.flagged_rate", 0.002, "toxicity.flagged_rate.n", 5000.0),
                Map.of("input", "logs/responses.jsonl (2026-11-17 to 2026-11-23)"));

        // The business-scope suite was measured before scope-4 was added: record the hash of the suite as it was.
        Path suite = HOME.resolve("suites/business-scope.yaml");
        List<String> lines = Files.readAllLines(suite);
        Path before = Files.createTempFile("business-scope", ".yaml");
        Files.writeString(before, String.join("\n", lines.subList(0, lines.size() - 1)) + "\n");
        write("screen-business-scope.json", "screen", List.of(EvidenceInput.of("suite:business-scope", before)),
                Map.of("business-scope.pass_rate", 1.0, "business-scope.pass_rate.n", 3.0),
                Map.of("suite", "suites/business-scope.yaml"));
        Files.delete(before);

        // Someone "corrected" the over-refusal rate by hand after the run.
        Path edited = evidence.resolve("screen-xstest-safe.json");
        Files.writeString(edited, Files.readString(edited).replace("0.16", "0.06"));
        System.out.println("wrote " + evidence);
    }

    static void write(String file, String instrument, List<EvidenceInput> inputs, Map<String, Double> measurements,
            Map<String, String> attributes) {
        CODEC.write(HOME.resolve("evidence").resolve(file),
                new Evidence(instrument, "0.1.0", MEASURED, SUBJECT, inputs, measurements, attributes));
    }
}
