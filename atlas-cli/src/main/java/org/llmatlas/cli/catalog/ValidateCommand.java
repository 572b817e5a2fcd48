package org.llmatlas.cli.catalog;

import java.nio.file.Path;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogException;
import org.llmatlas.core.catalog.CatalogLoader;
import org.llmatlas.core.validation.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a contributed catalog folder completely and lists every problem with file:line:column and a fix.
 *
 * <p>Example: {@code ./atlas catalog validate catalog/}
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Validate a catalog folder: YAML, JSON Schema, IDs, references, deprecations."
                + " Exit 0 when valid, 2 with every problem listed.",
        footer = {
            "",
            "Examples:",
            "  ./atlas catalog validate catalog/",
            "  ./atlas catalog validate my-catalog --format json"
        })
final class ValidateCommand extends CatalogSubcommand {

    @Parameters(paramLabel = "DIR", description = "The catalog folder (holds catalog.yaml, phases/, methods/, ...).")
    Path directory;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format = Format.text;

    @Override
    int run() {
        try {
            Catalog catalog = CatalogLoader.load(directory);
            if (format == Format.json) {
                ObjectNode report = JsonMapper.shared().createObjectNode();
                report.put("valid", true)
                        .put("version", catalog.version())
                        .put("entries", catalog.entities().count());
                report.putArray("problems");
                out().println(report.toPrettyString());
            } else {
                out().printf(
                                "%s: valid catalog %s with %d entries (%d phases, %d problems, %d remedies, %d objectives,"
                                        + " %d methods, %d mappings, %d sources)%n",
                                directory,
                                catalog.version(),
                                catalog.entities().count(),
                                catalog.phases().size(),
                                catalog.problems().size(),
                                catalog.remedies().size(),
                                catalog.objectives().size(),
                                catalog.methods().size(),
                                catalog.mappings().size(),
                                catalog.sources().size());
            }
            return Exit.OK;
        } catch (CatalogException e) {
            if (format != Format.json) {
                throw e;
            }
            ObjectNode report = JsonMapper.shared().createObjectNode();
            report.put("valid", false);
            ArrayNode problems = report.putArray("problems");
            for (Problem p : e.problems()) {
                problems.addObject()
                        .put("file", p.file())
                        .put("line", p.line())
                        .put("column", p.column())
                        .put("message", p.message())
                        .put("hint", p.hint());
            }
            out().println(report.toPrettyString());
            return Exit.INVALID;
        }
    }
}
