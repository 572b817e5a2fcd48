package org.llmatlas.web.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.llmatlas.web.account.Role;
import org.llmatlas.web.adoption.ProjectFixtures;
import org.llmatlas.web.coding.CodingFixture;
import org.llmatlas.web.testing.H2Database;
import org.llmatlas.web.testing.WebTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Site roles and organisation membership are separate: an editor or even a site admin who is not a member of an
 * organisation cannot read its project by ID. (Member-versus-member isolation is covered by the adoption tests.)
 */
@H2Database
class OrganisationIsolationTest extends WebTest {

    @Test
    void siteRolesGrantNoAccessToAnotherOrganisationsProject() throws Exception {
        String slug = CodingFixture.unique("org").toLowerCase();
        RequestPostProcessor owner = user(CodingFixture.unique("owner")).roles(Role.READER.name());
        mvc.perform(post("/orgs")
                        .param("name", "Org " + slug)
                        .param("slug", slug)
                        .with(owner)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String project = mvc.perform(multipart("/orgs/" + slug + "/projects")
                        .file(new MockMultipartFile(
                                "contract",
                                "atlas.yaml",
                                "application/yaml",
                                ProjectFixtures.contractYaml().getBytes(StandardCharsets.UTF_8)))
                        .param("name", "Assistant")
                        .with(owner)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(project).with(owner)).andExpect(status().isOk());

        for (Role role : new Role[] {Role.EDITOR, Role.ADMIN}) {
            RequestPostProcessor outsider =
                    user(CodingFixture.unique(role.label())).roles(role.name());
            mvc.perform(get(project).with(outsider)).andExpect(status().isNotFound());
            mvc.perform(get("/orgs/" + slug).with(outsider)).andExpect(status().isNotFound());
        }
    }
}
