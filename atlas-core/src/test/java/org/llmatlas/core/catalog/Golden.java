package org.llmatlas.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under {@code src/test/resources/golden/}. Run with
 * {@code -Dgolden.update=true} (or env {@code ATLAS_UPDATE_GOLDEN=1}) to rewrite the files after an intended change,
 * then review the diff.
 */
public final class Golden {

    private static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private Golden() {}

    public static void assertMatches(String name, String actual) {
        Path file = ROOT.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update") || "1".equals(System.getenv("ATLAS_UPDATE_GOLDEN"))) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(Files.exists(file))
                    .as("golden file %s is missing; run the test with -Dgolden.update=true to create it", file)
                    .isTrue();
            assertThat(actual)
                    .as("output differs from %s (rerun with -Dgolden.update=true if the change is intended)", file)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
