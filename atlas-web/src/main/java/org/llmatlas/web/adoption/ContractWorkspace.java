package org.llmatlas.web.adoption;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A project laid out on disk as the instruments expect it: {@code atlas.yaml} plus the evidence files at the
 * paths its clauses name. The contract and evidence code of atlas-core work on files (paths resolve against the
 * contract's folder), so the website evaluates a project in a private temporary folder that is deleted afterwards.
 */
final class ContractWorkspace {

    static final String CONTRACT_FILE = "atlas.yaml";

    private ContractWorkspace() {}

    /** Runs {@code work} on a fresh folder holding {@code contractYaml} and {@code files}, then deletes it. */
    static <T> T with(String contractYaml, List<AdoptionRepository.StoredFile> files, Function<Path, T> work) {
        Path dir;
        try {
            dir = Files.createTempDirectory("atlas-project-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the project", e);
        }
        try {
            Files.writeString(dir.resolve(CONTRACT_FILE), contractYaml, StandardCharsets.UTF_8);
            for (AdoptionRepository.StoredFile file : files) {
                Path target = inside(dir, file.path());
                Files.createDirectories(target.getParent());
                Files.write(target, file.content());
            }
            return work.apply(dir.resolve(CONTRACT_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out the project in " + dir, e);
        } finally {
            delete(dir);
        }
    }

    /**
     * {@code relative} resolved inside {@code dir}.
     *
     * @throws IllegalArgumentException for absolute paths or paths that climb out of the project ({@code ../})
     */
    static Path inside(Path dir, String relative) {
        Path target = dir.resolve(relative).normalize();
        if (Path.of(relative).isAbsolute() || !target.startsWith(dir)) {
            throw new IllegalArgumentException("evidence path '" + relative
                    + "' leaves the project folder; use a path relative to atlas.yaml, e.g. evidence/screen.json");
        }
        return target;
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the OS cleans its temp area
        }
    }
}
