package org.llmatlas.cli;

import org.llmatlas.cli.catalog.CatalogCommand;
import org.llmatlas.cli.contract.ContractCommand;
import org.llmatlas.cli.contract.InitCommand;
import org.llmatlas.cli.detect.DetectCommand;
import org.llmatlas.cli.screen.ScreenCommand;
import org.llmatlas.cli.serve.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code atlas} command: one subcommand per instrument of LLM ATLAS.
 *
 * <p>Example: {@code ./atlas catalog matrix}
 */
@Command(
        name = "atlas",
        mixinStandardHelpOptions = true,
        versionProvider = AtlasVersion.class,
        description = "LLM ATLAS: agency-theory-led alignment for organisations that adopt LLMs.",
        footer = {"", "Example:", "  ./atlas catalog matrix"},
        subcommands = {
            CatalogCommand.class,
            InitCommand.class,
            ContractCommand.class,
            DetectCommand.class,
            ScreenCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class
        })
public final class AtlasCommand {

    public static void main(String[] args) {
        CommandLine commandLine = commandLine();
        int exitCode = commandLine.execute(args);
        // picocli's writers flush on println only; output that ends without a newline must not be lost on exit.
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        System.exit(exitCode);
    }

    /** The configured command line; tests run commands through it exactly as users do. */
    public static CommandLine commandLine() {
        // Help examples are command lines to copy: 120 columns keeps them on one line in any modern terminal.
        return new CommandLine(new AtlasCommand()).setUsageHelpWidth(120);
    }
}
