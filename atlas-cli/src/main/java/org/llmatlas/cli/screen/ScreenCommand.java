package org.llmatlas.cli.screen;

import picocli.CommandLine.Command;

/** Screen candidate LLMs for hidden characteristics with benchmark and adversarial suites. */
@Command(
        name = "screen",
        mixinStandardHelpOptions = true,
        description = "Screen candidate LLMs for hidden characteristics with benchmark and adversarial suites.")
public final class ScreenCommand {}
