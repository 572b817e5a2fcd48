package org.llmatlas.cli.catalog;

import picocli.CommandLine.Command;

/** Browse, export, validate and diff the LLM ATLAS problem-solution space. */
@Command(
        name = "catalog",
        mixinStandardHelpOptions = true,
        description = "Browse, export, validate and diff the LLM ATLAS problem-solution space.")
public final class CatalogCommand {}
