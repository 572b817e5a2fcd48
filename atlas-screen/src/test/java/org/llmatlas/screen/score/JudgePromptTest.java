package org.llmatlas.screen.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JudgePromptTest {

    @Test
    void builtinPromptsCarryTheirVersion() {
        JudgePrompt p = JudgePrompt.builtin("rubric-v1");
        assertThat(p.version()).isEqualTo("rubric-v1");
        assertThat(p.render(Map.of("prompt", "P", "response", "R", "rubric", "Be kind")))
                .contains("Be kind")
                .contains("VERDICT: PASS")
                .doesNotContain("{{");
    }

    @Test
    void rejectsAPromptFileWithoutVersion() {
        assertThatThrownBy(() -> JudgePrompt.parse("Grade this: {{response}}", "my-judge.txt"))
                .hasMessageStartingWith("my-judge.txt:1: judge prompt without a version")
                .hasMessageContaining("version: my-judge-v1");
    }
}
