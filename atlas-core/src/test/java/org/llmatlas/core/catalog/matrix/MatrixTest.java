package org.llmatlas.core.catalog.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.CatalogLoader;
import org.llmatlas.core.catalog.Fixtures;
import org.llmatlas.core.catalog.Golden;
import org.llmatlas.core.catalog.Method;

class MatrixTest {

    private static final Catalog FIXTURE = CatalogLoader.load(Fixtures.valid());

    @Test
    void placesMethodsIntoTheirCells() {
        Matrix matrix = Matrix.of(FIXTURE);

        assertThat(matrix.remedies()).extracting(r -> r.id()).containsExactly("RM-SIGNALING", "RM-SCREENING");
        assertThat(matrix.rows()).hasSize(2);
        assertThat(matrix.rows().getFirst().cells().getFirst())
                .extracting(Method::id)
                .containsExactly("M-DATA-CARDS");
        assertThat(matrix.rows().get(1).cells().get(1)).extracting(Method::id).containsExactly("M-ADVERSARIAL-ATTACKS");
    }

    @Test
    void filtersMethodsByObjective() {
        Matrix matrix = Matrix.of(FIXTURE, "OBJ-HHH-HELPFUL");

        assertThat(matrix.rows())
                .allSatisfy(row ->
                        assertThat(row.cells()).allSatisfy(c -> assertThat(c).isEmpty()));
    }

    @ParameterizedTest(name = "width {0}")
    @ValueSource(ints = {120, 60})
    void drawsATerminalTableThatFitsTheWidth(int width) {
        String table = TextMatrix.render(Matrix.of(FIXTURE), width);

        assertThat(table.lines().skip(1))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width));
        Golden.assertMatches("matrix/fixture-" + width + ".txt", table);
    }

    @Test
    void rendersMarkdownHtmlAndSvg() {
        Matrix matrix = Matrix.of(FIXTURE);

        Golden.assertMatches("matrix/fixture.md", MarkdownMatrix.render(matrix));
        Golden.assertMatches("matrix/fixture.html", HtmlMatrix.render(matrix));
        Golden.assertMatches("matrix/fixture.svg", SvgMatrix.render(matrix));
    }

    @Test
    void wrapsAtWordsAndSplitsWordsLongerThanTheColumn() {
        assertThat(TextMatrix.wrap("• Supervised fine-tuning with human demonstrations", 14))
                .containsExactly("• Supervised", "  fine-tuning", "  with human", "  demonstratio", "  ns");
    }

    @Test
    void theBuiltInCatalogGivesTheBusinessPhaseARowWithoutProblem() {
        Matrix matrix = Matrix.of(CatalogLoader.load(Path.of("..", "catalog")));

        assertThat(matrix.rows().getFirst().phase().id()).isEqualTo("PH-BUSINESS");
        assertThat(matrix.rows().getFirst().problem()).isNull();
        assertThat(TextMatrix.render(matrix, 100)).contains("Data cards", "Adversarial");
    }
}
