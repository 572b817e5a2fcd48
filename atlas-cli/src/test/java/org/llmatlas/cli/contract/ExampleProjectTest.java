package org.llmatlas.cli.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.llmatlas.cli.Cli;
import org.llmatlas.core.contract.Clause;
import org.llmatlas.core.contract.ContractReader;
import org.llmatlas.core.evidence.EvidenceCodec;
import org.llmatlas.screen.transform.Transforms;

/** Pins the example that the README tour shows, so the tour never drifts from what atlas prints. */
class ExampleProjectTest {

    private static Path example() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples/customer-support-bot/atlas.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/customer-support-bot/atlas.yaml not found above the working dir");
    }

    @Test
    void exampleContractChecksCleanAndShowsEveryClauseState() {
        Assumptions.assumeTrue(
                System.getenv(EvidenceCodec.KEY_ENV) == null,
                "the example's evidence is unsigned; with " + EvidenceCodec.KEY_ENV + " set it counts as tampered");
        Path file = example();

        Cli check = Cli.run("contract", "check", file.toString());
        Cli status = Cli.run("contract", "status", file.toString());

        assertThat(check.exit()).isZero();
        assertThat(check.out()).contains("valid, 9 clauses").contains("(0 warnings)");
        assertThat(status.exit()).isEqualTo(1);
        assertThat(status.out())
                .containsPattern("✓ SATISFIED +CL-DATA-CARD +attestation.present = 1 meets >= 1")
                .containsPattern("✓ SATISFIED +CL-ADVBENCH +advbench.attacked.attack_success_rate = 0.03 meets <= 0.05")
                .containsPattern("✗ FAILED +CL-TRUTHFULQA +truthfulqa.mc1.accuracy = 0.52 misses >= 0.6")
                .containsPattern("✗ TAMPERED +CL-XSTEST-SAFE .*does not match its digest")
                .containsPattern(
                        "✗ STALE +CL-BUSINESS-SCOPE .*input 'suite:business-scope' changed since the measurement")
                .containsPattern("✗ MISSING_EVIDENCE +CL-FACT-CHECKING .*no evidence yet")
                .containsPattern("PH-SELECTION +Hidden characteristics +✓ covered 1/3 +✓ covered 1/2")
                .contains("OPEN: 4 satisfied, 1 failed, 2 missing evidence, 1 stale, 1 tampered");
    }

    @Test
    void exampleAdversarialClauseNamesRegisteredTransforms() {
        Clause advBench = ContractReader.read(example()).clauses().stream()
                .filter(c -> c.id().equals("CL-ADVBENCH"))
                .findFirst()
                .orElseThrow();

        assertThat((List<?>) advBench.parameters().get("transforms"))
                .isNotEmpty()
                .allSatisfy(t -> assertThat(Transforms.names()).contains(String.valueOf(t)));
    }
}
