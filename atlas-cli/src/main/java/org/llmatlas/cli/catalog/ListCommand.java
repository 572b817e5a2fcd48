package org.llmatlas.cli.catalog;

import java.util.List;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogCodec;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.core.catalog.CatalogFilter;
import org.llmatlas.core.catalog.EntityKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Lists catalog entries, by default the methods, optionally narrowed to cells of the matrix and an objective.
 *
 * <p>Example: {@code ./atlas catalog list --phase PH-SELECTION --remedy RM-SCREENING}
 */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List methods (or another kind of entry), optionally only those in given cells of the matrix.",
        footer = {
            "",
            "Examples:",
            "  ./atlas catalog list --phase PH-SELECTION --remedy RM-SCREENING",
            "  ./atlas catalog list --objective OBJ-HHH-HONEST --format json",
            "  ./atlas catalog list --kind sources"
        })
final class ListCommand extends CatalogSubcommand {

    @Mixin
    CatalogSource source;

    @Option(names = "--phase", paramLabel = "ID", description = "Only this adoption phase, e.g. PH-DATA.")
    String phase;

    @Option(names = "--problem", paramLabel = "ID", description = "Only this agency problem, e.g. AP-HIDDEN-ACTIONS.")
    String problem;

    @Option(names = "--remedy", paramLabel = "ID", description = "Only this remedy, e.g. RM-MONITORING.")
    String remedy;

    @Option(names = "--objective", paramLabel = "ID", description = "Only methods serving this objective.")
    String objective;

    @Option(
            names = "--kind",
            paramLabel = "KIND",
            description = "What to list: phases, problems, remedies, objectives, methods (default), mappings, sources.")
    String kind = "methods";

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format = Format.text;

    @Override
    int run() {
        EntityKind listed = EntityKind.byName(kind)
                .orElseThrow(() -> new InvalidInput(
                        "--kind: unknown kind '" + kind + "'"
                                + suggestion(
                                        kind,
                                        java.util.Arrays.stream(EntityKind.values())
                                                .map(EntityKind::folder)
                                                .toList()),
                        Exit.INVALID));
        Catalog catalog = source.load();
        requireId(catalog, phase, EntityKind.PHASE, "--phase");
        requireId(catalog, problem, EntityKind.PROBLEM, "--problem");
        requireId(catalog, remedy, EntityKind.REMEDY, "--remedy");
        requireId(catalog, objective, EntityKind.OBJECTIVE, "--objective");
        CatalogFilter filter = new CatalogFilter(phase, problem, remedy, objective);
        List<? extends CatalogEntity> entries = switch (listed) {
            case METHOD -> filter.methods(catalog);
            case MAPPING -> filter.mappings(catalog);
            default -> {
                if (!filter.isAll()) {
                    throw new InvalidInput(
                            "--phase, --problem, --remedy and --objective select methods or mappings;"
                                    + " drop them or use --kind methods|mappings",
                            Exit.INVALID);
                }
                yield catalog.entities().filter(listed.type()::isInstance).toList();
            }
        };
        if (format == Format.json) {
            ArrayNode array = JsonMapper.shared().createArrayNode();
            entries.forEach(e -> array.add(CatalogCodec.toTree(e)));
            out().println(array.toPrettyString());
        } else {
            print(entries);
        }
        return entries.isEmpty() ? Exit.NOT_FOUND : Exit.OK;
    }

    private void print(List<? extends CatalogEntity> entries) {
        int width = entries.stream().mapToInt(e -> e.id().length()).max().orElse(0);
        for (CatalogEntity entry : entries) {
            StringBuilder line = new StringBuilder(entry.id());
            line.append(" ".repeat(width - entry.id().length() + 2)).append(entry.name());
            if (!entry.isActive()) {
                line.append("  [deprecated")
                        .append(entry.replacedBy() == null ? "" : " → " + entry.replacedBy())
                        .append(']');
            }
            out().println(line);
        }
        if (entries.isEmpty()) {
            err().println("no entries match");
        }
    }
}
