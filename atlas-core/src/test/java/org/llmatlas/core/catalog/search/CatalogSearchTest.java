package org.llmatlas.core.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.llmatlas.core.catalog.CatalogLoader;
import org.llmatlas.core.catalog.Fixtures;
import org.llmatlas.core.catalog.search.CatalogSearch.Hit;

class CatalogSearchTest {

    private static final CatalogSearch FIXTURE = CatalogSearch.of(CatalogLoader.load(Fixtures.valid()));

    @Test
    void ranksNameMatchesFirst() {
        assertThat(FIXTURE.search("data cards"))
                .extracting(h -> h.entity().id())
                .startsWith("M-DATA-CARDS");
    }

    @Test
    void ignoresCaseAndAccentsAndMatchesPrefixes() {
        assertThat(FIXTURE.search("GÖDEL")).extracting(h -> h.entity().id()).containsExactly("SRC-ZOU-2023");
        assertThat(FIXTURE.search("adversar")).extracting(h -> h.entity().id()).contains("M-ADVERSARIAL-ATTACKS");
    }

    @Test
    void findsSourcesByAuthorAndTitle() {
        assertThat(FIXTURE.search("akerlof lemons"))
                .first()
                .extracting(Hit::matchedTerms)
                .isEqualTo(2);
        assertThat(FIXTURE.search("akerlof lemons").getFirst().entity().id()).isEqualTo("SRC-AKERLOF-1970");
    }

    @Test
    void findsNothingForUnknownWordsOrStopWords() {
        assertThat(FIXTURE.search("zebra")).isEmpty();
        assertThat(FIXTURE.search("the and of")).isEmpty();
    }

    @Test
    void findsDpoInTheBuiltInCatalog() {
        CatalogSearch search = CatalogSearch.of(CatalogLoader.load(Path.of("..", "catalog")));

        assertThat(search.search("direct preference optimization")
                        .getFirst()
                        .entity()
                        .id())
                .contains("DPO");
    }
}
