package org.llmatlas.core.contract;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An alignment contract as read from {@code atlas.yaml}. The principal (the adopting organisation) states what it
 * needs from its LLM agent and how each promise is verified; {@link ContractStatus} then shows which information
 * asymmetries remain.
 *
 * @param format the {@code contract:} format version, currently {@value #FORMAT}
 * @param catalogVersion the catalog version the contract was written against
 * @param phases the adoption phases the organisation goes through (no fine-tuning: no {@code PH-DEVELOPMENT})
 * @param file the file it was read from; evidence paths resolve against its directory
 */
public record Contract(
        int format,
        String name,
        String catalogVersion,
        BusinessProblem businessProblem,
        List<String> phases,
        List<Clause> clauses,
        Path file) {

    /** The current {@code contract:} format version. */
    public static final int FORMAT = 1;

    public Contract {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(businessProblem, "businessProblem");
        catalogVersion = catalogVersion == null ? "" : catalogVersion;
        phases = List.copyOf(phases);
        clauses = List.copyOf(clauses);
        Objects.requireNonNull(file, "file");
    }

    /** The directory that relative paths in the contract are resolved against. */
    public Path baseDir() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /** A path written in the contract, resolved against {@link #baseDir()}. */
    public Path resolve(String path) {
        return baseDir().resolve(path).normalize();
    }

    public Optional<Clause> clause(String id) {
        return clauses.stream().filter(clause -> clause.id().equals(id)).findFirst();
    }
}
