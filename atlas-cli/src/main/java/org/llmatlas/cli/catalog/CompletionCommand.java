package org.llmatlas.cli.catalog;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Prints a bash/zsh completion script for the whole {@code atlas} command.
 *
 * <p>Example: {@code source <(./atlas catalog completion)}
 */
@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        description = "Print a bash/zsh completion script for atlas (all commands, not only catalog).",
        footer = {
            "",
            "Examples:",
            "  source <(./atlas catalog completion)",
            "  ./atlas catalog completion > /etc/bash_completion.d/atlas"
        })
final class CompletionCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().print(AutoComplete.bash("atlas", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
    }
}
