package org.llmatlas.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LocatedYamlTest {

    private static final String TEXT = """
            id: M-X
            name: X
            crosswalks:
              - framework: NIST-AI-RMF
                ref: MAP 2.3
              - framework: EU-AI-ACT
                source: SRC-A-2024
            count: 3
            """;

    @Test
    void knowsTheLineAndColumnOfEveryValue() {
        LocatedYaml yaml = LocatedYaml.parse("m.yaml", TEXT);

        assertThat(yaml.root().path("crosswalks").get(1).path("source").asString())
                .isEqualTo("SRC-A-2024");
        assertThat(yaml.position("/name")).isEqualTo(new LocatedYaml.Position(2, 7));
        assertThat(yaml.position("/crosswalks/1/source")).isEqualTo(new LocatedYaml.Position(7, 13));
        assertThat(yaml.keyPosition("/crosswalks/1/source")).isEqualTo(new LocatedYaml.Position(7, 5));
        assertThat(yaml.root().path("count").isInt()).isTrue();
    }

    @Test
    void fallsBackToTheNearestAncestorForUnknownPointers() {
        LocatedYaml yaml = LocatedYaml.parse("m.yaml", TEXT);

        assertThat(yaml.position("/crosswalks/0/label")).isEqualTo(yaml.position("/crosswalks/0"));
        assertThat(yaml.problem("/crosswalks/0/label", "missing", "add it").toString())
                .isEqualTo("m.yaml:4:5: missing (add it)");
    }

    @Test
    void rejectsMalformedYamlWithLineAndColumn() {
        String broken = "id: M-X\nname: [unclosed\nsummary: y\n";

        assertThatThrownBy(() -> LocatedYaml.parse("broken.yaml", broken))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> {
                    Problem problem = ((ValidationException) e).problems().getFirst();
                    assertThat(problem.file()).isEqualTo("broken.yaml");
                    assertThat(problem.line()).isEqualTo(3);
                    assertThat(problem.column()).isPositive();
                    assertThat(problem.message()).startsWith("malformed YAML: ");
                });
    }

    @Test
    void keepsTheParsersReasonWithoutItsSourceExcerpt() {
        assertThatThrownBy(() -> LocatedYaml.parse("x.yaml", "id: X\norder: [2\ndescription: >-\n  text\n"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("x.yaml:3:12: malformed YAML: while parsing a flow sequence:"
                        + " expected ',' or ']', but got : (check indentation");
    }

    @Test
    void rejectsDuplicateKeysAtTheSecondKey() {
        assertThatThrownBy(() -> LocatedYaml.parse("dup.yaml", "id: A\nname: x\nid: B\n"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("dup.yaml:3:1: duplicate key 'id'");
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThatThrownBy(() -> LocatedYaml.parse("empty.yaml", "# only a comment\n"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("empty.yaml: the file is empty");
    }
}
