package org.llmatlas.core.catalog.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogLoader;
import org.llmatlas.core.catalog.Fixtures;
import org.llmatlas.core.catalog.Golden;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class ExportTest {

    private static final Catalog FIXTURE = CatalogLoader.load(Fixtures.valid());

    @TempDir
    Path dir;

    static Stream<Path> catalogs() {
        return Stream.of(Fixtures.valid(), Path.of("..", "catalog"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogs")
    void yamlToJsonToYamlRoundTripsUnchanged(Path source) throws IOException {
        Catalog catalog = CatalogLoader.load(source);

        Catalog fromJson = JsonExport.read(JsonExport.write(catalog));
        YamlExport.write(fromJson, dir.resolve("once"));

        assertThat(fromJson).isEqualTo(catalog);
        assertThat(CatalogLoader.load(dir.resolve("once"))).isEqualTo(catalog);
        assertThat(trees(dir.resolve("once"))).isEqualTo(trees(source));

        YamlExport.write(
                JsonExport.read(JsonExport.write(CatalogLoader.load(dir.resolve("once")))), dir.resolve("twice"));
        assertThat(texts(dir.resolve("twice"))).isEqualTo(texts(dir.resolve("once")));
    }

    @Test
    void jsonHasOneArrayPerKindAndTheMetadata() {
        JsonNode json = JsonMapper.shared().readTree(JsonExport.write(FIXTURE));

        assertThat(json.path("version").asString()).isEqualTo("1.1.0");
        for (String kind : List.of("phases", "problems", "remedies", "objectives", "methods", "mappings", "sources")) {
            assertThat(json.path(kind).isArray()).as(kind).isTrue();
            assertThat(json.path(kind))
                    .allSatisfy(e -> assertThat(e.path("id").isString()).isTrue());
        }
        JsonNode zou = json.path("sources").get(2);
        assertThat(zou.path("authors")).hasSize(5);
        assertThat(zou.path("year").asInt()).isEqualTo(2023);
        assertThat(zou.path("title").asString()).startsWith("Universal and Transferable");
    }

    @Test
    void csvHasOneRowPerMappingWithRfc4180Quoting() {
        String csv = CsvExport.write(FIXTURE);

        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv)
                .startsWith("mapping_id,status,phase_id,phase,problem_id,problem,remedy_id,remedy,method_id,method,"
                        + "timing,sources,rationale\r\n");
        assertThat(CsvExport.field("say \"hi\", then\nleave")).isEqualTo("\"say \"\"hi\"\", then\nleave\"");
        assertThat(CsvExport.field("plain")).isEqualTo("plain");
        Golden.assertMatches("export/fixture.csv", csv);
    }

    @Test
    void bibtexEscapesBracesAccentsAndSpecialCharacters() {
        assertThat(BibtexExport.escape("Gödel, Kurt {Jr.}")).isEqualTo("G{\\\"o}del, Kurt \\{Jr.\\}");
        assertThat(BibtexExport.escape("100% more_fun & $5 #1")).isEqualTo("100\\% more\\_fun \\& \\$5 \\#1");
        assertThat(BibtexExport.escape("Köpf, Çelik, Dvořák, Łukasz, Straße"))
                .isEqualTo("K{\\\"o}pf, {\\c{C}}elik, Dvo{\\v{r}}{\\'a}k, {\\L}ukasz, Stra{\\ss}e");
        Golden.assertMatches("export/fixture.bib", BibtexExport.write(FIXTURE));
    }

    @Test
    void markdownHoldsTheMatrixTheMethodsAndTheReferences() {
        String markdown = MarkdownExport.write(FIXTURE);

        assertThat(markdown)
                .contains("| Phase | Agency problem | Signaling | Screening |")
                .contains("### Data cards (`M-DATA-CARDS`)")
                .contains("- Sources: [SRC-PUSHKARNA-2022](#src-pushkarna-2022)")
                .contains("<a id=\"src-akerlof-1970\"></a>**SRC-AKERLOF-1970** Akerlof, George A. (1970).");
        Golden.assertMatches("export/fixture.md", markdown);
    }

    /** Every YAML file below {@code root} as a tree, with defaults made explicit and empty lists dropped. */
    private static Map<String, JsonNode> trees(Path root) throws IOException {
        Map<String, JsonNode> trees = new TreeMap<>();
        for (Path file : yamlFiles(root)) {
            JsonNode tree = YAMLMapper.shared().readTree(file.toFile());
            if (tree instanceof ObjectNode object) {
                List<String> empty = new ArrayList<>();
                object.properties().forEach(p -> {
                    if (p.getValue().isArray() && p.getValue().isEmpty()) {
                        empty.add(p.getKey());
                    }
                });
                object.remove(empty);
                if (!file.getFileName().toString().equals("catalog.yaml") && !object.has("status")) {
                    object.put("status", "active");
                }
            }
            trees.put(root.relativize(file).toString(), tree);
        }
        return trees;
    }

    private static Map<String, String> texts(Path root) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        for (Path file : yamlFiles(root)) {
            texts.put(root.relativize(file).toString(), Files.readString(file));
        }
        return texts;
    }

    private static List<Path> yamlFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
