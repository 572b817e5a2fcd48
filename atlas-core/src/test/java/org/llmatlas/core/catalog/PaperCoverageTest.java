package org.llmatlas.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pins the catalog content to the paper (Kaltenpoth &amp; Müller, "Getting in Contract with Large Language Models"):
 * every phase, agency problem, remedy, objective, method, problem-solution cell and reference that the paper names
 * must be in the repository's {@code catalog/}, in the right place. Issue 3 lists them; the rows below follow that
 * list and Figure 2 / Section 4 of the paper.
 */
class PaperCoverageTest {

    /** The paper's complete reference list, one ID per entry. */
    private static final List<String> PAPER_REFERENCES = List.of(
            "SRC-AKERLOF-1970",
            "SRC-ANIL-2023",
            "SRC-ANSARI-2022",
            "SRC-ARYAN-2023",
            "SRC-ASKELL-2021",
            "SRC-BHARDWAJ-2023",
            "SRC-BOHANNON-2023",
            "SRC-BOMMASANI-2023",
            "SRC-BOMMASANI-2022",
            "SRC-BROWN-2020",
            "SRC-CARON-2022",
            "SRC-CHANG-2024",
            "SRC-CHRISTIANO-2017",
            "SRC-CHUANG-2023",
            "SRC-DONG-2023",
            "SRC-DU-2023",
            "SRC-EISENHARDT-1989",
            "SRC-FEUERRIEGEL-2023",
            "SRC-GABRIEL-2020",
            "SRC-GALLARDO-PAREDES-2023",
            "SRC-GAO-2020",
            "SRC-GUO-2022",
            "SRC-GURURANGAN-2020",
            "SRC-HADFIELD-MENELL-2019",
            "SRC-HENDERSON-2018",
            "SRC-HOLMSTROM-1979",
            "SRC-JENSEN-1976",
            "SRC-JI-2024",
            "SRC-JI-2023",
            "SRC-KENTON-2021",
            "SRC-KOPF-2023",
            "SRC-KREUZBERGER-2023",
            "SRC-KULKARNI-2023",
            "SRC-LEWIS-2020",
            "SRC-LI-2023",
            "SRC-LIANG-2023",
            "SRC-LIN-2022",
            "SRC-LINDER-2013",
            "SRC-LIU-2024",
            "SRC-LIU-2023",
            "SRC-MARTINEZ-PLUMED-2021",
            "SRC-MEMARIAN-2023",
            "SRC-META-2024",
            "SRC-MINAEE-2024",
            "SRC-MITCHELL-2019",
            "SRC-MOENCH-2024",
            "SRC-MOKANDER-2023",
            "SRC-OPENAI-2023",
            "SRC-OUYANG-2022",
            "SRC-PAVONE-2022",
            "SRC-PENEDO-2023",
            "SRC-PIKTUS-2023",
            "SRC-PUSHKARNA-2022",
            "SRC-RAFAILOV-2023",
            "SRC-SCHRYEN-2015",
            "SRC-SCHULMAN-2017",
            "SRC-SHANAHAN-2023",
            "SRC-SHEN-2023",
            "SRC-SINGH-2024",
            "SRC-SPENCE-1973",
            "SRC-SYMEONIDIS-2022",
            "SRC-TESTI-2022",
            "SRC-TEUBNER-2023",
            "SRC-TOUVRON-2023a",
            "SRC-TOUVRON-2023b",
            "SRC-TUTTLE-1997",
            "SRC-WU-2023a",
            "SRC-WANG-2023",
            "SRC-WEBSTER-2002",
            "SRC-WEIDINGER-2021",
            "SRC-WIRTH-2000",
            "SRC-WOLF-2020",
            "SRC-WOLPIN-1977",
            "SRC-WU-2023b",
            "SRC-YAO-2023",
            "SRC-ZHA-2023",
            "SRC-ZHANG-2024",
            "SRC-ZHAO-2023",
            "SRC-ZHOU-2023",
            "SRC-ZOU-2023");

    private static final Pattern SOURCE_YEAR = Pattern.compile("^SRC-.+-(\\d{4})[a-z]?$");

    private static Path catalogDir;
    private static Catalog catalog;

    @BeforeAll
    static void loadCatalog() {
        catalogDir = findCatalogDir();
        catalog = CatalogLoader.load(catalogDir);
    }

    @Test
    void declaresCatalogVersionAndLicense() {
        assertThat(catalog.version()).isEqualTo("1.0.0");
        assertThat(catalog.license()).isEqualTo("CC-BY-4.0");
        assertThat(catalog.title()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} is phase {1} with problems [{2}]")
    @CsvSource({
        "PH-BUSINESS,    1, ''",
        "PH-DATA,        2, AP-HIDDEN-CHARACTERISTICS",
        "PH-SELECTION,   3, AP-HIDDEN-CHARACTERISTICS",
        "PH-DEVELOPMENT, 4, AP-HIDDEN-ACTIONS",
        "PH-DEPLOYMENT,  5, AP-HIDDEN-ACTIONS"
    })
    void holdsTheFiveAdoptionPhasesInPaperOrder(String id, int order, String problems) {
        Phase phase = entity(id, Phase.class);
        assertThat(phase.order()).isEqualTo(order);
        assertThat(phase.problems()).containsExactlyElementsOf(words(problems));
        assertThat(phase.description()).isNotBlank();
        assertThat(catalog.phases().get(order - 1).id()).isEqualTo(id);
    }

    @Test
    void businessProblemDefinitionHasNoAgencyProblemButIsExplained() {
        Phase business = entity("PH-BUSINESS", Phase.class);
        assertThat(business.problems()).isEmpty();
        assertThat(business.description()).contains("no direct agency problem");
        assertThat(catalog.mappings())
                .filteredOn(mapping -> mapping.phase().equals("PH-BUSINESS"))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}, {2}")
    @CsvSource({
        "AP-HIDDEN-CHARACTERISTICS, EX_ANTE, adverse selection, RM-SIGNALING RM-SCREENING,"
                + " SRC-AKERLOF-1970 SRC-SPENCE-1973 SRC-EISENHARDT-1989 SRC-LINDER-2013",
        "AP-HIDDEN-ACTIONS,         EX_POST, moral hazard,      RM-BONDING RM-MONITORING RM-SCREENING,"
                + " SRC-HOLMSTROM-1979 SRC-EISENHARDT-1989 SRC-JENSEN-1976 SRC-LINDER-2013"
    })
    void holdsBothAgencyProblemsWithTimingConsequenceAndTheory(
            String id, Timing timing, String consequence, String remedies, String sources) {
        AgencyProblem problem = entity(id, AgencyProblem.class);
        assertThat(problem.timing()).isEqualTo(timing);
        assertThat(problem.consequence()).isEqualTo(consequence);
        assertThat(problem.remedies()).containsExactlyInAnyOrderElementsOf(words(remedies));
        assertThat(problem.sources()).containsAll(words(sources));
        assertThat(problem.definition()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} is done by the {1}")
    @CsvSource({
        "RM-SIGNALING,  agent,     SRC-SPENCE-1973",
        "RM-SCREENING,  principal, SRC-WOLPIN-1977 SRC-SPENCE-1973",
        "RM-BONDING,    principal, SRC-HOLMSTROM-1979 SRC-TUTTLE-1997",
        "RM-MONITORING, principal, SRC-JENSEN-1976"
    })
    void holdsTheFourRemediesWithActorAndSources(String id, String actor, String sources) {
        Remedy remedy = entity(id, Remedy.class);
        assertThat(remedy.actor()).isEqualTo(actor);
        assertThat(remedy.sources()).containsAll(words(sources));
        assertThat(remedy.definition()).isNotBlank();
    }

    @Test
    void bondingIsNamedBondingAndIncentives() {
        assertThat(entity("RM-BONDING", Remedy.class).name()).isEqualToIgnoringCase("Bonding and incentives");
    }

    @ParameterizedTest(name = "{0} belongs to {1}")
    @CsvSource({
        "OBJ-HHH-HELPFUL,            HHH,  SRC-ASKELL-2021",
        "OBJ-HHH-HONEST,             HHH,  SRC-ASKELL-2021",
        "OBJ-HHH-HARMLESS,           HHH,  SRC-ASKELL-2021",
        "OBJ-RICE-ROBUSTNESS,        RICE, SRC-JI-2024",
        "OBJ-RICE-INTERPRETABILITY,  RICE, SRC-JI-2024",
        "OBJ-RICE-CONTROLLABILITY,   RICE, SRC-JI-2024",
        "OBJ-RICE-ETHICALITY,        RICE, SRC-JI-2024",
        "OBJ-FATE-FAIRNESS,          FATE, SRC-MEMARIAN-2023",
        "OBJ-FATE-ACCOUNTABILITY,    FATE, SRC-MEMARIAN-2023",
        "OBJ-FATE-TRANSPARENCY,      FATE, SRC-MEMARIAN-2023",
        "OBJ-FATE-ETHICS,            FATE, SRC-MEMARIAN-2023"
    })
    void holdsTheElevenObjectivesOfHhhRiceAndFate(String id, String framework, String source) {
        Objective objective = entity(id, Objective.class);
        assertThat(objective.framework()).isEqualTo(framework);
        assertThat(objective.sources()).contains(source);
        assertThat(objective.definition()).isNotBlank();
    }

    /**
     * The cells of Figure 2 and Section 4: phase × problem × remedy → method, with the sources the paper cites for
     * the method (issue 3, "At least").
     */
    @ParameterizedTest(name = "{0} × {1} × {2} → {3}")
    @CsvSource({
        "PH-DATA,        AP-HIDDEN-CHARACTERISTICS, RM-SIGNALING,  M-DATA-CARDS,               SRC-PUSHKARNA-2022",
        "PH-DATA,        AP-HIDDEN-CHARACTERISTICS, RM-SIGNALING,  M-ALIGNMENT-DATASETS,       SRC-KOPF-2023 SRC-ZHOU-2023 SRC-WANG-2023",
        "PH-DATA,        AP-HIDDEN-CHARACTERISTICS, RM-SCREENING,  M-DATASET-ANALYSIS,         SRC-BOMMASANI-2022 SRC-PIKTUS-2023",
        "PH-DATA,        AP-HIDDEN-CHARACTERISTICS, RM-SCREENING,  M-DEDUPLICATION,            SRC-PENEDO-2023",
        "PH-SELECTION,   AP-HIDDEN-CHARACTERISTICS, RM-SIGNALING,  M-HONESTY-BENCHMARKS,       SRC-LIN-2022",
        "PH-SELECTION,   AP-HIDDEN-CHARACTERISTICS, RM-SIGNALING,  M-HARMLESSNESS-BENCHMARKS,  SRC-BHARDWAJ-2023",
        "PH-SELECTION,   AP-HIDDEN-CHARACTERISTICS, RM-SIGNALING,  M-HELPFULNESS-BENCHMARKS,   SRC-ZHA-2023",
        "PH-SELECTION,   AP-HIDDEN-CHARACTERISTICS, RM-SIGNALING,  M-HOLISTIC-BENCHMARKS,      SRC-LIANG-2023",
        "PH-SELECTION,   AP-HIDDEN-CHARACTERISTICS, RM-SIGNALING,  M-MODEL-CARDS,              SRC-MITCHELL-2019",
        "PH-SELECTION,   AP-HIDDEN-CHARACTERISTICS, RM-SIGNALING,  M-DATA-CARDS,               SRC-PUSHKARNA-2022",
        "PH-SELECTION,   AP-HIDDEN-CHARACTERISTICS, RM-SCREENING,  M-INVERSE-SIGNALING,        SRC-CHANG-2024",
        "PH-SELECTION,   AP-HIDDEN-CHARACTERISTICS, RM-SCREENING,  M-ADVERSARIAL-ATTACKS,      SRC-ZOU-2023",
        "PH-SELECTION,   AP-HIDDEN-CHARACTERISTICS, RM-SCREENING,  M-OFFENSIVE-OOD-PROMPTS,    SRC-YAO-2023",
        "PH-DEVELOPMENT, AP-HIDDEN-ACTIONS,         RM-BONDING,    M-PROMPTING,                SRC-LIU-2023",
        "PH-DEVELOPMENT, AP-HIDDEN-ACTIONS,         RM-BONDING,    M-RAG,                      SRC-LEWIS-2020",
        "PH-DEVELOPMENT, AP-HIDDEN-ACTIONS,         RM-BONDING,    M-CHAIN-OF-THOUGHT,         SRC-WU-2023b",
        "PH-DEVELOPMENT, AP-HIDDEN-ACTIONS,         RM-BONDING,    M-SUPERVISED-FINE-TUNING,"
                + "   SRC-OUYANG-2022 SRC-ZHOU-2023 SRC-DONG-2023 SRC-TOUVRON-2023b",
        "PH-DEVELOPMENT, AP-HIDDEN-ACTIONS,         RM-BONDING,    M-RLHF,"
                + "                     SRC-CHRISTIANO-2017 SRC-OUYANG-2022 SRC-SCHULMAN-2017",
        "PH-DEVELOPMENT, AP-HIDDEN-ACTIONS,         RM-BONDING,    M-DPO,                      SRC-RAFAILOV-2023",
        "PH-DEVELOPMENT, AP-HIDDEN-ACTIONS,         RM-BONDING,    M-EXPLAINABLE-AI,           SRC-SINGH-2024",
        "PH-DEVELOPMENT, AP-HIDDEN-ACTIONS,         RM-SCREENING,  M-INVERSE-SIGNALING,        SRC-CHANG-2024",
        "PH-DEVELOPMENT, AP-HIDDEN-ACTIONS,         RM-SCREENING,  M-ADVERSARIAL-ATTACKS,      SRC-ZOU-2023",
        "PH-DEPLOYMENT,  AP-HIDDEN-ACTIONS,         RM-MONITORING, M-MODEL-DRIVEN-SUPERVISION, SRC-DU-2023",
        "PH-DEPLOYMENT,  AP-HIDDEN-ACTIONS,         RM-MONITORING, M-FACT-CHECKING,            SRC-GUO-2022",
        "PH-DEPLOYMENT,  AP-HIDDEN-ACTIONS,         RM-MONITORING, M-TOXIC-LANGUAGE-DETECTION, SRC-CARON-2022",
        "PH-DEPLOYMENT,  AP-HIDDEN-ACTIONS,         RM-MONITORING, M-DOLA,                     SRC-CHUANG-2023",
        "PH-DEPLOYMENT,  AP-HIDDEN-ACTIONS,         RM-MONITORING, M-CONTRASTIVE-DECODING,     SRC-LI-2023"
    })
    void placesEachMethodOfThePaperIntoItsCell(
            String phase, String problem, String remedy, String method, String methodSources) {
        List<Mapping> cell = catalog.cell(phase, problem, remedy).stream()
                .filter(mapping -> mapping.method().equals(method))
                .toList();
        assertThat(cell)
                .as("mapping of %s into %s × %s × %s", method, phase, problem, remedy)
                .hasSize(1);
        Mapping mapping = cell.get(0);
        assertThat(mapping.id())
                .isEqualTo("MAP-" + phase.substring(3) + "-" + (problem.equals("AP-HIDDEN-ACTIONS") ? "HA" : "HC") + "-"
                        + remedy.substring(3) + "-" + method.substring(2));
        assertThat(mapping.rationale()).isNotBlank();
        assertThat(mapping.sources()).isNotEmpty();
        assertThat(entity(method, Method.class).sources()).containsAll(words(methodSources));
    }

    @Test
    void screeningAfterDevelopmentIsExPost() {
        assertThat(entity("MAP-DEVELOPMENT-HA-SCREENING-INVERSE-SIGNALING", Mapping.class)
                        .timing())
                .isEqualTo(Timing.EX_POST);
        assertThat(entity("MAP-SELECTION-HC-SCREENING-INVERSE-SIGNALING", Mapping.class)
                        .timing())
                .isEqualTo(Timing.EX_ANTE);
    }

    @Test
    void mappingTimingFollowsTheAgencyProblem() {
        for (Mapping mapping : catalog.mappings()) {
            assertThat(mapping.timing())
                    .as("timing of %s", mapping.id())
                    .isEqualTo(entity(mapping.problem(), AgencyProblem.class).timing());
        }
    }

    @Test
    void mappingsOnlyUseProblemsThatAriseInTheirPhaseAndRemediesOfTheirProblem() {
        for (Mapping mapping : catalog.mappings()) {
            assertThat(entity(mapping.phase(), Phase.class).problems())
                    .as("problems of the phase of %s", mapping.id())
                    .contains(mapping.problem());
            assertThat(entity(mapping.problem(), AgencyProblem.class).remedies())
                    .as("remedies of the problem of %s", mapping.id())
                    .contains(mapping.remedy());
        }
    }

    @Test
    void everyMethodIsPlacedInAtLeastOneCell() {
        Set<String> placed =
                catalog.mappings().stream().map(Mapping::method).collect(Collectors.toCollection(TreeSet::new));
        assertThat(catalog.methods())
                .extracting(Method::id)
                .allSatisfy(id -> assertThat(placed).contains(id));
    }

    @Test
    void listsTheWholeReferenceListOfThePaper() {
        assertThat(PAPER_REFERENCES).doesNotHaveDuplicates().hasSize(80);
        for (String id : PAPER_REFERENCES) {
            Source source = entity(id, Source.class);
            assertThat(source.authors()).as("authors of %s", id).isNotEmpty();
            assertThat(source.title()).as("title of %s", id).isNotBlank();
            assertThat(source.type()).as("type of %s", id).isNotBlank();
        }
    }

    @Test
    void sourceYearsMatchTheirIds() {
        for (Source source : catalog.sources()) {
            Matcher matcher = SOURCE_YEAR.matcher(source.id());
            assertThat(matcher.matches())
                    .as("%s follows SRC-<AUTHOR>-<YEAR>[a|b]", source.id())
                    .isTrue();
            if (!source.id().equals("SRC-OWASP-LLM-2025")) { // the 2025 list was released in November 2024
                assertThat(source.year()).as("year of %s", source.id()).isEqualTo(Integer.parseInt(matcher.group(1)));
            }
        }
    }

    @Test
    void everyCrosswalkNamesItsFrameworkSource() {
        Map<String, String> frameworkSource = Map.of(
                "MITRE-ATLAS", "SRC-MITRE-ATLAS-2025",
                "NIST-AI-RMF", "SRC-NIST-AI-RMF-2023",
                "OWASP-LLM-2025", "SRC-OWASP-LLM-2025",
                "EU-AI-ACT", "SRC-EU-AI-ACT-2024");
        for (Method method : catalog.methods()) {
            for (Crosswalk row : method.crosswalks()) {
                assertThat(frameworkSource).as("framework in %s", method.id()).containsKey(row.framework());
                assertThat(row.source()).isEqualTo(frameworkSource.get(row.framework()));
                assertThat(row.ref()).isNotBlank();
            }
        }
    }

    @Test
    void everyFileIsAnEntityNamedByItsId() throws IOException {
        Set<String> stems = new TreeSet<>();
        for (String folder :
                List.of("phases", "problems", "remedies", "objectives", "methods", "mappings", "sources")) {
            try (Stream<Path> files = Files.list(catalogDir.resolve(folder))) {
                files.forEach(file -> stems.add(file.getFileName().toString().replaceFirst("\\.yaml$", "")));
            }
        }
        assertThat(catalog.byId().keySet()).containsExactlyInAnyOrderElementsOf(stems);
    }

    @Test
    void everyReferencedIdExistsAsAnEntityOfTheRightKind() {
        List<String> dangling = new ArrayList<>();
        for (Phase phase : catalog.phases()) {
            expect(dangling, phase.id(), phase.problems(), AgencyProblem.class);
            expect(dangling, phase.id(), phase.sources(), Source.class);
        }
        for (AgencyProblem problem : catalog.problems()) {
            expect(dangling, problem.id(), problem.remedies(), Remedy.class);
            expect(dangling, problem.id(), problem.sources(), Source.class);
        }
        for (Remedy remedy : catalog.remedies()) {
            expect(dangling, remedy.id(), remedy.sources(), Source.class);
        }
        for (Objective objective : catalog.objectives()) {
            expect(dangling, objective.id(), objective.sources(), Source.class);
        }
        for (Method method : catalog.methods()) {
            expect(dangling, method.id(), method.objectives(), Objective.class);
            expect(dangling, method.id(), method.sources(), Source.class);
            expect(
                    dangling,
                    method.id(),
                    method.crosswalks().stream().map(Crosswalk::source).toList(),
                    Source.class);
        }
        for (Mapping mapping : catalog.mappings()) {
            expect(dangling, mapping.id(), List.of(mapping.phase()), Phase.class);
            expect(dangling, mapping.id(), List.of(mapping.problem()), AgencyProblem.class);
            expect(dangling, mapping.id(), List.of(mapping.remedy()), Remedy.class);
            expect(dangling, mapping.id(), List.of(mapping.method()), Method.class);
            expect(dangling, mapping.id(), mapping.sources(), Source.class);
        }
        assertThat(dangling).isEmpty();
    }

    private static void expect(
            List<String> dangling, String from, List<String> targets, Class<? extends CatalogEntity> kind) {
        for (String target : targets) {
            if (catalog.find(target, kind).isEmpty()) {
                dangling.add(from + " → " + kind.getSimpleName() + " " + target);
            }
        }
    }

    private static <T extends CatalogEntity> T entity(String id, Class<T> kind) {
        return catalog.find(id, kind).orElseGet(() -> fail("catalog has no %s %s", kind.getSimpleName(), id));
    }

    private static List<String> words(String spaceSeparated) {
        return spaceSeparated == null || spaceSeparated.isBlank()
                ? List.of()
                : Arrays.asList(spaceSeparated.trim().split("\\s+"));
    }

    /** The repository's {@code catalog/} folder: the module directory's parent, found by walking up. */
    private static Path findCatalogDir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("catalog/catalog.yaml"))) {
                return dir.resolve("catalog");
            }
        }
        return fail("no catalog/catalog.yaml above %s", Path.of("").toAbsolutePath());
    }
}
