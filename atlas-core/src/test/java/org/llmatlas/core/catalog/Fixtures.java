package org.llmatlas.core.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test catalogs under {@code src/test/resources/catalogs/}, copied so that a test may break them. */
public final class Fixtures {

    private Fixtures() {}

    /** The small valid catalog (2 phases, 2 methods, 3 sources). */
    public static Path valid() {
        try {
            return Path.of(Fixtures.class
                            .getClassLoader()
                            .getResource("catalogs/valid/catalog.yaml")
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A writable copy of the valid catalog in {@code target}. */
    public static Path copyOfValid(Path target) {
        Path source = valid();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from} in a catalog file. */
    public static void edit(Path catalog, String file, String from, String to) {
        Path path = catalog.resolve(file);
        try {
            String text = Files.readString(path);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain " + from);
            }
            Files.writeString(
                    path,
                    text.replaceFirst(
                            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
