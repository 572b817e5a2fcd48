package org.llmatlas.cli.contract;

import picocli.CommandLine.Command;

/** Check an alignment contract (atlas.yaml) and report residual information asymmetry. */
@Command(
        name = "contract",
        mixinStandardHelpOptions = true,
        description = "Check an alignment contract (atlas.yaml) and report residual information asymmetry.")
public final class ContractCommand {}
