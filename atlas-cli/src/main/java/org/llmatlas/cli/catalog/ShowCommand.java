package org.llmatlas.cli.catalog;

import java.util.List;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogCodec;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.core.catalog.EntityKind;
import org.llmatlas.core.catalog.Mapping;
import org.llmatlas.core.catalog.Method;
import org.llmatlas.core.catalog.Source;
import org.llmatlas.core.catalog.export.YamlExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Shows one entry as it is stored, plus where it is used: a method's cells, a source's citations.
 *
 * <p>Example: {@code ./atlas catalog show M-DATA-CARDS}
 */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Show one catalog entry and where it is used.",
        footer = {
            "",
            "Examples:",
            "  ./atlas catalog show M-DATA-CARDS",
            "  ./atlas catalog show SRC-ZOU-2023 --format json"
        })
final class ShowCommand extends CatalogSubcommand {

    @Mixin
    CatalogSource source;

    @Parameters(paramLabel = "ID", description = "The entry's ID, e.g. M-DPO or SRC-RAFAILOV-2023.")
    String id;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format = Format.text;

    @Override
    int run() {
        Catalog catalog = source.load();
        CatalogEntity entity = catalog.find(id)
                .orElseThrow(() -> new InvalidInput(
                        "no catalog entry '" + id + "'"
                                + suggestion(
                                        id,
                                        catalog.entities()
                                                .map(CatalogEntity::id)
                                                .toList()),
                        Exit.NOT_FOUND));
        if (format == Format.json) {
            out().println(CatalogCodec.toTree(entity).toPrettyString());
            return Exit.OK;
        }
        out().println("# " + EntityKind.of(entity).singular() + " " + entity.id());
        out().print(YamlExport.toYaml(entity));
        List<String> usage = usage(catalog, entity);
        if (!usage.isEmpty()) {
            out().println("# used in:");
            usage.forEach(line -> out().println("#   " + line));
        }
        return Exit.OK;
    }

    private static List<String> usage(Catalog catalog, CatalogEntity entity) {
        return switch (entity) {
            case Method m ->
                catalog.mappings().stream()
                        .filter(mapping -> mapping.method().equals(m.id()))
                        .map(ShowCommand::cell)
                        .toList();
            case Source s ->
                catalog.entities()
                        .filter(e -> cites(e, s.id()))
                        .map(e -> e.id() + "  " + e.name())
                        .toList();
            default ->
                catalog.mappings().stream()
                        .filter(mapping -> List.of(mapping.phase(), mapping.problem(), mapping.remedy())
                                .contains(entity.id()))
                        .map(ShowCommand::cell)
                        .toList();
        };
    }

    private static String cell(Mapping m) {
        return m.id() + "  (" + m.phase() + " × " + m.problem() + " × " + m.remedy() + " → " + m.method() + ")";
    }

    private static boolean cites(CatalogEntity entity, String sourceId) {
        return CatalogCodec.toTree(entity)
                        .path("sources")
                        .valueStream()
                        .anyMatch(v -> v.asString().equals(sourceId))
                || (entity instanceof Method m && m.crosswalks().stream().anyMatch(c -> sourceId.equals(c.source())));
    }
}
