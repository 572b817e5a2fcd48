package org.llmatlas.screen;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the copies of the published benchmark files and model cards ({@code shared/data}, next to the clone),
 * which the project must not commit. Tests that need them are skipped with a reason when they are absent.
 */
public final class SharedData {

    private SharedData() {}

    public static Optional<Path> root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /** The file under shared/data, or skips the test when it is not there. */
    public static Path require(String relative) {
        Optional<Path> file = root().map(r -> r.resolve(relative)).filter(Files::isRegularFile);
        assumeTrue(
                file.isPresent(),
                "shared/data/" + relative + " not found next to the repository; "
                        + "it holds copies of published files that are not committed");
        return file.get();
    }
}
