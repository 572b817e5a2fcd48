package org.llmatlas.cli.catalog;

import org.llmatlas.core.catalog.Catalog;
import org.llmatlas.core.catalog.EntityKind;
import org.llmatlas.core.catalog.matrix.HtmlMatrix;
import org.llmatlas.core.catalog.matrix.MarkdownMatrix;
import org.llmatlas.core.catalog.matrix.Matrix;
import org.llmatlas.core.catalog.matrix.SvgMatrix;
import org.llmatlas.core.catalog.matrix.TextMatrix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Draws the problem-solution space: phases and agency problems × remedies, methods in the cells.
 *
 * <p>Example: {@code ./atlas catalog matrix --width 100}
 */
@Command(
        name = "matrix",
        mixinStandardHelpOptions = true,
        description = "Draw the problem-solution space: phases × agency problems × remedies, methods in the cells.",
        footer = {
            "",
            "Examples:",
            "  ./atlas catalog matrix --width 100",
            "  ./atlas catalog matrix --objective OBJ-HHH-HONEST",
            "  ./atlas catalog matrix --format html > matrix.html"
        })
final class MatrixCommand extends CatalogSubcommand {

    /** Output formats of the matrix. */
    enum MatrixFormat {
        text,
        markdown,
        html,
        svg
    }

    static final int DEFAULT_WIDTH = 120;

    @Mixin
    CatalogSource source;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), markdown, html or svg.")
    MatrixFormat format = MatrixFormat.text;

    @Option(
            names = "--width",
            paramLabel = "N",
            description = "Width of the text table in characters (default: $COLUMNS, else " + DEFAULT_WIDTH + ").")
    Integer width;

    @Option(names = "--objective", paramLabel = "ID", description = "Only methods serving this objective.")
    String objective;

    @Override
    int run() {
        Catalog catalog = source.load();
        requireId(catalog, objective, EntityKind.OBJECTIVE, "--objective");
        Matrix matrix = Matrix.of(catalog, objective);
        String rendered = switch (format) {
            case text -> TextMatrix.render(matrix, width());
            case markdown -> MarkdownMatrix.render(matrix);
            case html -> HtmlMatrix.render(matrix);
            case svg -> SvgMatrix.render(matrix);
        };
        out().print(rendered);
        out().flush();
        return Exit.OK;
    }

    private int width() {
        if (width != null) {
            if (width < 40) {
                throw new InvalidInput("--width: " + width + " is too narrow; use 40 or more", Exit.INVALID);
            }
            return width;
        }
        try {
            String columns = System.getenv("COLUMNS");
            return columns == null ? DEFAULT_WIDTH : Math.max(40, Integer.parseInt(columns.strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }
}
