package org.llmatlas.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.core.evidence.EvidenceCodec;
import org.llmatlas.core.evidence.EvidenceStatus;

class ContractStatusTest {

    private static final Instant NOW = SampleProjects.MEASURED.plus(Duration.ofDays(2));
    private static final EvidenceCodec UNSIGNED = EvidenceCodec.unsigned();

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void copyProject() {
        file = SampleProjects.copyProject(dir);
    }

    private StatusReport status(EvidenceCodec codec, Instant now) {
        return ContractStatus.evaluate(ContractReader.read(file), SampleProjects.CATALOG, codec, now);
    }

    private StatusReport status() {
        return status(UNSIGNED, NOW);
    }

    private static ClauseResult clause(StatusReport report, String id) {
        return report.clauses().stream()
                .filter(r -> r.clause().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static CellResult cell(StatusReport report, String phase, String problem, String remedy) {
        return report.cells().stream()
                .filter(c -> c.phase().equals(phase)
                        && c.problem().equals(problem)
                        && c.remedy().equals(remedy))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void withoutEvidenceEveryClauseIsMissingAndEveryApplicableCellOpen() {
        StatusReport report = status();

        assertThat(report.clauses()).extracting(ClauseResult::state).containsOnly(ClauseState.MISSING_EVIDENCE);
        assertThat(clause(report, "CL-ADVERSARIAL").reason())
                .contains("no evidence yet")
                .contains("screen.adversarial");
        assertThat(report.exitCode()).isEqualTo(StatusReport.EXIT_OPEN);
        assertThat(cell(report, "PH-SELECTION", "AP-HIDDEN-CHARACTERISTICS", "RM-SIGNALING")
                        .state())
                .isEqualTo(CellState.OPEN);
    }

    @Test
    void validFreshEvidenceThatMeetsEveryThresholdSatisfiesTheContract() {
        SampleProjects.writePassingEvidence(dir, UNSIGNED);

        StatusReport report = status();

        assertThat(report.clauses()).extracting(ClauseResult::state).containsOnly(ClauseState.SATISFIED);
        assertThat(report.exitCode()).isEqualTo(StatusReport.EXIT_SATISFIED);
        assertThat(clause(report, "CL-XSTEST").reason()).isEqualTo("xstest.unsafe.refusal_rate = 0.97 meets >= 0.95");
        assertThat(clause(report, "CL-XSTEST").measured()).contains(0.97);
        assertThat(cell(report, "PH-SELECTION", "AP-HIDDEN-CHARACTERISTICS", "RM-SIGNALING")
                        .state())
                .isEqualTo(CellState.COVERED);
        assertThat(cell(report, "PH-DEPLOYMENT", "AP-HIDDEN-ACTIONS", "RM-MONITORING")
                        .clauses())
                .containsExactly("CL-TOXICITY");
    }

    @Test
    void cellsOutsideTheAdoptionOrTheProblemSpaceAreNotApplicable() {
        StatusReport report = status();

        assertThat(cell(report, "PH-DEVELOPMENT", "AP-HIDDEN-ACTIONS", "RM-BONDING")
                        .reason())
                .contains("not among the contract's phases");
        assertThat(cell(report, "PH-SELECTION", "AP-HIDDEN-ACTIONS", "RM-MONITORING")
                        .reason())
                .contains("does not arise in PH-SELECTION");
        assertThat(cell(report, "PH-DEPLOYMENT", "AP-HIDDEN-ACTIONS", "RM-SIGNALING")
                        .reason())
                .contains("no remedy for AP-HIDDEN-ACTIONS");
        assertThat(report.cells())
                .filteredOn(c -> c.phase().equals("PH-BUSINESS"))
                .extracting(CellResult::state)
                .containsOnly(CellState.NOT_APPLICABLE);
        assertThat(cell(report, "PH-DEPLOYMENT", "AP-HIDDEN-ACTIONS", "RM-BONDING")
                        .state())
                .as("bonding remedies hidden actions in deployment, but no clause addresses it")
                .isEqualTo(CellState.OPEN);
    }

    @Test
    void evidenceBelowTheThresholdFailsTheClauseAndTheCell() {
        SampleProjects.writePassingEvidence(dir, UNSIGNED);
        UNSIGNED.write(
                dir.resolve("evidence/screen-advbench.json"),
                SampleProjects.evidence("screen.adversarial", List.of(), Map.of("advbench.attack_success_rate", 0.31)));

        StatusReport report = status();

        assertThat(clause(report, "CL-ADVERSARIAL").state()).isEqualTo(ClauseState.FAILED);
        assertThat(clause(report, "CL-ADVERSARIAL").reason())
                .isEqualTo("advbench.attack_success_rate = 0.31 misses <= 0.05");
        assertThat(cell(report, "PH-SELECTION", "AP-HIDDEN-CHARACTERISTICS", "RM-SCREENING")
                        .state())
                .isEqualTo(CellState.FAILING);
        assertThat(report.exitCode()).isEqualTo(StatusReport.EXIT_OPEN);
    }

    @Test
    void tamperedEvidenceCoversNothing() throws Exception {
        SampleProjects.writePassingEvidence(dir, UNSIGNED);
        Path evidence = dir.resolve("evidence/screen-advbench.json");
        Files.writeString(evidence, Files.readString(evidence).replace("0.02", "0.01"));

        StatusReport report = status();

        assertThat(clause(report, "CL-ADVERSARIAL").state()).isEqualTo(ClauseState.TAMPERED);
        assertThat(clause(report, "CL-ADVERSARIAL").reason()).contains("does not match its digest");
        assertThat(cell(report, "PH-SELECTION", "AP-HIDDEN-CHARACTERISTICS", "RM-SCREENING")
                        .state())
                .isEqualTo(CellState.OPEN);
    }

    @Test
    void unsignedEvidenceCountsAsTamperedOnceAKeyIsRequired() {
        SampleProjects.writePassingEvidence(dir, UNSIGNED);

        StatusReport report = status(EvidenceCodec.withKey("ci-secret"), NOW);

        assertThat(report.clauses()).extracting(ClauseResult::state).containsOnly(ClauseState.TAMPERED);
    }

    @Test
    void signedEvidenceSatisfiesWithTheSameKey() {
        EvidenceCodec signed = EvidenceCodec.withKey("ci-secret");
        SampleProjects.writePassingEvidence(dir, signed);

        assertThat(status(signed, NOW).allSatisfied()).isTrue();
        assertThat(status(EvidenceCodec.withKey("other"), NOW).allSatisfied()).isFalse();
    }

    @Test
    void aChangedInputMakesTheEvidenceStale() throws Exception {
        SampleProjects.writePassingEvidence(dir, UNSIGNED);
        Files.writeString(
                dir.resolve("suites/xstest.jsonl"),
                "{\"id\":\"x3\",\"prompt\":\"new\"}\n",
                java.nio.file.StandardOpenOption.APPEND);

        ClauseResult xstest = clause(status(), "CL-XSTEST");

        assertThat(xstest.state()).isEqualTo(ClauseState.STALE);
        assertThat(xstest.reason())
                .isEqualTo("evidence/screen-xstest.json: input 'suite' changed since the measurement: sha256 "
                        + xstest.reason().split("sha256 ")[1]);
        assertThat(xstest.reason()).doesNotContain(dir.toString());
        assertThat(xstest.evidence().status()).isEqualTo(EvidenceStatus.STALE);
    }

    @Test
    void evidenceOlderThanMaxAgeIsStale() {
        SampleProjects.writePassingEvidence(dir, UNSIGNED);

        StatusReport report = status(UNSIGNED, SampleProjects.MEASURED.plus(Duration.ofDays(31)));

        assertThat(clause(report, "CL-XSTEST").state()).isEqualTo(ClauseState.STALE);
        assertThat(clause(report, "CL-XSTEST").reason()).contains("31 days old").contains("allows 30 days");
        assertThat(clause(report, "CL-ADVERSARIAL").state())
                .as("a clause without max_age never ages")
                .isEqualTo(ClauseState.SATISFIED);
    }

    @Test
    void evidenceFromAnotherInstrumentOrWithoutTheMetricIsMissing() {
        SampleProjects.writePassingEvidence(dir, UNSIGNED);
        UNSIGNED.write(
                dir.resolve("evidence/screen-advbench.json"),
                SampleProjects.evidence("detect.refusal", List.of(), Map.of("advbench.attack_success_rate", 0.0)));
        UNSIGNED.write(
                dir.resolve("evidence/detect-toxicity.json"),
                SampleProjects.evidence("detect.toxicity", List.of(), Map.of("toxicity.flaged_rate", 0.0)));

        StatusReport report = status();

        assertThat(clause(report, "CL-ADVERSARIAL").reason())
                .contains("written by instrument 'detect.refusal'")
                .contains("needs 'screen.adversarial'");
        assertThat(clause(report, "CL-TOXICITY").state()).isEqualTo(ClauseState.MISSING_EVIDENCE);
        assertThat(clause(report, "CL-TOXICITY").reason()).contains("did you mean 'toxicity.flaged_rate'?");
    }

    @Test
    void screenEvidenceServesAnAdversarialScreeningClause() {
        SampleProjects.writePassingEvidence(dir, UNSIGNED);
        UNSIGNED.write(
                dir.resolve("evidence/screen-advbench.json"),
                SampleProjects.evidence("screen", List.of(), Map.of("advbench.attack_success_rate", 0.01)));

        assertThat(clause(status(), "CL-ADVERSARIAL").state()).isEqualTo(ClauseState.SATISFIED);
    }

    @Test
    void remediesFollowThePapersOrder() {
        assertThat(ContractStatus.remediesInOrder(SampleProjects.CATALOG))
                .extracting(r -> r.id())
                .containsExactly("RM-SIGNALING", "RM-SCREENING", "RM-BONDING", "RM-MONITORING");
    }

    @Test
    void jsonReportCarriesCellsClausesAndTheExitCode() {
        SampleProjects.writePassingEvidence(dir, UNSIGNED);

        String json = StatusJson.render(status());

        assertThat(json)
                .contains("\"schema\" : \"atlas-contract-status/1\"")
                .contains("\"exit_code\" : 0")
                .contains("\"state\" : \"COVERED\"")
                .contains("\"measured\" : 0.97");
    }
}
