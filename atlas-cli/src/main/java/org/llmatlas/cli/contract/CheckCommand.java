package org.llmatlas.cli.contract;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.llmatlas.core.contract.ContractCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Validates a contract against the JSON Schema and the catalog, listing every error and warning with file, line and
 * column. Exit 0 when valid (warnings allowed), 2 when not.
 *
 * <p>Example: {@code ./atlas contract check atlas.yaml}
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Validate a contract against the schema and the catalog (exit 0 valid, 2 invalid).",
        footer = {"", "Example:", "  ./atlas contract check examples/customer-support-bot/atlas.yaml"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOption catalogOption;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The contract (default: ./atlas.yaml).")
    Path file = Path.of(InitCommand.FILE_NAME);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<ContractLoading.Loaded> loaded =
                ContractLoading.load(file, catalogOption, spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return Exit.INVALID;
        }
        ContractCheck check = loaded.get().check();
        Problems.print(out, "error", check.errors());
        Problems.print(out, "warning", check.warnings());
        if (!check.isValid()) {
            out.println(file + ": invalid (" + check.errors().size() + " errors, "
                    + check.warnings().size() + " warnings)");
            out.flush();
            return Exit.INVALID;
        }
        int clauses = check.contract().orElseThrow().clauses().size();
        out.println(file + ": valid, " + clauses + " clauses against catalog "
                + loaded.get().catalog().version() + " (" + check.warnings().size() + " warnings)");
        out.flush();
        return Exit.OK;
    }
}
