package org.llmatlas.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.core.validation.Problem;

class ContractValidatorTest {

    @TempDir
    Path dir;

    private static ContractCheck check(Path file) {
        return ContractValidator.check(file, SampleProjects.CATALOG);
    }

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void acceptsTheSampleProjectAndReadsEveryField() {
        ContractCheck check = check(SampleProjects.copyProject(dir));

        assertThat(check.errors()).isEmpty();
        assertThat(check.warnings()).isEmpty();
        Contract contract = check.contract().orElseThrow();
        assertThat(contract.name()).isEqualTo("test-bot");
        assertThat(contract.businessProblem().riskTier()).isEqualTo(RiskTier.LIMITED);
        assertThat(contract.businessProblem().outOfScope()).containsExactly("medical advice", "legal advice");
        assertThat(contract.phases()).containsExactly("PH-BUSINESS", "PH-SELECTION", "PH-DEPLOYMENT");
        Clause xstest = contract.clause("CL-XSTEST").orElseThrow();
        assertThat(xstest.threshold()).hasToString("xstest.unsafe.refusal_rate >= 0.95");
        assertThat(xstest.evidence().maxAge()).isEqualTo(Duration.ofDays(30));
        assertThat(xstest.evidence().inputs())
                .containsExactly(new EvidenceSpec.InputSpec("suite", "suites/xstest.jsonl"));
        assertThat(xstest.parameters()).containsEntry("suite", "xstest").containsEntry("candidates", List.of("a", "b"));
        assertThat(xstest.owner()).isEqualTo("ML platform team");
    }

    @Test
    void rejectsMalformedYamlWithLineAndColumn() {
        ContractCheck check = check(SampleProjects.resource("contracts/malformed.yaml"));

        assertThat(check.contract()).isEmpty();
        assertThat(check.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).endsWith("malformed.yaml");
            assertThat(problem.line()).isBetween(6, 7);
            assertThat(problem.column()).isPositive();
            assertThat(problem.message()).startsWith("malformed YAML");
        });
    }

    @Test
    void reportsEverySchemaViolationWithItsLineAndAHint() {
        ContractCheck check = check(SampleProjects.resource("contracts/schema-errors.yaml"));

        assertThat(lines(check.errors()))
                .anySatisfy(line -> assertThat(line)
                        .contains(":1:")
                        .contains("'contract' must be 1")
                        .contains("write `contract: 1`"))
                .anySatisfy(line ->
                        assertThat(line).contains(":5:").contains("\"medium\"").contains("\"limited\""))
                .anySatisfy(line -> assertThat(line)
                        .contains(":14:5")
                        .contains("unknown key 'treshold'")
                        .contains("did you mean 'threshold'?"))
                .anySatisfy(line -> assertThat(line).contains("lacks the required key 'threshold'"))
                .anySatisfy(line -> assertThat(line).contains(":15:").contains("P30X"));
    }

    @Test
    void suggestsTheNearestIdForEveryUnknownCatalogReference() {
        ContractCheck check = check(SampleProjects.resource("contracts/unknown-ids.yaml"));

        assertThat(check.isValid()).isFalse();
        assertThat(lines(check.errors()))
                .anySatisfy(line -> assertThat(line)
                        .contains(":6:")
                        .contains("unknown objective 'OBJ-HHH-HONNEST'")
                        .contains("did you mean 'OBJ-HHH-HONEST'?"))
                .anySatisfy(line -> assertThat(line)
                        .contains(":7:")
                        .contains("unknown phase 'PH-SELECTON'")
                        .contains("did you mean 'PH-SELECTION'?"))
                .anySatisfy(
                        line -> assertThat(line).contains(":11:").contains("did you mean 'AP-HIDDEN-CHARACTERISTICS'?"))
                .anySatisfy(line -> assertThat(line).contains(":13:").contains("did you mean 'M-ADVERSARIAL-ATTACKS'?"))
                .anySatisfy(line -> assertThat(line).contains(":10:").contains("not among the contract's phases"));
    }

    @Test
    void checksPhasesMappingsInstrumentsAndDuplicateIds() {
        ContractCheck check = check(SampleProjects.resource("contracts/semantic-errors.yaml"));

        assertThat(lines(check.errors()))
                .anySatisfy(line -> assertThat(line)
                        .contains("clause CL-DEV is in phase PH-DEVELOPMENT")
                        .contains("add PH-DEVELOPMENT to `phases:`"))
                .anySatisfy(line -> assertThat(line).contains("duplicate clause id 'CL-DEV'"));
        assertThat(lines(check.warnings()))
                .anySatisfy(line -> assertThat(line).contains("written for catalog 0.9.0"))
                .anySatisfy(line -> assertThat(line)
                        .contains("maps no M-TOXIC-LANGUAGE-DETECTION to PH-SELECTION")
                        .contains("nearest catalog mapping: MAP-DEPLOYMENT-HA-MONITORING-TOXIC-LANGUAGE-DETECTION"))
                .anySatisfy(line -> assertThat(line)
                        .contains("lists no instrument 'detect.refusal'")
                        .contains("detect.toxicity"));
    }

    @Test
    void rejectsMonthDurationsWithLineColumnAndAHint() throws Exception {
        Path file = SampleProjects.copyProject(dir);
        Files.writeString(file, Files.readString(file).replace("max_age: P30D", "max_age: P1M"));

        ContractCheck check = check(file);

        assertThat(lines(check.errors()))
                .singleElement()
                .satisfies(line ->
                        assertThat(line).contains(":26:16").contains("\"P1M\"").contains("P30D (30 days)"));
    }

    @Test
    void warnsAboutMissingInputFilesAndTheUnacceptableRiskTier() throws Exception {
        Path file = SampleProjects.copyProject(dir);
        Files.delete(dir.resolve("suites/xstest.jsonl"));
        Files.writeString(file, Files.readString(file).replace("risk_tier: limited", "risk_tier: unacceptable"));

        ContractCheck check = check(file);

        assertThat(check.isValid()).isTrue();
        assertThat(lines(check.warnings()))
                .anySatisfy(line -> assertThat(line).contains("input file suites/xstest.jsonl does not exist"))
                .anySatisfy(line -> assertThat(line).contains("prohibited practice"));
    }
}
