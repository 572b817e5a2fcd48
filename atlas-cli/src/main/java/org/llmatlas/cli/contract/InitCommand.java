package org.llmatlas.cli.contract;

import picocli.CommandLine.Command;

/** Propose an alignment contract (atlas.yaml) from the catalog. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Propose an alignment contract (atlas.yaml) from the catalog.")
public final class InitCommand {}
