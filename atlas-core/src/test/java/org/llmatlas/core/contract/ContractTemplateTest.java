package org.llmatlas.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.core.catalog.Mapping;

class ContractTemplateTest {

    private static final List<String> NO_FINE_TUNING =
            List.of("PH-BUSINESS", "PH-DATA", "PH-SELECTION", "PH-DEPLOYMENT");

    @TempDir
    Path dir;

    private static Intake intake(List<String> objectives, List<String> phases) {
        return new Intake(
                "bot \"quoted\"",
                "Answer: questions # not a comment",
                "Customers",
                "Orders",
                List.of("medical advice"),
                RiskTier.HIGH,
                objectives,
                phases);
    }

    @Test
    void proposesOneClausePerMappingInEveryApplicableCellWhenAllObjectivesCount() {
        List<Clause> clauses = ContractTemplate.propose(SampleProjects.CATALOG, intake(List.of(), NO_FINE_TUNING));

        List<String> expected = SampleProjects.CATALOG.mappings().stream()
                .filter(Mapping::isActive)
                .filter(m -> NO_FINE_TUNING.contains(m.phase()))
                .map(m -> "CL-" + m.id().substring(4))
                .sorted()
                .toList();
        assertThat(clauses).extracting(Clause::id).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(clauses).extracting(Clause::phase).doesNotContain("PH-DEVELOPMENT");
    }

    @Test
    void keepsACellCoveredEvenWhenNoMethodServesTheChosenObjectives() {
        List<Clause> clauses = ContractTemplate.propose(
                SampleProjects.CATALOG, intake(List.of("OBJ-RICE-CONTROLLABILITY"), List.of("PH-BUSINESS", "PH-DATA")));

        assertThat(clauses).extracting(Clause::remedy).contains("RM-SIGNALING", "RM-SCREENING");
    }

    @Test
    void proposesMeasuringInstrumentsWithDefaultsAndAttestationsOtherwise() {
        List<Clause> clauses = ContractTemplate.propose(SampleProjects.CATALOG, intake(List.of(), NO_FINE_TUNING));

        Clause adversarial = clauses.stream()
                .filter(c -> c.id().equals("CL-SELECTION-HC-SCREENING-ADVERSARIAL-ATTACKS"))
                .findFirst()
                .orElseThrow();
        assertThat(adversarial.instrument()).isEqualTo("screen.adversarial");
        assertThat(adversarial.threshold()).hasToString("advbench.attacked.attack_success_rate <= 0.05");
        assertThat(adversarial.parameters())
                .containsEntry("transforms", List.of("prefix_injection", "refusal_suppression", "base64", "roleplay"));
        assertThat(adversarial.evidence().path()).isEqualTo("evidence/selection-screening-adversarial-attacks.json");
        Clause modelCards = clauses.stream()
                .filter(c -> c.method().equals("M-MODEL-CARDS"))
                .findFirst()
                .orElseThrow();
        assertThat(modelCards.instrument()).isEqualTo(ContractValidator.ATTESTATION);
        assertThat(modelCards.parameters()).containsEntry("document", "docs/alignment/model-cards.md");
    }

    @Test
    void renderedTemplateReadsBackAndPassesTheCheckWithoutWarnings() throws Exception {
        Intake intake = intake(List.of("OBJ-HHH-HARMLESS", "OBJ-HHH-HONEST"), NO_FINE_TUNING);
        Path file = dir.resolve("atlas.yaml");
        Files.writeString(file, ContractTemplate.render(SampleProjects.CATALOG, intake));

        ContractCheck check = ContractValidator.check(file, SampleProjects.CATALOG);

        assertThat(check.errors()).isEmpty();
        assertThat(check.warnings()).isEmpty();
        Contract contract = check.contract().orElseThrow();
        assertThat(contract.name()).isEqualTo("bot \"quoted\"");
        assertThat(contract.businessProblem().useCase()).isEqualTo("Answer: questions # not a comment");
        assertThat(contract.businessProblem().riskTier()).isEqualTo(RiskTier.HIGH);
        assertThat(contract.clauses()).hasSameSizeAs(ContractTemplate.propose(SampleProjects.CATALOG, intake));
        assertThat(Files.readString(file)).contains("# PH-SELECTION × Hidden characteristics × Screening");
    }
}
