package org.llmatlas.cli.contract;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.contract.ContractCheck;
import org.llmatlas.core.contract.ContractValidator;
import org.llmatlas.core.validation.ValidationException;

/** Loads catalog and contract for a command, printing every problem; empty when the input is unusable. */
final class ContractLoading {

    /** A checked contract together with the catalog it was checked against. */
    record Loaded(Catalog catalog, ContractCheck check) {}

    private ContractLoading() {}

    static Optional<Loaded> load(Path file, CatalogOption catalogOption, PrintWriter err) {
        if (!Files.isRegularFile(file)) {
            err.println("atlas contract: no contract at " + file + "; create one with `atlas init`");
            err.flush();
            return Optional.empty();
        }
        Catalog catalog;
        try {
            catalog = catalogOption.load();
        } catch (ValidationException e) {
            Problems.print(err, "error", e.problems());
            return Optional.empty();
        }
        return Optional.of(new Loaded(catalog, ContractValidator.check(file, catalog)));
    }
}
