package org.llmatlas.cli.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.cli.Cli;

class InitCommandTest {

    private static final InputStream STDIN = System.in;

    @TempDir
    Path dir;

    @AfterEach
    void restoreStdin() {
        System.setIn(STDIN);
    }

    @Test
    void nonInteractiveInitWritesAContractThatChecksClean() throws Exception {
        Cli init = Cli.run("init", "--non-interactive", "--name", "support-bot", "--dir", dir.toString());

        assertThat(init.exit()).isZero();
        assertThat(init.out())
                .contains("Wrote")
                .contains("clauses for phases [PH-BUSINESS, PH-DATA, PH-SELECTION," + " PH-DEPLOYMENT]");
        String yaml = Files.readString(dir.resolve("atlas.yaml"));
        assertThat(yaml)
                .contains("name: \"support-bot\"")
                .contains("risk_tier: limited")
                .contains("- OBJ-HHH-HARMLESS")
                .contains("# Phase 1, business problem definition")
                .doesNotContain("PH-DEVELOPMENT\n  -")
                .doesNotContain("phase: PH-DEVELOPMENT");
        Cli check = Cli.run("contract", "check", dir.resolve("atlas.yaml").toString());
        assertThat(check.exit()).isZero();
        assertThat(check.out()).contains("valid").contains("(0 warnings)");
    }

    @Test
    void honoursPhasesObjectivesAndRiskTierFlags() throws Exception {
        Cli init = Cli.run(
                "init",
                "--non-interactive",
                "--name",
                "trainer",
                "--phases",
                "PH-BUSINESS,PH-DEVELOPMENT",
                "--objectives",
                "RICE",
                "--risk-tier",
                "high",
                "--dir",
                dir.toString());

        assertThat(init.exit()).isZero();
        String yaml = Files.readString(dir.resolve("atlas.yaml"));
        assertThat(yaml)
                .contains("risk_tier: high")
                .contains("- OBJ-RICE-ROBUSTNESS")
                .contains("phase: PH-DEVELOPMENT")
                .doesNotContain("phase: PH-SELECTION");
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Files.writeString(dir.resolve("atlas.yaml"), "mine");

        Cli again = Cli.run("init", "--non-interactive", "--name", "x", "--dir", dir.toString());

        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already exists").contains("--force");
        assertThat(Files.readString(dir.resolve("atlas.yaml"))).isEqualTo("mine");
        assertThat(Cli.run("init", "--non-interactive", "--name", "x", "--force", "--dir", dir.toString())
                        .exit())
                .isZero();
    }

    @Test
    void rejectsUnknownPhasesWithDidYouMean() {
        Cli init =
                Cli.run("init", "--non-interactive", "--name", "x", "--phases", "PH-DEPLOY", "--dir", dir.toString());

        assertThat(init.exit()).isEqualTo(2);
        assertThat(init.err()).contains("unknown phase 'PH-DEPLOY'").contains("did you mean 'PH-DEPLOYMENT'?");
        assertThat(dir.resolve("atlas.yaml")).doesNotExist();
    }

    @Test
    void interactiveInitAsksAndReadsTheAnswersFromStdin() throws Exception {
        String answers = String.join(
                "\n",
                "shop-assistant",
                "Answer questions about orders",
                "Web shop customers",
                "Orders, shipping, returns",
                "medical advice, legal advice",
                "medium",
                "high",
                "OBJ-HHH-HONEST, harmless-typo",
                "OBJ-HHH-HONEST,OBJ-HHH-HARMLESS",
                "n",
                "y",
                "maybe",
                "y",
                "n");
        System.setIn(new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8)));

        Cli init = Cli.run("init", "--dir", dir.toString());

        assertThat(init.exit()).isZero();
        assertThat(init.out())
                .contains("Project name [")
                .contains("EU AI Act risk tier")
                .contains("unknown risk tier 'medium'")
                .contains("unknown objective 'harmless-typo'")
                .contains("answer y or n")
                .contains("OBJ-FATE-FAIRNESS");
        String yaml = Files.readString(dir.resolve("atlas.yaml"));
        assertThat(yaml)
                .contains("name: \"shop-assistant\"")
                .contains("out_of_scope: [\"medical advice\", \"legal advice\"]")
                .contains("risk_tier: high")
                .contains("- OBJ-HHH-HARMLESS")
                .contains("phase: PH-SELECTION")
                .contains("phase: PH-DEVELOPMENT")
                .doesNotContain("phase: PH-DATA")
                .doesNotContain("phase: PH-DEPLOYMENT");
    }

    @Test
    void interactiveInitTakesDefaultsAtEndOfInput() throws Exception {
        System.setIn(new ByteArrayInputStream(new byte[0]));

        Cli init = Cli.run("init", "--dir", dir.toString(), "--name", "quiet");

        assertThat(init.exit()).isZero();
        assertThat(Files.readString(dir.resolve("atlas.yaml")))
                .contains("name: \"quiet\"")
                .contains("risk_tier: limited")
                .contains("phase: PH-DEPLOYMENT")
                .doesNotContain("phase: PH-DEVELOPMENT");
    }
}
