package org.llmatlas.cli.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.llmatlas.cli.AtlasCommand;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CatalogCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    static Run atlas(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = AtlasCommand.commandLine(args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void drawsTheMatrixWithinTheGivenWidth() {
        Run run = atlas("catalog", "matrix", "--width", "90");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("┌", "Signaling", "Monitoring", "Data cards", "Toxic");
        assertThat(run.out().lines().skip(1))
                .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(90));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"markdown", "html", "svg"})
    void drawsTheMatrixInOtherFormats(String format) {
        Run run = atlas("catalog", "matrix", "--format", format);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Data cards");
    }

    @Test
    void listsTheMethodsOfACell() {
        Run run = atlas("catalog", "list", "--phase", "PH-SELECTION", "--remedy", "RM-SCREENING");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("M-ADVERSARIAL-ATTACKS").doesNotContain("M-DATA-CARDS");
    }

    @Test
    void listsAsJsonForScripts() {
        Run run = atlas("catalog", "list", "--kind", "sources", "--format", "json");

        JsonNode sources = JsonMapper.shared().readTree(run.out());
        assertThat(sources.size()).isGreaterThan(40);
        assertThat(sources.get(0).has("authors")).isTrue();
    }

    @Test
    void rejectsAnUnknownFilterIdWithASuggestion() {
        Run run = atlas("catalog", "list", "--phase", "PH-SELECTOIN");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--phase: unknown phase 'PH-SELECTOIN' (did you mean PH-SELECTION?)");
    }

    @Test
    void showsAnEntryWithTheCellsItIsUsedIn() {
        Run run = atlas("catalog", "show", "M-DATA-CARDS");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("id: M-DATA-CARDS", "# used in:", "MAP-DATA-HC-SIGNALING-DATA-CARDS");
    }

    @Test
    void reportsAnUnknownIdAsNotFoundWithASuggestion() {
        Run run = atlas("catalog", "show", "M-DATA-CARD");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no catalog entry 'M-DATA-CARD' (did you mean M-DATA-CARDS?)");
    }

    @Test
    void searchesRanked() {
        Run run = atlas("catalog", "search", "preference", "optimization");

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().limit(3))
                .anySatisfy(line -> assertThat(line).startsWith("M-DPO"));
        assertThat(atlas("catalog", "search", "zzzqqq").exit()).isEqualTo(1);
    }

    @Test
    void exportsJsonWithOneArrayPerKind() {
        Run run = atlas("catalog", "export", "--format", "json");

        JsonNode json = JsonMapper.shared().readTree(run.out());
        assertThat(json.path("phases").size()).isEqualTo(5);
        assertThat(json.path("mappings").get(0).path("id").asString()).startsWith("MAP-");
    }

    @Test
    void exportedYamlValidatesAndReloadsThroughCatalogOption() {
        Path copy = dir.resolve("copy");
        assertThat(atlas("catalog", "export", "--format", "yaml", "--out", copy.toString())
                        .exit())
                .isZero();

        Run validate = atlas("catalog", "validate", copy.toString());
        Run list = atlas("catalog", "list", "--catalog", copy.toString(), "--kind", "phases");

        assertThat(validate.exit()).isZero();
        assertThat(validate.out()).contains("valid catalog", "5 phases");
        assertThat(list.out()).contains("PH-BUSINESS");
    }

    @Test
    void validateListsEveryProblemWithPositionAndExitsTwo() throws IOException {
        Path copy = dir.resolve("copy");
        atlas("catalog", "export", "--format", "yaml", "--out", copy.toString());
        Path mapping = copy.resolve("mappings/MAP-DATA-HC-SIGNALING-DATA-CARDS.yaml");
        Files.writeString(mapping, Files.readString(mapping).replace("method: M-DATA-CARDS", "method: M-DATA-CARD"));
        Path phase = copy.resolve("phases/PH-DATA.yaml");
        Files.writeString(phase, Files.readString(phase).replace("order: 2", "ordr: 2"));

        Run run = atlas("catalog", "validate", copy.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains("invalid catalog (3 problems)")
                .containsPattern("MAP-DATA-HC-SIGNALING-DATA-CARDS.yaml:\\d+:\\d+: unknown method 'M-DATA-CARD'"
                        + " \\(did you mean M-DATA-CARDS\\?\\)")
                .containsPattern("PH-DATA.yaml:\\d+:1: unknown property 'ordr' \\(did you mean 'order'\\?\\)");
        JsonNode json = JsonMapper.shared()
                .readTree(atlas("catalog", "validate", copy.toString(), "--format", "json")
                        .out());
        assertThat(json.path("valid").asBoolean()).isFalse();
        assertThat(json.path("problems").size()).isEqualTo(3);
    }

    @Test
    void diffFailsWhenAnIdDisappears() throws IOException {
        Path before = dir.resolve("before");
        Path after = dir.resolve("after");
        atlas("catalog", "export", "--format", "yaml", "--out", before.toString());
        atlas("catalog", "export", "--format", "yaml", "--out", after.toString());
        Files.delete(after.resolve("mappings/MAP-DATA-HC-SIGNALING-DATA-CARDS.yaml"));
        Path method = after.resolve("methods/M-DPO.yaml");
        Files.writeString(method, Files.readString(method).replace("name: ", "name: Better "));

        Run run = atlas("catalog", "diff", before.toString(), after.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("Changed (1)", "M-DPO", "Removed (not allowed) (1)");
        assertThat(run.err()).contains("IDs must never disappear");
    }

    @Test
    void printsABashCompletionScript() {
        Run run = atlas("catalog", "completion");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("complete -F", "matrix", "--objective");
        assertThat(run.out())
                .as("the script covers every command, not only catalog")
                .contains("screen", "--candidate");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"list", "show", "search", "matrix", "export", "validate", "diff", "completion"})
    void everySubcommandHasHelpWithAnExample(String command) {
        Run run = atlas("catalog", command, "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Example", "./atlas catalog");
    }
}
