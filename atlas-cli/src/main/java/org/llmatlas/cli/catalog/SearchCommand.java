package org.llmatlas.cli.catalog;

import java.util.List;
import org.llmatlas.core.catalog.EntityKind;
import org.llmatlas.core.catalog.search.CatalogSearch;
import org.llmatlas.core.catalog.search.CatalogSearch.Hit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Full-text search over names, summaries, rationales and sources, best match first.
 *
 * <p>Example: {@code ./atlas catalog search "preference optimization"}
 */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Search names, summaries, definitions, rationales, source titles and authors (ranked).",
        footer = {
            "",
            "Examples:",
            "  ./atlas catalog search \"preference optimization\"",
            "  ./atlas catalog search akerlof"
        })
final class SearchCommand extends CatalogSubcommand {

    @Mixin
    CatalogSource source;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Words to look for (case and accents ignored).")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N results (default: ${DEFAULT-VALUE}).")
    int limit = 15;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    Format format = Format.text;

    @Override
    int run() {
        List<Hit> hits = CatalogSearch.of(source.load()).search(String.join(" ", words)).stream()
                .limit(Math.max(limit, 0))
                .toList();
        if (format == Format.json) {
            ArrayNode array = JsonMapper.shared().createArrayNode();
            hits.forEach(h -> array.addObject()
                    .put("id", h.entity().id())
                    .put("kind", EntityKind.of(h.entity()).singular())
                    .put("name", h.entity().name())
                    .put("score", Math.round(h.score() * 1000) / 1000.0));
            out().println(array.toPrettyString());
        } else {
            int width =
                    hits.stream().mapToInt(h -> h.entity().id().length()).max().orElse(0);
            for (Hit hit : hits) {
                String id = hit.entity().id();
                out().println(id + " ".repeat(width - id.length() + 2)
                        + hit.entity().name() + "  ("
                        + EntityKind.of(hit.entity()).singular() + ")");
            }
        }
        if (hits.isEmpty()) {
            err().println("nothing matches '" + String.join(" ", words) + "'");
            return Exit.NOT_FOUND;
        }
        return Exit.OK;
    }
}
