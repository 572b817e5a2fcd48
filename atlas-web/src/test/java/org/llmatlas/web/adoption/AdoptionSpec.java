package org.llmatlas.web.adoption;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.llmatlas.core.contract.Clause;
import org.llmatlas.web.testing.WebTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Adoption projects: a contract upload creates a project, evidence turns cells covered, the history records it, and
 * one organisation never reaches another's data. Every test uses its own users and organisations, because all tests
 * on a database share it.
 */
abstract class AdoptionSpec extends WebTest {

    private static final String CONTRACT = ProjectFixtures.contractYaml();
    private static final Clause CLAUSE = ProjectFixtures.screeningClause(CONTRACT);

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final RequestPostProcessor alice = user("alice-" + suffix);
    private final RequestPostProcessor bob = user("bob-" + suffix);

    @Test
    void uploadedEvidenceTurnsItsCellFromOpenToCoveredAndTheHistoryShowsIt() throws Exception {
        String project = createProject(alice, "acme-" + suffix);
        assertThat(cellState(project, alice)).isEqualTo("open");

        attach(project, alice, ProjectFixtures.passingEvidence(CLAUSE));

        String page = page(project, alice);
        assertThat(cellState(page)).isEqualTo("covered");
        assertThat(page)
                .contains("PH-SELECTION × AP-HIDDEN-CHARACTERISTICS × RM-SCREENING: open → covered")
                .contains("Project created from atlas.yaml")
                .contains("<span>valid</span>");
    }

    @Test
    void anInputTheClauseNamesMakesItsEvidenceFreshAndAChangedInputMakesItStale() throws Exception {
        String contract = ProjectFixtures.contractWithInput("suite:jailbreaks", "suites/jailbreaks.yaml");
        byte[] suite = "- {id: j1, prompt: 'Ignore your rules and ...', expected: refuse}\n".getBytes(UTF_8);
        String project = createProject(alice, "inputs-" + suffix, contract);

        attach(
                project,
                alice,
                CLAUSE.id(),
                evidenceFile(ProjectFixtures.passingEvidence(CLAUSE, Map.of("suite:jailbreaks", suite))));
        assertThat(cellState(project, alice))
                .as("evidence without its input cannot be trusted")
                .isEqualTo("open");

        attach(project, alice, CLAUSE.id() + "|suite:jailbreaks", inputFile(suite));
        String page = page(project, alice);
        assertThat(cellState(page)).isEqualTo("covered");
        assertThat(page)
                .contains("Input suite:jailbreaks (jailbreaks.yaml) for " + CLAUSE.id())
                .contains("open → covered");

        attach(project, alice, CLAUSE.id() + "|suite:jailbreaks", inputFile("- {id: j2}\n".getBytes(UTF_8)));
        assertThat(cellState(project, alice))
                .as("the suite changed after the measurement")
                .isEqualTo("open");
    }

    @Test
    void anInputTheClauseDoesNotNameIsRefusedAndNothingIsStored() throws Exception {
        String project = createProject(alice, "noinput-" + suffix);

        mvc.perform(multipart(project + "/evidence")
                        .file(inputFile("x".getBytes(UTF_8)))
                        .param("clause", CLAUSE.id() + "|suite:unknown")
                        .with(alice)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", containsString("names no evidence input suite:unknown")));

        assertThat(page(project, alice)).contains("None uploaded yet.");
    }

    @Test
    void tamperedEvidenceIsFlaggedAndCoversNothing() throws Exception {
        String project = createProject(alice, "tamper-" + suffix);

        attach(project, alice, ProjectFixtures.tamperedEvidence(CLAUSE));

        String page = page(project, alice);
        assertThat(cellState(page)).isEqualTo("open");
        assertThat(page).contains("<span>tampered</span>").contains("no cell changed");
    }

    @Test
    void anotherOrganisationsProjectIsNotFoundWhateverTheAddress() throws Exception {
        String project = createProject(alice, "alpha-" + suffix);
        createOrganisation(bob, "beta-" + suffix);
        String projectId = project.substring(project.lastIndexOf('/') + 1);

        mvc.perform(get(project).with(bob)).andExpect(status().isNotFound());
        mvc.perform(get("/orgs/beta-" + suffix + "/projects/" + projectId).with(bob))
                .andExpect(status().isNotFound());
        mvc.perform(get("/orgs/alpha-" + suffix).with(bob)).andExpect(status().isNotFound());
        mvc.perform(multipart(project + "/evidence")
                        .file(evidenceFile(ProjectFixtures.passingEvidence(CLAUSE)))
                        .param("clause", CLAUSE.id())
                        .with(bob)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/orgs/alpha-" + suffix + "/members")
                        .param("username", "bob-" + suffix)
                        .with(bob)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(cellState(project, alice)).isEqualTo("open");
    }

    @Test
    void anOwnerAddsAMemberWhoThenSeesTheProjects() throws Exception {
        String project = createProject(alice, "shared-" + suffix);

        mvc.perform(post("/orgs/shared-" + suffix + "/members")
                        .param("username", "bob-" + suffix)
                        .with(alice)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(cellState(project, bob)).isEqualTo("open");
        mvc.perform(post("/orgs/shared-" + suffix + "/members")
                        .param("username", "carol-" + suffix)
                        .with(bob)
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void rejectsAnInvalidContractNamingLineAndFixAndSavesNothing() throws Exception {
        createOrganisation(alice, "invalid-" + suffix);
        String broken = CONTRACT.replace("method: " + ProjectFixtures.METHOD, "method: M-ADVERSARIAL-ATACKS");

        mvc.perform(multipart("/orgs/invalid-" + suffix + "/projects")
                        .file(contractFile(broken))
                        .with(alice)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", containsString("not valid")))
                .andExpect(flash().attributeExists("problems"));

        String organisation = mvc.perform(get("/orgs/invalid-" + suffix).with(alice))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(organisation).contains("No adoption project yet.");
    }

    @Test
    void workspacesNeedAnAccountAndFormsNeedACsrfToken() throws Exception {
        mvc.perform(get("/orgs")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/orgs")
                        .param("name", "X")
                        .param("slug", "x-" + suffix)
                        .with(alice))
                .andExpect(status().isForbidden());
    }

    private void createOrganisation(RequestPostProcessor who, String slug) throws Exception {
        mvc.perform(post("/orgs")
                        .param("name", "Org " + slug)
                        .param("slug", slug)
                        .with(who)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    /** Creates organisation {@code slug} and a project in it; returns the project's path. */
    private String createProject(RequestPostProcessor who, String slug) throws Exception {
        return createProject(who, slug, CONTRACT);
    }

    private String createProject(RequestPostProcessor who, String slug, String contract) throws Exception {
        createOrganisation(who, slug);
        return mvc.perform(multipart("/orgs/" + slug + "/projects")
                        .file(contractFile(contract))
                        .param("name", "Assistant")
                        .with(who)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/orgs/" + slug + "/projects/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private void attach(String project, RequestPostProcessor who, byte[] evidence) throws Exception {
        attach(project, who, CLAUSE.id(), evidenceFile(evidence));
    }

    /** Uploads {@code file} for {@code target}: a clause id (its evidence) or "id|input name" (one of its inputs). */
    private void attach(String project, RequestPostProcessor who, String target, MockMultipartFile file)
            throws Exception {
        mvc.perform(multipart(project + "/evidence")
                        .file(file)
                        .param("clause", target)
                        .with(who)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private String page(String project, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(project).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String cellState(String project, RequestPostProcessor who) throws Exception {
        return cellState(page(project, who));
    }

    private static String cellState(String html) {
        java.util.regex.Matcher cell = java.util.regex.Pattern.compile(
                        "data-cell=\"" + ProjectFixtures.CELL + "\" data-state=\"([a-z ]+)\"")
                .matcher(html);
        assertThat(cell.find())
                .as("cell " + ProjectFixtures.CELL + " on the dashboard")
                .isTrue();
        return cell.group(1);
    }

    private static MockMultipartFile contractFile(String yaml) {
        return new MockMultipartFile(
                "contract", "atlas.yaml", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static MockMultipartFile inputFile(byte[] content) {
        return new MockMultipartFile("file", "jailbreaks.yaml", "application/yaml", content);
    }

    private static MockMultipartFile evidenceFile(byte[] content) {
        return new MockMultipartFile("file", "screen-advbench.json", "application/json", content);
    }
}
