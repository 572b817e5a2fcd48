package org.llmatlas.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Pins the catalog content to the paper (Kaltenpoth &amp; Müller, "Getting in Contract with Large Language Models"):
 * every phase, agency problem, remedy, objective, method, problem-solution cell and reference that the paper names
 * must be in {@code catalog/}, in the right place. It reads the YAML files directly, so it checks the data
 * independently of the loader.
 */
class PaperCoverageTest {

    private static final Map<String, String> FOLDERS = Map.of(
            "PH-", "phases",
            "AP-", "problems",
            "RM-", "remedies",
            "OBJ-", "objectives",
            "M-", "methods",
            "MAP-", "mappings",
            "SRC-", "sources");

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
    private static Map<String, JsonNode> byId;

    @BeforeAll
    static void readCatalog() throws IOException {
        catalogDir = findCatalogDir();
        YAMLMapper yaml = YAMLMapper.builder().build();
        byId = new LinkedHashMap<>();
        for (String folder : new TreeSet<>(FOLDERS.values())) {
            try (Stream<Path> files = Files.list(catalogDir.resolve(folder))) {
                for (Path file : files.sorted().toList()) {
                    JsonNode node = yaml.readTree(Files.readString(file));
                    String id = node.path("id").asString("");
                    String stem = file.getFileName().toString().replaceFirst("\\.yaml$", "");
                    assertThat(id).as("id of %s", catalogDir.relativize(file)).isEqualTo(stem);
                    assertThat(byId.put(id, node)).as("duplicate id %s", id).isNull();
                }
            }
        }
    }

    @Test
    void declaresCatalogVersionAndLicense() throws IOException {
        JsonNode meta = YAMLMapper.builder().build().readTree(Files.readString(catalogDir.resolve("catalog.yaml")));
        assertThat(meta.path("version").asString("")).isEqualTo("1.0.0");
        assertThat(meta.path("license").asString("")).isEqualTo("CC-BY-4.0");
        assertThat(meta.path("title").asString("")).isNotBlank();
    }

    @ParameterizedTest(name = "{0} is phase {1} with problems [{2}]")
    @CsvSource({
        "PH-BUSINESS,    1, ''",
        "PH-DATA,        2, AP-HIDDEN-CHARACTERISTICS",
        "PH-SELECTION,   3, AP-HIDDEN-CHARACTERISTICS",
        "PH-DEVELOPMENT, 4, AP-HIDDEN-ACTIONS",
        "PH-DEPLOYMENT,  5, AP-HIDDEN-ACTIONS"
    })
    void holdsTheFiveAdoptionPhasesInPaperOrder(String phase, int order, String problems) {
        JsonNode node = entity(phase);
        assertThat(node.path("order").asInt(-1)).isEqualTo(order);
        assertThat(strings(node, "problems")).containsExactlyElementsOf(words(problems));
        assertThat(node.path("description").asString("")).isNotBlank();
    }

    @Test
    void businessProblemDefinitionHasNoAgencyProblemButIsExplained() {
        JsonNode business = entity("PH-BUSINESS");
        assertThat(strings(business, "problems")).isEmpty();
        assertThat(business.path("description").asString("")).contains("no direct agency problem");
        assertThat(byId.values())
                .filteredOn(node -> node.path("phase").asString("").equals("PH-BUSINESS"))
                .as("mappings in the business phase")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}, {2}")
    @CsvSource({
        "AP-HIDDEN-CHARACTERISTICS, ex-ante, adverse selection, RM-SIGNALING RM-SCREENING,"
                + " SRC-AKERLOF-1970 SRC-SPENCE-1973 SRC-EISENHARDT-1989 SRC-LINDER-2013",
        "AP-HIDDEN-ACTIONS,         ex-post, moral hazard,      RM-BONDING RM-MONITORING RM-SCREENING,"
                + " SRC-HOLMSTROM-1979 SRC-EISENHARDT-1989 SRC-JENSEN-1976 SRC-LINDER-2013"
    })
    void holdsBothAgencyProblemsWithTimingConsequenceAndTheory(
            String problem, String timing, String consequence, String remedies, String sources) {
        JsonNode node = entity(problem);
        assertThat(node.path("timing").asString("")).isEqualTo(timing);
        assertThat(node.path("consequence").asString("")).isEqualTo(consequence);
        assertThat(strings(node, "remedies")).containsExactlyInAnyOrderElementsOf(words(remedies));
        assertThat(strings(node, "sources")).containsAll(words(sources));
        assertThat(node.path("definition").asString("")).isNotBlank();
    }

    @ParameterizedTest(name = "{0} is done by the {1}")
    @CsvSource({
        "RM-SIGNALING,  agent,     SRC-SPENCE-1973",
        "RM-SCREENING,  principal, SRC-WOLPIN-1977 SRC-SPENCE-1973",
        "RM-BONDING,    principal, SRC-HOLMSTROM-1979 SRC-TUTTLE-1997",
        "RM-MONITORING, principal, SRC-JENSEN-1976"
    })
    void holdsTheFourRemediesWithActorAndSources(String remedy, String actor, String sources) {
        JsonNode node = entity(remedy);
        assertThat(node.path("actor").asString("")).isEqualTo(actor);
        assertThat(strings(node, "sources")).containsAll(words(sources));
        assertThat(node.path("definition").asString("")).isNotBlank();
    }

    @Test
    void bondingIsNamedBondingAndIncentives() {
        assertThat(entity("RM-BONDING").path("name").asString("")).isEqualToIgnoringCase("Bonding and incentives");
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
    void holdsTheElevenObjectivesOfHhhRiceAndFate(String objective, String framework, String source) {
        JsonNode node = entity(objective);
        assertThat(node.path("framework").asString("")).isEqualTo(framework);
        assertThat(strings(node, "sources")).contains(source);
        assertThat(node.path("definition").asString("")).isNotBlank();
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
        List<JsonNode> cell = byId.values().stream()
                .filter(node -> node.path("id").asString("").startsWith("MAP-"))
                .filter(node -> node.path("phase").asString("").equals(phase)
                        && node.path("problem").asString("").equals(problem)
                        && node.path("remedy").asString("").equals(remedy)
                        && node.path("method").asString("").equals(method))
                .toList();
        assertThat(cell)
                .as("mapping of %s into %s × %s × %s", method, phase, problem, remedy)
                .hasSize(1);
        JsonNode mapping = cell.get(0);
        assertThat(mapping.path("id").asString(""))
                .isEqualTo("MAP-" + phase.substring(3) + "-" + (problem.equals("AP-HIDDEN-ACTIONS") ? "HA" : "HC") + "-"
                        + remedy.substring(3) + "-" + method.substring(2));
        assertThat(mapping.path("rationale").asString("")).isNotBlank();
        assertThat(strings(mapping, "sources")).isNotEmpty();
        assertThat(strings(entity(method), "sources")).containsAll(words(methodSources));
    }

    @Test
    void screeningAfterDevelopmentIsExPost() {
        assertThat(entity("MAP-DEVELOPMENT-HA-SCREENING-INVERSE-SIGNALING")
                        .path("timing")
                        .asString(""))
                .isEqualTo("ex-post");
        assertThat(entity("MAP-SELECTION-HC-SCREENING-INVERSE-SIGNALING")
                        .path("timing")
                        .asString(""))
                .isEqualTo("ex-ante");
    }

    @Test
    void mappingTimingFollowsTheAgencyProblem() {
        for (JsonNode mapping : kind("MAP-")) {
            String problem = mapping.path("problem").asString("");
            String expected = entity(problem).path("timing").asString("");
            assertThat(mapping.path("timing").asString(""))
                    .as("timing of %s", mapping.path("id").asString(""))
                    .isEqualTo(expected);
        }
    }

    @Test
    void mappingsOnlyUseProblemsThatAriseInTheirPhaseAndRemediesOfTheirProblem() {
        for (JsonNode mapping : kind("MAP-")) {
            String id = mapping.path("id").asString("");
            String problem = mapping.path("problem").asString("");
            assertThat(strings(entity(mapping.path("phase").asString("")), "problems"))
                    .as("problems of the phase of %s", id)
                    .contains(problem);
            assertThat(strings(entity(problem), "remedies"))
                    .as("remedies of the problem of %s", id)
                    .contains(mapping.path("remedy").asString(""));
        }
    }

    @Test
    void everyMethodIsPlacedInAtLeastOneCell() {
        Set<String> placed = new TreeSet<>();
        kind("MAP-").forEach(mapping -> placed.add(mapping.path("method").asString("")));
        assertThat(kind("M-"))
                .extracting(method -> method.path("id").asString(""))
                .allSatisfy(id -> assertThat(placed).contains(id));
    }

    @Test
    void listsTheWholeReferenceListOfThePaper() {
        assertThat(PAPER_REFERENCES).doesNotHaveDuplicates().hasSize(80);
        for (String id : PAPER_REFERENCES) {
            JsonNode source = entity(id);
            assertThat(strings(source, "authors")).as("authors of %s", id).isNotEmpty();
            assertThat(source.path("title").asString("")).as("title of %s", id).isNotBlank();
            assertThat(source.path("type").asString("")).as("type of %s", id).isNotBlank();
        }
    }

    @Test
    void sourceYearsMatchTheirIds() {
        for (JsonNode source : kind("SRC-")) {
            String id = source.path("id").asString("");
            Matcher matcher = SOURCE_YEAR.matcher(id);
            assertThat(matcher.matches())
                    .as("%s follows SRC-<AUTHOR>-<YEAR>[a|b]", id)
                    .isTrue();
            if (!id.equals("SRC-OWASP-LLM-2025")) { // the 2025 list was released in November 2024
                assertThat(source.path("year").asInt())
                        .as("year of %s", id)
                        .isEqualTo(Integer.parseInt(matcher.group(1)));
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
        for (JsonNode method : kind("M-")) {
            JsonNode crosswalks = method.path("crosswalks");
            for (int i = 0; i < crosswalks.size(); i++) {
                JsonNode row = crosswalks.get(i);
                String framework = row.path("framework").asString("");
                assertThat(frameworkSource)
                        .as("framework in %s", method.path("id"))
                        .containsKey(framework);
                assertThat(row.path("source").asString("")).isEqualTo(frameworkSource.get(framework));
                assertThat(row.path("ref").asString("")).isNotBlank();
            }
        }
    }

    @Test
    void everyReferencedIdExistsAsAFileOfTheRightKind() {
        Map<String, String> referenceKinds = Map.of(
                "phase", "PH-",
                "problem", "AP-",
                "remedy", "RM-",
                "method", "M-",
                "problems", "AP-",
                "remedies", "RM-",
                "objectives", "OBJ-",
                "sources", "SRC-");
        List<String> dangling = new ArrayList<>();
        for (JsonNode node : byId.values()) {
            String id = node.path("id").asString("");
            referenceKinds.forEach((property, prefix) -> {
                JsonNode value = node.path(property);
                if (value.isMissingNode()) {
                    return;
                }
                List<String> targets = value.isArray() ? strings(node, property) : List.of(value.asString(""));
                for (String target : targets) {
                    if (!target.startsWith(prefix) || !byId.containsKey(target)) {
                        dangling.add(id + " → " + property + ": " + target);
                    }
                }
            });
            JsonNode crosswalks = node.path("crosswalks");
            for (int i = 0; i < crosswalks.size(); i++) {
                String source = crosswalks.get(i).path("source").asString("");
                if (!byId.containsKey(source)) {
                    dangling.add(id + " → crosswalk source: " + source);
                }
            }
        }
        assertThat(dangling).isEmpty();
    }

    private static JsonNode entity(String id) {
        JsonNode node = byId.get(id);
        if (node == null) {
            fail("catalog has no %s/%s.yaml", folderOf(id), id);
        }
        return node;
    }

    private static List<JsonNode> kind(String prefix) {
        return byId.values().stream()
                .filter(node -> folderOf(node.path("id").asString("")).equals(FOLDERS.get(prefix)))
                .toList();
    }

    private static String folderOf(String id) {
        return FOLDERS.entrySet().stream()
                .filter(entry -> id.startsWith(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("?");
    }

    private static List<String> strings(JsonNode node, String property) {
        JsonNode array = node.path(property);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            values.add(array.get(i).asString(""));
        }
        return values;
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
