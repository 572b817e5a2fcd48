package org.llmatlas.core.catalog;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.llmatlas.core.validation.Problem;

/**
 * Loads a catalog directory ({@code catalog.yaml} plus one YAML file per entity in {@code phases/}, {@code problems/},
 * ...) and checks it completely: YAML syntax, the JSON Schema of each kind, ID = file name, unique IDs, references
 * between entities (with "did you mean"), and replacements of deprecated entities. Every problem is reported at once,
 * with file, line and column.
 *
 * <p>Example: {@code Catalog catalog = CatalogLoader.loadDefault(); catalog.cell("PH-DATA",
 * "AP-HIDDEN-CHARACTERISTICS", "RM-SIGNALING")}
 */
public final class CatalogLoader {

    /** The classpath folder the built-in catalog is packaged under. */
    public static final String DEFAULT_ROOT = "atlas-catalog";

    private CatalogLoader() {}

    /**
     * The catalog that ships with LLM ATLAS. It is read from the classpath folder {@code atlas-catalog/}, inside the
     * jar or from the build output. Its schema conformance is proven at build time by the test suite, so only the
     * cheap checks run here; {@link #load(Path)} runs every check.
     *
     * @throws CatalogException if the packaged catalog is broken
     */
    public static Catalog loadDefault() {
        URL marker = CatalogLoader.class.getClassLoader().getResource(DEFAULT_ROOT + "/catalog.yaml");
        if (marker == null) {
            throw new CatalogException(List.of(Problem.inFile(
                    DEFAULT_ROOT + "/catalog.yaml",
                    "the built-in catalog is missing from the classpath",
                    "rebuild atlas-core; its jar packages the repository's catalog/ folder")));
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = openJar(uri)) {
                    return new CatalogReader(jar.getPath("/" + DEFAULT_ROOT), DEFAULT_ROOT, false).read();
                }
            }
            return new CatalogReader(Path.of(uri).getParent(), DEFAULT_ROOT, false).read();
        } catch (URISyntaxException | IOException e) {
            throw new CatalogException(List.of(Problem.inFile(
                    marker.toString(), "cannot open the built-in catalog: " + e.getMessage(), "rebuild atlas-core")));
        }
    }

    /**
     * Loads and fully validates the catalog in {@code dir}; problems name files as {@code dir/methods/M-X.yaml}.
     *
     * @throws CatalogException listing every problem found
     */
    public static Catalog load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CatalogException(List.of(Problem.inFile(
                    dir.toString(),
                    "not a directory",
                    "give the catalog folder that holds catalog.yaml, phases/, methods/, ...")));
        }
        return new CatalogReader(dir, dir.toString(), true).read();
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            // Someone else holds it open; reopen the jar file itself so that closing ours leaves theirs alone.
            String jar = uri.getSchemeSpecificPart();
            return FileSystems.newFileSystem(Path.of(URI.create(jar.substring(0, jar.indexOf("!/")))));
        }
    }
}
