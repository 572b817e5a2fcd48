package org.llmatlas.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogCodec;
import org.llmatlas.core.catalog.CatalogEntity;
import org.llmatlas.core.catalog.EntityKind;
import org.llmatlas.web.release.ReleaseStore;
import org.llmatlas.web.testing.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishing a second release: it becomes the latest (the page cache forgets the old latest pages), the first stays
 * browsable, and its page shows the generated changelog. Runs on a database of its own, because it changes what
 * "latest" means for every other test.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:atlas-second-release;DB_CLOSE_DELAY=-1")
class SecondReleaseTest extends WebTest {

    @Autowired
    ReleaseStore store;

    @Test
    void aNewReleaseBecomesLatestKeepsTheOldOneAndListsItsChanges() throws Exception {
        Catalog first = store.latest().orElseThrow();
        assertThat(page("/id/M-DATA-CARDS")).doesNotContain("Rewritten summary for 1.1.0.");

        List<CatalogEntity> entities = new ArrayList<>(first.entities().toList());
        entities.replaceAll(e -> e.id().equals("M-DATA-CARDS") ? summary(e, "Rewritten summary for 1.1.0.") : e);
        ObjectNode metadata = CatalogCodec.metadataTree(first).put("version", "1.1.0");
        store.publish(CatalogCodec.catalog(metadata, entities), "editor");

        assertThat(page("/id/M-DATA-CARDS")).contains("Rewritten summary for 1.1.0.");
        assertThat(page("/r/" + first.version() + "/M-DATA-CARDS")).doesNotContain("Rewritten summary");
        assertThat(page("/releases/1.1.0"))
                .contains("Generated changelog from " + first.version() + " to 1.1.0")
                .contains("href=\"/r/1.1.0/M-DATA-CARDS\"")
                .contains("<td>summary</td>");
        assertThat(page("/releases")).contains("href=\"/releases/1.1.0\"").contains("editor");
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static CatalogEntity summary(CatalogEntity entity, String summary) {
        ObjectNode tree = CatalogCodec.toTree(entity);
        tree.put("summary", summary);
        return CatalogCodec.fromTree(EntityKind.of(entity), tree);
    }
}
