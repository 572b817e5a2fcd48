package org.llmatlas.cli.catalog;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.concurrent.Callable;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.core.catalog.EntityKind;
import org.llmatlas.core.validation.DidYouMean;
import org.llmatlas.core.validation.ValidationException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the catalog subcommands share: output streams from picocli (so tests can capture them), and one place that
 * turns invalid input into exit code 2 with every problem listed.
 */
abstract class CatalogSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        try {
            return run();
        } catch (ValidationException e) {
            err().println(e.getMessage());
            return Exit.INVALID;
        } catch (InvalidInput e) {
            err().println("error: " + e.getMessage());
            return e.code;
        }
    }

    abstract int run() throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Checks that {@code id} names an entity of {@code kind}; otherwise fails with a "did you mean". */
    static void requireId(Catalog catalog, String id, EntityKind kind, String option) {
        if (id == null) {
            return;
        }
        boolean found = catalog.find(id).filter(kind.type()::isInstance).isPresent();
        if (!found) {
            Collection<String> known = catalog.entities()
                    .filter(kind.type()::isInstance)
                    .map(CatalogEntity::id)
                    .toList();
            throw new InvalidInput(
                    option + ": unknown " + kind.singular() + " '" + id + "'" + suggestion(id, known), Exit.INVALID);
        }
    }

    static String suggestion(String id, Collection<String> known) {
        return DidYouMean.suggest(id, known)
                .map(s -> " (did you mean " + s + "?)")
                .orElse("");
    }

    /** Bad input found by a command itself, with the exit code to use. */
    static final class InvalidInput extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int code;

        InvalidInput(String message, int code) {
            super(message);
            this.code = code;
        }
    }
}
