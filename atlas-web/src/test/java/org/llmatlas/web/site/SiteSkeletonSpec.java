package org.llmatlas.web.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.llmatlas.web.testing.WebTest;

/** The site's frame: a public landing page with a skip link, htmx served locally, and the schema migrated. */
abstract class SiteSkeletonSpec extends WebTest {

    @Test
    void landingPageIsPublicAndStartsWithASkipLink() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"#main\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/webjars/htmx.org/2.0.10/")));
    }

    @Test
    void servesHtmxFromTheWebjarWithoutLogin() throws Exception {
        mvc.perform(get("/webjars/htmx.org/2.0.10/dist/htmx.min.js")).andExpect(status().isOk());
    }

    @Test
    void flywayCreatesTheCatalogAndOrganisationTables() {
        Integer tables = jdbc.queryForObject(
                "select count(*) from information_schema.tables where lower(table_name) in"
                        + " ('catalog_release', 'catalog_entity', 'organisation', 'membership')",
                Integer.class);
        assertThat(tables).isEqualTo(4);
    }
}
