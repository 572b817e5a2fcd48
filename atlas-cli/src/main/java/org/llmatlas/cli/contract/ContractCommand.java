package org.llmatlas.cli.contract;

import picocli.CommandLine.Command;

/**
 * Check an alignment contract ({@code atlas.yaml}) and report residual information asymmetry.
 *
 * <p>Example: {@code ./atlas contract status examples/customer-support-bot/atlas.yaml}
 */
@Command(
        name = "contract",
        mixinStandardHelpOptions = true,
        description = "Check an alignment contract (atlas.yaml) and report residual information asymmetry.",
        footer = {
            "",
            "Examples:",
            "  ./atlas contract check atlas.yaml",
            "  ./atlas contract status atlas.yaml --format html > status.html"
        },
        subcommands = {CheckCommand.class, StatusCommand.class, EvidenceCommand.class, AttestCommand.class})
public final class ContractCommand {}
