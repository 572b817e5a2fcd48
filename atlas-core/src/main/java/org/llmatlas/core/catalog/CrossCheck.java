package org.llmatlas.core.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.llmatlas.core.validation.DidYouMean;
import org.llmatlas.core.validation.LocatedYaml;
import org.llmatlas.core.validation.LocatedYaml.Position;
import org.llmatlas.core.validation.Problem;
import tools.jackson.databind.JsonNode;

/**
 * The checks that span files: ID equals file name, IDs are unique, every reference names an existing entity of the
 * right kind (else "did you mean"), active entities do not build on deprecated ones, replacements exist, no two
 * mappings put the same method into the same cell, and no entity claims to be newer than the catalog.
 */
final class CrossCheck {

    /** Which property names hold references, and to what kind. {@code replaced_by} refers to the same kind. */
    private static final Map<String, EntityKind> REFERENCES = Map.of(
            "phase", EntityKind.PHASE,
            "problem", EntityKind.PROBLEM,
            "remedy", EntityKind.REMEDY,
            "method", EntityKind.METHOD,
            "problems", EntityKind.PROBLEM,
            "remedies", EntityKind.REMEDY,
            "objectives", EntityKind.OBJECTIVE,
            "sources", EntityKind.SOURCE,
            "source", EntityKind.SOURCE);

    private final List<CatalogFile> files;
    /** Stems of files that could not be parsed: their IDs count as known, to avoid follow-up errors. */
    private final Set<String> unreadable;

    private final LocatedYaml metadata;
    private final Map<String, CatalogFile> byId = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    CrossCheck(List<CatalogFile> files, Set<String> unreadable, LocatedYaml metadata) {
        this.files = files;
        this.unreadable = unreadable;
        this.metadata = metadata;
    }

    List<Problem> problems() {
        indexIds();
        for (CatalogFile file : files) {
            checkReferences(file, file.yaml().root(), "");
            checkReplacement(file);
            checkSince(file);
        }
        checkDuplicateCells();
        return problems;
    }

    private void indexIds() {
        for (CatalogFile file : files) {
            String id = file.id();
            if (id == null) {
                continue;
            }
            if (!id.equals(file.stem())) {
                problems.add(file.yaml()
                        .problem(
                                "/id",
                                "id '" + id + "' does not match the file name '" + file.stem() + ".yaml'",
                                "rename the file to " + id + ".yaml, or set `id: " + file.stem() + "`"));
            }
            CatalogFile first = byId.putIfAbsent(id, file);
            if (first != null) {
                Position at = first.yaml().position("/id");
                problems.add(file.yaml()
                        .problem(
                                "/id",
                                "duplicate id '" + id + "'",
                                "already defined in " + first.yaml().file() + ":" + at.line()
                                        + "; IDs are never reused, pick a new one"));
            }
        }
    }

    private void checkReferences(CatalogFile file, JsonNode node, String pointer) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String child = pointer + LocatedYaml.segment(property.getKey());
                EntityKind target = property.getKey().equals("replaced_by")
                        ? file.kind()
                        : pointer.isEmpty() || property.getKey().equals("source")
                                ? REFERENCES.get(property.getKey())
                                : null;
                if (target == null) {
                    checkReferences(file, property.getValue(), child);
                } else if (property.getValue().isArray()) {
                    for (int i = 0; i < property.getValue().size(); i++) {
                        checkReference(file, property.getValue().get(i), child + "/" + i, target);
                    }
                } else {
                    checkReference(file, property.getValue(), child, target);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkReferences(file, node.get(i), pointer + "/" + i);
            }
        }
    }

    private void checkReference(CatalogFile file, JsonNode value, String pointer, EntityKind expected) {
        if (!value.isString() || unreadable.contains(value.asString())) {
            return;
        }
        String id = value.asString();
        CatalogFile target = byId.get(id);
        LocatedYaml yaml = file.yaml();
        if (target == null) {
            List<String> candidates = byId.values().stream()
                    .filter(f -> f.kind() == expected)
                    .map(CatalogFile::id)
                    .toList();
            String hint = DidYouMean.suggest(id, candidates)
                    .map(s -> "did you mean " + s + "?")
                    .orElse("add " + expected.folder() + "/" + id + ".yaml or name an existing " + expected.singular());
            problems.add(yaml.problem(pointer, "unknown " + expected.singular() + " '" + id + "'", hint));
        } else if (target.kind() != expected) {
            problems.add(yaml.problem(
                    pointer,
                    "'" + id + "' is a " + target.kind().singular() + ", not a " + expected.singular(),
                    "name a " + expected.singular() + " (" + expected.idPrefix() + "...) here"));
        } else if (isDeprecated(target) && !isDeprecated(file) && !pointer.equals("/replaced_by")) {
            String replacement = target.yaml().root().path("replaced_by").asString("");
            problems.add(yaml.problem(
                    pointer,
                    "'" + id + "' is deprecated",
                    replacement.isEmpty()
                            ? "name an active " + expected.singular()
                            : "use its replacement " + replacement));
        }
    }

    private void checkReplacement(CatalogFile file) {
        String replacement = file.yaml().root().path("replaced_by").asString("");
        if (replacement.isEmpty()) {
            return;
        }
        if (replacement.equals(file.id())) {
            problems.add(file.yaml()
                    .problem("/replaced_by", "an entity cannot replace itself", "name the entity that supersedes it"));
            return;
        }
        CatalogFile target = byId.get(replacement);
        if (target != null && target.kind() == file.kind() && isDeprecated(target)) {
            String next = target.yaml().root().path("replaced_by").asString("");
            problems.add(file.yaml()
                    .problem(
                            "/replaced_by",
                            "replacement '" + replacement + "' is itself deprecated",
                            next.isEmpty() ? "name an active " + file.kind().singular() : "point to " + next));
        }
    }

    private void checkSince(CatalogFile file) {
        if (metadata == null) {
            return;
        }
        String catalogVersion = metadata.root().path("version").asString("");
        String since = file.yaml().root().path("since").asString("");
        if (!catalogVersion.isEmpty() && !since.isEmpty() && compareVersions(since, catalogVersion) > 0) {
            problems.add(file.yaml()
                    .problem(
                            "/since",
                            "since " + since + " is newer than the catalog version " + catalogVersion,
                            "raise `version` in catalog.yaml or correct `since`"));
        }
    }

    private void checkDuplicateCells() {
        Map<String, CatalogFile> cells = new LinkedHashMap<>();
        for (CatalogFile file : files) {
            if (file.kind() != EntityKind.MAPPING || isDeprecated(file)) {
                continue;
            }
            JsonNode m = file.yaml().root();
            String key = String.join(
                    " × ",
                    m.path("phase").asString(""),
                    m.path("problem").asString(""),
                    m.path("remedy").asString(""),
                    m.path("method").asString(""));
            CatalogFile first = cells.putIfAbsent(key, file);
            if (first != null) {
                problems.add(file.yaml()
                        .problem(
                                "/method",
                                "mapping repeats " + first.id() + " (" + key + ")",
                                "merge the rationales into " + first.id() + " and deprecate this one"));
            }
        }
    }

    private static boolean isDeprecated(CatalogFile file) {
        return "deprecated".equals(file.yaml().root().path("status").asString(""));
    }

    /** Compares dotted numeric versions; non-numeric parts compare as 0. */
    static int compareVersions(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int l = i < left.length ? number(left[i]) : 0;
            int r = i < right.length ? number(right[i]) : 0;
            if (l != r) {
                return Integer.compare(l, r);
            }
        }
        return 0;
    }

    private static int number(String part) {
        try {
            return Integer.parseInt(part);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
