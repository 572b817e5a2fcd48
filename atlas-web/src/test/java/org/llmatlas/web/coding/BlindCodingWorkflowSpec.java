package org.llmatlas.web.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmatlas.core.catalog.Mapping;
import org.llmatlas.web.account.Accounts;
import org.llmatlas.web.account.Role;
import org.llmatlas.web.release.ReleaseStore;
import org.llmatlas.web.testing.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The contributing workflow end to end through HTTP: proposal, two blind codings, agreement, reconciliation,
 * publication, release. Runs on H2 and on PostgreSQL.
 */
abstract class BlindCodingWorkflowSpec extends WebTest {

    @Autowired
    Accounts accounts;

    @Autowired
    CodingService coding;

    @Autowired
    ReleaseCutter cutter;

    @Autowired
    ReleaseStore releases;

    CodingFixture fixture;
    String contributor;
    String coderA;
    String coderB;
    String editor;

    @BeforeEach
    void people() {
        fixture = new CodingFixture(accounts, coding, cutter);
        contributor = fixture.account(Role.CONTRIBUTOR);
        coderA = fixture.account(Role.CODER);
        coderB = fixture.account(Role.CODER);
        editor = fixture.account(Role.EDITOR);
    }

    @Test
    void aCoderCannotSeeTheOtherCodingUntilBothSubmitted() throws Exception {
        long id = fixture.proposeMapping(contributor, "blind", List.of(coderA, coderB));
        fixture.code(id, coderA, "PH-DATA", "RM-SIGNALING", Set.of("OBJ-HHH-HONEST"));

        mvc.perform(get("/coding/{id}/codings/{coder}", id, coderA).with(as(coderB, Role.CODER)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Blind coding")));
        mvc.perform(get("/coding/{id}/codings/{coder}", id, coderA).with(as(editor, Role.EDITOR)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/coding/{id}/codings/{coder}", id, coderA).with(as(coderA, Role.CODER)))
                .andExpect(status().isOk());
        String page = mvc.perform(get("/proposals/{id}", id).with(as(coderB, Role.CODER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Blind coding in progress").doesNotContain("RM-SIGNALING</td>");
        mvc.perform(get("/editor/proposals/{id}/reconcile", id).with(as(editor, Role.EDITOR)))
                .andExpect(status().isConflict());

        fixture.code(id, coderB, "PH-DATA", "RM-SCREENING", Set.of("OBJ-HHH-HONEST"));

        mvc.perform(get("/coding/{id}/codings/{coder}", id, coderA).with(as(coderB, Role.CODER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("RM-SIGNALING")));
        assertThat(coding.proposal(id).status()).isEqualTo(ProposalStatus.RECONCILING);
    }

    @Test
    void aCoderWhoIsNotAssignedCannotCode() throws Exception {
        long id = fixture.proposeMapping(contributor, "assigned", List.of(coderA, coderB));
        String outsider = fixture.account(Role.CODER);
        mvc.perform(post("/coding/{id}", id)
                        .with(as(outsider, Role.CODER))
                        .with(csrf())
                        .param("phase", "PH-DATA"))
                .andExpect(status().isForbidden());
    }

    @Test
    void proposalGoesThroughCodingReconciliationAndPublicationIntoANewRelease() throws Exception {
        String before = cutter.current().version();
        String id = "MAP-DATA-HC-SIGNALING-" + CodingFixture.unique("FLOW").toUpperCase();
        String location = mvc.perform(post("/proposals")
                        .with(as(contributor, Role.CONTRIBUTOR))
                        .with(csrf())
                        .param("kind", "MAPPING")
                        .param("targetId", id)
                        .param("title", "Data cards signal data quality")
                        .param("body", CodingFixture.mappingYaml(id, fixture.freshMethod()))
                        .param("rationale", "Pushkarna et al. 2022, p. 3: data cards document the dataset"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long proposal = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/editor/proposals/{id}/assign", proposal)
                        .with(as(editor, Role.EDITOR))
                        .with(csrf())
                        .param("coders", coderA + ", " + coderB))
                .andExpect(status().is3xxRedirection());
        for (String coder : List.of(coderA, coderB)) {
            mvc.perform(post("/coding/{id}", proposal)
                            .with(as(coder, Role.CODER))
                            .with(csrf())
                            .param("phase", "PH-DATA")
                            .param("problem", "AP-HIDDEN-CHARACTERISTICS")
                            .param("remedy", coder.equals(coderA) ? "RM-SIGNALING" : "RM-SCREENING")
                            .param("objectives", "OBJ-HHH-HONEST", "OBJ-FATE-TRANSPARENCY")
                            .param("quote", "data cards document the dataset")
                            .param("page", "3"))
                    .andExpect(status().is3xxRedirection());
        }
        String reconcile = mvc.perform(
                        get("/editor/proposals/{id}/reconcile", proposal).with(as(editor, Role.EDITOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(reconcile).contains("RM-SIGNALING").contains("RM-SCREENING").contains("differ");

        mvc.perform(post("/editor/proposals/{id}/publish", proposal)
                        .with(as(editor, Role.EDITOR))
                        .with(csrf())
                        .param("phase", "PH-DATA")
                        .param("problem", "AP-HIDDEN-CHARACTERISTICS")
                        .param("remedy", "RM-SIGNALING")
                        .param("objectives", "OBJ-HHH-HONEST", "OBJ-FATE-TRANSPARENCY")
                        .param("quote", "data cards document the dataset")
                        .param("page", "3"))
                .andExpect(status().is3xxRedirection());
        assertThat(coding.proposal(proposal).status()).isEqualTo(ProposalStatus.PUBLISHED);
        assertThat(releases.latest().orElseThrow().find(id))
                .as("publication alone does not change a release")
                .isEmpty();

        String version = cutter.suggestedVersion();
        mvc.perform(post("/editor/releases")
                        .with(as(editor, Role.EDITOR))
                        .with(csrf())
                        .param("version", version))
                .andExpect(status().is3xxRedirection());

        assertThat(releases.latest().orElseThrow().version()).isEqualTo(version).isNotEqualTo(before);
        Mapping released =
                releases.catalog(version).orElseThrow().find(id, Mapping.class).orElseThrow();
        assertThat(released.remedy()).isEqualTo("RM-SIGNALING");
        assertThat(releases.catalog(before).orElseThrow().find(id)).isEmpty();
        assertThat(coding.proposal(proposal).status()).isEqualTo(ProposalStatus.RELEASED);
        assertThat(coding.proposal(proposal).releaseVersion()).isEqualTo(version);

        String agreement = mvc.perform(get("/agreement"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(agreement)
                .containsAnyOf(coderA + " × " + coderB, coderB + " × " + coderA)
                .contains("<polyline");
    }

    static RequestPostProcessor as(String username, Role role) {
        return user(username).roles(role.name());
    }
}
