package org.llmatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AtlasCommandTest {

    @Test
    void topLevelHelpListsEveryInstrument() {
        Cli help = Cli.run("--help");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("catalog", "init", "contract", "detect", "screen", "serve", "./atlas catalog");
    }

    @Test
    void aMistypedSubcommandIsNamedWithTheOnesThatExist() {
        Cli typo = Cli.run("screeen", "--suite", "xstest");

        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("screeen").contains("screen");
    }

    @Test
    void helpForOneCommandWorksThroughTheHelpSubcommand() {
        Cli help = Cli.run("help", "detect");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("refusal");
    }

    @Test
    void aSubcommandRunsWithOnlyItsOwnTreeBuilt() {
        assertThat(AtlasCommand.commandLine("catalog", "matrix").getSubcommands())
                .containsOnlyKeys("catalog");
        assertThat(AtlasCommand.commandLine("--help").getSubcommands())
                .containsKeys("catalog", "init", "contract", "detect", "screen", "serve", "help");
    }
}
