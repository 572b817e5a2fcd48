package org.llmatlas.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.core.validation.Problem;

class CatalogLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadsEveryKindOfEntity() {
        Catalog catalog = CatalogLoader.load(Fixtures.valid());

        assertThat(catalog.version()).isEqualTo("1.1.0");
        assertThat(catalog.released()).isEqualTo("2026-11-25");
        assertThat(catalog.changelog())
                .singleElement()
                .satisfies(r -> assertThat(r.changes()).hasSize(1));
        assertThat(catalog.phases()).extracting(Phase::id).containsExactly("PH-DATA", "PH-SELECTION");
        assertThat(catalog.problems()).singleElement().satisfies(p -> {
            assertThat(p.timing()).isEqualTo(Timing.EX_ANTE);
            assertThat(p.remedies()).containsExactly("RM-SIGNALING", "RM-SCREENING");
        });
        assertThat(catalog.cell("PH-DATA", "AP-HIDDEN-CHARACTERISTICS", "RM-SIGNALING"))
                .extracting(Mapping::method)
                .containsExactly("M-DATA-CARDS");
        Method cards = catalog.find("M-DATA-CARDS", Method.class).orElseThrow();
        assertThat(cards.crosswalks())
                .containsExactly(
                        new Crosswalk("NIST-AI-RMF", "MAP 2.3", "Data quality is documented", "SRC-PUSHKARNA-2022"));
        assertThat(cards.status()).isEqualTo(EntityStatus.ACTIVE);
        assertThat(cards.since()).isEqualTo("1.0.0");
        assertThat(catalog.find("SRC-AKERLOF-1970", Source.class).orElseThrow().year())
                .isEqualTo(1970);
    }

    @Test
    void rejectsMalformedYamlWithLineAndColumn() {
        Path catalog = Fixtures.copyOfValid(dir);
        Fixtures.edit(
                catalog, "methods/M-DATA-CARDS.yaml", "objectives: [OBJ-HHH-HONEST]", "objectives: [OBJ-HHH-HONEST");

        Problem problem = problems(catalog).getFirst();

        assertThat(problem.file()).isEqualTo(catalog + "/methods/M-DATA-CARDS.yaml");
        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.column()).isPositive();
        assertThat(problem.message()).startsWith("malformed YAML:");
    }

    @Test
    void reportsSchemaViolationsAtTheOffendingLineWithAFix() {
        Path catalog = Fixtures.copyOfValid(dir);
        Fixtures.edit(catalog, "problems/AP-HIDDEN-CHARACTERISTICS.yaml", "timing: ex-ante", "timing: ex_ante");
        Fixtures.edit(catalog, "methods/M-DATA-CARDS.yaml", "summary:", "sumary:");
        Fixtures.edit(catalog, "sources/SRC-ZOU-2023.yaml", "year: 2023", "year: twenty-three");

        assertThat(problems(catalog))
                .extracting(Problem::toString)
                .containsExactlyInAnyOrder(
                        catalog + "/methods/M-DATA-CARDS.yaml:1:1: missing required property 'summary'"
                                + " (add `summary: ...`; What the method does, in our own words.)",
                        catalog + "/methods/M-DATA-CARDS.yaml:4:1: unknown property 'sumary' (did you mean 'summary'?)",
                        catalog + "/problems/AP-HIDDEN-CHARACTERISTICS.yaml:4:9: 'ex_ante' is not allowed at /timing"
                                + " (did you mean 'ex-ante'?)",
                        catalog + "/sources/SRC-ZOU-2023.yaml:6:7: expected integer but found text at /year");
    }

    @Test
    void suggestsTheMeantIdForAnUnknownReference() {
        Path catalog = Fixtures.copyOfValid(dir);
        Fixtures.edit(
                catalog,
                "mappings/MAP-DATA-HC-SIGNALING-DATA-CARDS.yaml",
                "method: M-DATA-CARDS",
                "method: M-DATA-CARD");
        Fixtures.edit(catalog, "methods/M-DATA-CARDS.yaml", "source: SRC-PUSHKARNA-2022", "source: SRC-AKERLOF-1971");

        assertThat(problems(catalog))
                .extracting(Problem::toString)
                .containsExactlyInAnyOrder(
                        catalog + "/mappings/MAP-DATA-HC-SIGNALING-DATA-CARDS.yaml:7:9: unknown method 'M-DATA-CARD'"
                                + " (did you mean M-DATA-CARDS?)",
                        catalog + "/methods/M-DATA-CARDS.yaml:12:13: unknown source 'SRC-AKERLOF-1971'"
                                + " (did you mean SRC-AKERLOF-1970?)");
    }

    @Test
    void rejectsAReferenceToAnEntityOfTheWrongKind() {
        Path catalog = Fixtures.copyOfValid(dir);
        Fixtures.edit(
                catalog,
                "mappings/MAP-DATA-HC-SIGNALING-DATA-CARDS.yaml",
                "method: M-DATA-CARDS",
                "method: SRC-ZOU-2023");

        assertThat(problems(catalog))
                .extracting(Problem::toString)
                .containsExactly(
                        catalog + "/mappings/MAP-DATA-HC-SIGNALING-DATA-CARDS.yaml:7:9: 'SRC-ZOU-2023' is a source,"
                                + " not a method (name a method (M-...) here)");
    }

    @Test
    void rejectsDuplicateIdsAndIdsThatDifferFromTheFileName() throws Exception {
        Path catalog = Fixtures.copyOfValid(dir);
        Files.copy(catalog.resolve("remedies/RM-SCREENING.yaml"), catalog.resolve("remedies/RM-SCREENING-2.yaml"));

        assertThat(problems(catalog))
                .extracting(Problem::toString)
                .containsExactlyInAnyOrder(
                        catalog + "/remedies/RM-SCREENING-2.yaml:1:5: id 'RM-SCREENING' does not match the file name"
                                + " 'RM-SCREENING-2.yaml' (rename the file to RM-SCREENING.yaml, or set `id: RM-SCREENING-2`)",
                        catalog + "/remedies/RM-SCREENING.yaml:1:5: duplicate id 'RM-SCREENING' (already defined in "
                                + catalog + "/remedies/RM-SCREENING-2.yaml:1; IDs are never reused, pick a new one)");
    }

    @Test
    void requiresDeprecatedEntitiesToPointToAnExistingReplacement() {
        Path catalog = Fixtures.copyOfValid(dir);
        Fixtures.edit(
                catalog,
                "remedies/RM-SCREENING.yaml",
                "actor: principal",
                "actor: principal\nreplaced_by: RM-SIGNALLING");
        Fixtures.edit(
                catalog, "objectives/OBJ-HHH-HONEST.yaml", "framework: HHH", "framework: HHH\nstatus: deprecated");

        assertThat(problems(catalog))
                .extracting(Problem::toString)
                .contains(
                        catalog + "/remedies/RM-SCREENING.yaml:5:1: replaced_by is only allowed on deprecated entities"
                                + " (add `status: deprecated`, or remove replaced_by)",
                        catalog + "/remedies/RM-SCREENING.yaml:5:14: unknown remedy 'RM-SIGNALLING'"
                                + " (did you mean RM-SIGNALING?)",
                        catalog
                                + "/methods/M-DATA-CARDS.yaml:5:14: 'OBJ-HHH-HONEST' is deprecated (name an active objective)");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        Path catalog = Fixtures.copyOfValid(dir);
        Fixtures.edit(catalog, "phases/PH-DATA.yaml", "order: 1", "order: first");
        Fixtures.edit(catalog, "remedies/RM-SIGNALING.yaml", "sources: [SRC-AKERLOF-1970]", "sources: [SRC-AKERLOF]");
        Fixtures.edit(catalog, "sources/SRC-ZOU-2023.yaml", "title:", "title: [");

        CatalogException e = catchThrowableOfType(CatalogException.class, () -> CatalogLoader.load(catalog));

        assertThat(e.problems()).hasSize(3);
        assertThat(e.problems().get(1).toString())
                .endsWith("unknown source 'SRC-AKERLOF' (did you mean SRC-AKERLOF-1970?)");
        assertThat(e.problems().get(2).message())
                .isEqualTo("malformed YAML: while parsing a flow sequence: expected ',' or ']', but got <scalar>");
        assertThat(e.getMessage()).startsWith("invalid catalog (3 problems):\n");
    }

    @Test
    private static List<Problem> problems(Path catalog) {
        return catchThrowableOfType(CatalogException.class, () -> CatalogLoader.load(catalog))
                .problems();
    }
}
