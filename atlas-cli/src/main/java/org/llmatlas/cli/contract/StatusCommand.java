package org.llmatlas.cli.contract;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.llmatlas.core.contract.ContractCheck;
import org.llmatlas.core.contract.ContractStatus;
import org.llmatlas.core.contract.StatusJson;
import org.llmatlas.core.contract.StatusReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The residual information asymmetry report: for every phase × agency problem × remedy, whether satisfied clauses
 * with valid evidence cover it, and for every clause why it holds or not. Exit 0 when every clause is satisfied, 1
 * when some are not, 2 on invalid input, so that a CI pipeline can gate a release on it.
 *
 * <p>Example: {@code ./atlas contract status atlas.yaml --format json}
 */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = {
            "Report residual information asymmetry: which cells are covered by satisfied clauses with valid evidence.",
            "Exit 0 when every clause is satisfied, 1 when some are open or failing, 2 on invalid input."
        },
        footer = {
            "",
            "Examples:",
            "  ./atlas contract status examples/customer-support-bot/atlas.yaml",
            "  ./atlas contract status atlas.yaml --format html --output status.html"
        })
final class StatusCommand implements Callable<Integer> {

    enum Format {
        text,
        json,
        html
    }

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOption catalogOption;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The contract (default: ./atlas.yaml).")
    Path file = Path.of(InitCommand.FILE_NAME);

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "text (default), json or html (a self-contained page).")
    Format format = Format.text;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ContractLoading.Loaded> loaded = ContractLoading.load(file, catalogOption, err);
        if (loaded.isEmpty()) {
            return Exit.INVALID;
        }
        ContractCheck check = loaded.get().check();
        if (!check.isValid()) {
            Problems.print(err, "error", check.errors());
            err.println(file + ": invalid contract; fix it first (`atlas contract check " + file + "`)");
            err.flush();
            return Exit.INVALID;
        }
        StatusReport report = ContractStatus.evaluate(
                check.contract().orElseThrow(), loaded.get().catalog());
        String rendered = switch (format) {
            case text -> new StatusText(loaded.get().catalog()).render(report);
            case json -> StatusJson.render(report);
            case html -> new StatusHtml(loaded.get().catalog()).render(report);
        };
        if (output == null) {
            out.print(rendered);
            out.flush();
        } else {
            try {
                Files.writeString(output, rendered, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("atlas contract status: cannot write " + output + ": " + e.getMessage());
                err.flush();
                return Exit.INVALID;
            }
        }
        return report.exitCode();
    }
}
