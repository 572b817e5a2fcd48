package org.llmatlas.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogLoader;
import org.llmatlas.web.release.ReleaseStore;
import org.llmatlas.web.testing.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public catalog pages, read without an account, on the release loaded from the repository at start-up. */
abstract class CatalogPagesSpec extends WebTest {

    @Autowired
    ReleaseStore store;

    @Test
    void firstStartPublishesTheRepositoryCatalogAsARelease() {
        Catalog repository = CatalogLoader.loadDefault();

        assertThat(store.release(repository.version())).isPresent();
        assertThat(store.catalog(repository.version())).contains(repository);
    }

    @Test
    void releasesNeverChangeOncePublished() {
        assertThatThrownBy(() -> store.publish(CatalogLoader.loadDefault(), "someone"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exists already");
    }

    @Test
    void matrixListsMethodsInTheirCellsWithAccessibleHeaders() throws Exception {
        mvc.perform(get("/matrix"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<caption>Phases × agency problems × remedies</caption>"),
                                containsString("scope=\"col\""),
                                containsString("scope=\"rowgroup\""),
                                containsString("href=\"/id/M-ADVERSARIAL-ATTACKS\""),
                                containsString("href=\"/cell/PH-SELECTION/AP-HIDDEN-CHARACTERISTICS/RM-SCREENING\""),
                                containsString("<label for=\"objective\">"))));
    }

    @Test
    void matrixColumnsFollowThePapersRemedyOrder() throws Exception {
        String page = mvc.perform(get("/matrix")).andReturn().getResponse().getContentAsString();

        assertThat(page.indexOf("<a href=\"/id/RM-SIGNALING\">"))
                .isPositive()
                .isLessThan(page.indexOf("<a href=\"/id/RM-SCREENING\">"));
        assertThat(page.indexOf("<a href=\"/id/RM-SCREENING\">"))
                .isLessThan(page.indexOf("<a href=\"/id/RM-BONDING\">"));
        assertThat(page.indexOf("<a href=\"/id/RM-BONDING\">"))
                .isLessThan(page.indexOf("<a href=\"/id/RM-MONITORING\">"));
    }

    @Test
    void filtersTheMatrixByObjectiveAndByCrosswalkFramework() throws Exception {
        String all = page("/matrix");
        String honest = page("/matrix?objective=OBJ-HHH-HONEST");
        String owasp = page("/matrix?framework=OWASP-LLM-2025");

        assertThat(methodsShown(honest)).isPositive().isLessThan(methodsShown(all));
        assertThat(methodsShown(owasp)).isPositive().isLessThan(methodsShown(all));
        assertThat(honest).contains("(filtered)").contains("<option value=\"OBJ-HHH-HONEST\" selected=\"selected\">");
        assertThat(owasp).contains("href=\"/id/M-ADVERSARIAL-ATTACKS\"");
    }

    @Test
    void cellPageGivesEachMethodItsRationale() throws Exception {
        mvc.perform(get("/cell/PH-SELECTION/AP-HIDDEN-CHARACTERISTICS/RM-SCREENING"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Adversarial attacks"),
                                containsString("exposes behaviour that standard tests miss"),
                                containsString("MAP-SELECTION-HC-SCREENING-ADVERSARIAL-ATTACKS"))));
    }

    @Test
    void methodPageShowsRationaleSourcesInstrumentsCrosswalksAndPermalinks() throws Exception {
        mvc.perform(get("/id/M-ADVERSARIAL-ATTACKS"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Adversarial attacks</h1>"),
                                containsString("exposes behaviour that standard tests miss"),
                                containsString("href=\"/id/SRC-ZOU-2023\""),
                                containsString("<code>screen.adversarial</code>"),
                                containsString("AML.T0054"),
                                containsString("href=\"/r/1.0.0/M-ADVERSARIAL-ATTACKS\""),
                                containsString("No coding is recorded"))));
    }

    @Test
    void versionedPermalinkKeepsLinksInsideItsRelease() throws Exception {
        mvc.perform(get("/r/1.0.0/M-ADVERSARIAL-ATTACKS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/r/1.0.0/SRC-ZOU-2023\"")));
        mvc.perform(get("/r/1.0.0/SRC-ZOU-2023"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/r/1.0.0/M-ADVERSARIAL-ATTACKS\"")));
    }

    @Test
    void unknownIdsAndReleasesAreNotFound() throws Exception {
        mvc.perform(get("/id/M-NO-SUCH-METHOD")).andExpect(status().isNotFound());
        mvc.perform(get("/r/9.9.9/matrix")).andExpect(status().isNotFound());
        mvc.perform(get("/r/1.0.0/export/docx")).andExpect(status().isNotFound());
    }

    @Test
    void searchFindsEntitiesByEveryWordOfTheQuery() throws Exception {
        mvc.perform(get("/search").param("q", "adversarial attacks"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"/id/M-ADVERSARIAL-ATTACKS\""),
                                not(containsString("href=\"/id/M-DATA-CARDS\"")))));
    }

    @Test
    void releasePageListsEveryExportAndSaysTheFirstReleaseIsAllNew() throws Exception {
        mvc.perform(get("/releases"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/releases/1.0.0\"")));
        mvc.perform(get("/releases/1.0.0"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("/r/1.0.0/export/json"),
                                containsString("/r/1.0.0/export/csv"),
                                containsString("/r/1.0.0/export/bibtex"),
                                containsString("/r/1.0.0/export/markdown"),
                                containsString("/r/1.0.0/export/layer"))));
        mvc.perform(get("/releases/1.0.0").param("from", "1.0.0"))
                .andExpect(content().string(containsString("No differences between 1.0.0 and 1.0.0.")));
    }

    @Test
    void jsonExportHasAnArrayPerKindAndEveryElementAnId() throws Exception {
        JsonNode json = JsonMapper.builder().build().readTree(page("/r/1.0.0/export/json"));

        for (String kind :
                new String[] {"phases", "problems", "remedies", "objectives", "methods", "mappings", "sources"}) {
            assertThat(json.get(kind).isArray()).as(kind).isTrue();
            assertThat(json.get(kind).size()).as(kind).isPositive();
            json.get(kind).forEach(e -> assertThat(e.has("id")).isTrue());
        }
        assertThat(json.get("version").asString()).isEqualTo("1.0.0");
    }

    @Test
    void otherExportsCarryTheirMediaTypesAndContent() throws Exception {
        mvc.perform(get("/r/1.0.0/export/csv"))
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(content().string(containsString("MAP-SELECTION-HC-SCREENING-ADVERSARIAL-ATTACKS")));
        mvc.perform(get("/r/1.0.0/export/bibtex")).andExpect(content().string(containsString("SRC-ZOU-2023,")));
        mvc.perform(get("/r/1.0.0/export/markdown"))
                .andExpect(content().string(containsString("## Problem-solution matrix")));
        JsonNode layer = JsonMapper.builder().build().readTree(page("/r/1.0.0/export/layer"));
        assertThat(layer.get("domain").asString()).isEqualTo("atlas-atlas");
        assertThat(layer.get("techniques").findValuesAsString("techniqueID")).contains("AML.T0054");
    }

    @Test
    void signedInReadersNeverGetTheCachedAnonymousPage() throws Exception {
        String anonymous = page("/matrix");
        assertThat(page("/matrix")).isEqualTo(anonymous);

        mvc.perform(get("/matrix").with(user("reader")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sign out"), containsString("reader"))));
        assertThat(anonymous).contains("Sign in").doesNotContain("Sign out");
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static int methodsShown(String html) {
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("<span>(\\d+)</span> methods shown")
                .matcher(html);
        assertThat(count.find()).as("method count on the page").isTrue();
        return Integer.parseInt(count.group(1));
    }
}
