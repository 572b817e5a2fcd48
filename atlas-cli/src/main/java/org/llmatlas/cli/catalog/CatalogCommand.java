package org.llmatlas.cli.catalog;

import picocli.CommandLine.Command;

/**
 * Browse, export, validate and diff the LLM ATLAS problem-solution space.
 *
 * <p>Example: {@code ./atlas catalog list --phase PH-SELECTION}
 */
@Command(
        name = "catalog",
        mixinStandardHelpOptions = true,
        description = "Browse, export, validate and diff the LLM ATLAS problem-solution space.",
        footer = {
            "",
            "Examples:",
            "  ./atlas catalog matrix",
            "  ./atlas catalog list --phase PH-SELECTION --remedy RM-SCREENING",
            "  ./atlas catalog show M-DATA-CARDS",
            "",
            "Exit codes: 0 ok, 1 not found, 2 invalid input."
        },
        subcommands = {
            ListCommand.class,
            ShowCommand.class,
            SearchCommand.class,
            MatrixCommand.class,
            ExportCommand.class,
            ValidateCommand.class,
            DiffCommand.class,
            CompletionCommand.class
        })
public final class CatalogCommand {}
