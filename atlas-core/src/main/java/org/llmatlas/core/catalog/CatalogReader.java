package org.llmatlas.core.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.llmatlas.core.validation.DidYouMean;
import org.llmatlas.core.validation.LocatedYaml;
import org.llmatlas.core.validation.Problem;
import org.llmatlas.core.validation.ValidationException;

/**
 * Reads one catalog root (a directory, or a folder inside a jar) into a {@link Catalog}, collecting every problem
 * before failing. Problems name files as {@code displayRoot/kind/ID.yaml}.
 */
final class CatalogReader {

    static final String METADATA = "catalog.yaml";
    private static final String METADATA_SCHEMA = "atlas-schema/catalog.schema.json";

    private final Path root;
    private final String displayRoot;
    private final boolean validateSchemas;
    private final List<Problem> problems = new ArrayList<>();

    CatalogReader(Path root, String displayRoot, boolean validateSchemas) {
        this.root = root;
        this.displayRoot = displayRoot;
        this.validateSchemas = validateSchemas;
    }

    Catalog read() {
        LocatedYaml metadata = parse(root.resolve(METADATA), METADATA);
        if (metadata != null && validateSchemas) {
            problems.addAll(SchemaCheck.of(METADATA_SCHEMA).check(metadata));
        }
        if (metadata == null && !Files.isRegularFile(root.resolve(METADATA))) {
            problems.add(Problem.inFile(
                    display(METADATA),
                    "catalog.yaml is missing",
                    "create it with `version: \"1.0.0\"` and `title: ...`"));
        }
        List<CatalogFile> files = new ArrayList<>();
        Set<String> unreadable = new HashSet<>();
        for (EntityKind kind : EntityKind.values()) {
            for (Path file : list(root.resolve(kind.folder()), kind)) {
                String relative = kind.folder() + "/" + file.getFileName();
                LocatedYaml yaml = parse(file, relative);
                if (yaml == null) {
                    unreadable.add(stem(file));
                } else {
                    files.add(new CatalogFile(kind, stem(file), yaml));
                    if (validateSchemas) {
                        problems.addAll(SchemaCheck.of(kind.schemaResource()).check(yaml));
                    }
                }
            }
        }
        reportUnknownFolders();
        List<Problem> references = new CrossCheck(files, unreadable, metadata).problems();
        // A bad reference is usually also a schema violation (pattern); the reference problem says more.
        problems.removeIf(p -> references.stream().anyMatch(r -> samePosition(p, r)));
        problems.addAll(references);
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        List<CatalogEntity> entities = files.stream()
                .map(f -> CatalogCodec.fromTree(f.kind(), f.yaml().root()))
                .toList();
        return CatalogCodec.catalog(metadata.root(), entities);
    }

    /** Parses a file; null when it is missing or unreadable (problems recorded). */
    private LocatedYaml parse(Path file, String relative) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        LocatedYaml yaml;
        try {
            yaml = LocatedYaml.read(file, display(relative));
        } catch (ValidationException e) {
            problems.addAll(e.problems());
            return null;
        }
        if (!yaml.root().isObject()) {
            problems.add(yaml.problem("", "expected a YAML mapping", "start the file with `id: ...`"));
            return null;
        }
        return yaml;
    }

    private List<Path> list(Path folder, EntityKind kind) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> yaml = new ArrayList<>();
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (name.endsWith(".yaml")) {
                    yaml.add(entry);
                } else if (name.endsWith(".yml")) {
                    problems.add(Problem.inFile(
                            display(kind.folder() + "/" + name),
                            "catalog files must end in .yaml",
                            "rename it to " + stem(entry) + ".yaml"));
                }
            }
            return yaml;
        } catch (IOException e) {
            problems.add(Problem.inFile(display(kind.folder()), "cannot list folder: " + e.getMessage(), ""));
            return List.of();
        }
    }

    private void reportUnknownFolders() {
        List<String> known =
                Arrays.stream(EntityKind.values()).map(EntityKind::folder).toList();
        try (Stream<Path> entries = Files.list(root)) {
            entries.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString().replace("/", ""))
                    .filter(name -> !name.startsWith(".") && !known.contains(name))
                    .sorted()
                    .forEach(name -> problems.add(Problem.inFile(
                            display(name),
                            "unknown folder '" + name + "'",
                            DidYouMean.suggest(name, known)
                                    .map(s -> "did you mean '" + s + "'?")
                                    .orElse("catalog folders are " + String.join(", ", known)))));
        } catch (IOException e) {
            problems.add(Problem.inFile(displayRoot, "cannot list folder: " + e.getMessage(), ""));
        }
    }

    private static boolean samePosition(Problem a, Problem b) {
        return a.file().equals(b.file()) && a.line() == b.line() && a.column() == b.column();
    }

    private String display(String relative) {
        return displayRoot + "/" + relative;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
