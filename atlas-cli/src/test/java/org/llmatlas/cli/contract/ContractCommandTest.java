package org.llmatlas.cli.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.cli.Cli;
import org.llmatlas.core.contract.Clause;
import org.llmatlas.core.contract.Contract;
import org.llmatlas.core.contract.ContractReader;
import org.llmatlas.core.evidence.Evidence;
import org.llmatlas.core.evidence.EvidenceFiles;

class ContractCommandTest {

    @TempDir
    Path dir;

    private Path init(String... phases) {
        Cli init = Cli.run(
                "init",
                "--non-interactive",
                "--name",
                "bot",
                "--phases",
                String.join(",", phases),
                "--dir",
                dir.toString());
        assertThat(init.exit()).as(init.err()).isZero();
        return dir.resolve("atlas.yaml");
    }

    /** Writes evidence that meets (or misses) the clause's threshold. */
    private static void satisfy(Contract contract, Clause clause, boolean pass) {
        double value = clause.threshold().value();
        double measured = switch (clause.threshold().op()) {
            case AT_LEAST -> pass ? Math.min(1, value + 0.01) : value - 0.1;
            case AT_MOST -> pass ? value : 0.5;
            case ABOVE -> pass ? value + 0.01 : value;
            case BELOW -> pass ? value - 0.01 : value;
            case EQUAL -> pass ? value : value + 1;
        };
        EvidenceFiles.write(
                contract.resolve(clause.evidence().path()),
                new Evidence(
                        clause.instrument(),
                        "test",
                        Instant.now(),
                        "model",
                        List.of(),
                        Map.of(clause.threshold().metric(), measured),
                        Map.of()));
    }

    @Test
    void roundTripFromInitThroughCheckToAPassingStatus() {
        Path file = init("PH-BUSINESS", "PH-SELECTION");
        Contract contract = ContractReader.read(file);

        assertThat(Cli.run("contract", "status", file.toString()).exit()).isEqualTo(1);
        contract.clauses().forEach(clause -> satisfy(contract, clause, true));
        Cli status = Cli.run("contract", "status", file.toString());

        assertThat(status.exit()).as(status.out()).isZero();
        assertThat(status.out())
                .containsPattern("PH-SELECTION +Hidden characteristics +✓ covered 4/4 +✓ covered 3/3 +– n/a")
                .contains("✓ SATISFIED")
                .contains("PASS: " + contract.clauses().size() + " satisfied")
                .contains("Not part of this adoption: PH-DATA, PH-DEVELOPMENT, PH-DEPLOYMENT");
    }

    @Test
    void statusExitsOneAndExplainsAFailingClause() {
        Path file = init("PH-BUSINESS", "PH-SELECTION");
        Contract contract = ContractReader.read(file);
        contract.clauses()
                .forEach(clause -> satisfy(contract, clause, !clause.method().equals("M-ADVERSARIAL-ATTACKS")));

        Cli status = Cli.run("contract", "status", file.toString());

        assertThat(status.exit()).isEqualTo(1);
        assertThat(status.out())
                .contains("✗ FAILED")
                .contains("advbench.attacked.attack_success_rate = 0.5 misses <= 0.05")
                .contains("✓ covered")
                .contains("OPEN: ");
    }

    @Test
    void statusRendersJsonAndSelfContainedHtml() throws Exception {
        Path file = init("PH-BUSINESS", "PH-DEPLOYMENT");

        Cli json = Cli.run("contract", "status", file.toString(), "--format", "json");
        Path html = dir.resolve("status.html");
        Cli page = Cli.run("contract", "status", file.toString(), "--format", "html", "--output", html.toString());

        assertThat(json.exit()).isEqualTo(1);
        assertThat(json.out())
                .contains("\"schema\" : \"atlas-contract-status/1\"")
                .contains("\"state\" : \"OPEN\"");
        assertThat(page.exit()).isEqualTo(1);
        assertThat(Files.readString(html))
                .startsWith("<!DOCTYPE html>")
                .contains("<style>")
                .doesNotContain("<script")
                .doesNotContain("http://")
                .contains("MISSING_EVIDENCE");
    }

    @Test
    void checkListsEveryProblemAndExitsTwo() {
        Path broken = Path.of("src/test/resources/contracts/typos.yaml");

        Cli check = Cli.run("contract", "check", broken.toString());

        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.out())
                .contains("typos.yaml:7:23: error: unknown phase 'PH-SELECTON' (did you mean 'PH-SELECTION'?)")
                .contains("error: unknown method 'M-ADVERSARIAL-ATTACK'")
                .contains("invalid (");
        assertThat(Cli.run("contract", "status", broken.toString()).exit()).isEqualTo(2);
    }

    @Test
    void missingContractIsInvalidInput() {
        Cli status = Cli.run("contract", "status", dir.resolve("nope.yaml").toString());

        assertThat(status.exit()).isEqualTo(2);
        assertThat(status.err()).contains("no contract at").contains("atlas init");
    }

    @Test
    void evidenceCommandShowsAndVerifiesOneFile() throws Exception {
        Path file = init("PH-BUSINESS", "PH-SELECTION");
        Contract contract = ContractReader.read(file);
        Clause clause = contract.clauses().getFirst();
        satisfy(contract, clause, true);
        Path evidence = contract.resolve(clause.evidence().path());

        Cli ok = Cli.run("contract", "evidence", evidence.toString());
        Files.writeString(evidence, Files.readString(evidence).replace("\"model\"", "\"other-model\""));
        Cli tampered = Cli.run("contract", "evidence", evidence.toString());

        assertThat(ok.exit()).isZero();
        assertThat(ok.out())
                .contains(": VALID")
                .contains("measurement   " + clause.threshold().metric());
        assertThat(tampered.exit()).isEqualTo(1);
        assertThat(tampered.out()).contains(": TAMPERED");
    }

    @Test
    void attestRecordsADocumentForAnAttestationClauseOnly() throws Exception {
        Path file = init("PH-BUSINESS", "PH-DATA", "PH-SELECTION");
        Path card = Files.writeString(dir.resolve("model-card.md"), "# Model card\n");
        Contract contract = ContractReader.read(file);
        String attested = contract.clauses().stream()
                .filter(c -> c.instrument().equals("contract"))
                .findFirst()
                .orElseThrow()
                .id();
        String measured = contract.clauses().stream()
                .filter(c -> c.instrument().equals("screen"))
                .findFirst()
                .orElseThrow()
                .id();

        Cli attest = Cli.run(
                "contract",
                "attest",
                attested,
                "--contract",
                file.toString(),
                "--document",
                card.toString(),
                "--by",
                "Jane Roe");
        Cli wrong = Cli.run(
                "contract",
                "attest",
                measured,
                "--contract",
                file.toString(),
                "--document",
                card.toString(),
                "--by",
                "Jane Roe");

        assertThat(attest.exit()).as(attest.err()).isZero();
        assertThat(Cli.run("contract", "status", file.toString()).out())
                .containsPattern("✓ SATISFIED +" + attested + " +attestation.present = 1 meets >= 1");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("measured by instrument 'screen'");
    }

    @Test
    void everyContractCommandHasHelpWithAnExample() {
        for (String command : List.of("check", "status", "evidence", "attest")) {
            Cli help = Cli.run("contract", command, "--help");
            assertThat(help.exit()).isZero();
            assertThat(help.out()).contains("Example").contains("./atlas contract " + command);
        }
        assertThat(Cli.run("init", "--help").out()).contains("./atlas init --non-interactive");
    }
}
