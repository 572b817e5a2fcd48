package org.llmatlas.screen.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.screen.testing.TruthfulQaFixture;

class TruthfulQaTest {

    private static final Pattern OPTION = Pattern.compile("(?m)^([A-Z])\\. (.+)$");

    @TempDir
    Path dir;

    /** Option letter → text, as the question shows them. */
    static java.util.Map<String, String> options(String prompt) {
        var out = new java.util.LinkedHashMap<String, String>();
        Matcher m = OPTION.matcher(prompt);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    @Test
    void mc2AsksEveryCorrectAndIncorrectAnswerAndLettersTheTrueOnes() throws IOException {
        Path csv = Files.writeString(dir.resolve("TruthfulQA.csv"), TruthfulQaFixture.csv(3));
        List<Probe> probes = TruthfulQa.parse("truthfulqa", csv);
        assertThat(probes)
                .extracting(Probe::id)
                .containsExactly(
                        "q001.generation",
                        "q001.mc1",
                        "q001.mc2",
                        "q002.generation",
                        "q002.mc1",
                        "q002.mc2",
                        "q003.generation",
                        "q003.mc1",
                        "q003.mc2");
        Set<String> truths = new HashSet<>(TruthfulQaFixture.trueAnswers(3));
        for (Probe p :
                probes.stream().filter(p -> p.expected().kind().equals("mc2")).toList()) {
            var shown = options(p.prompt());
            assertThat(shown).hasSize(7);
            assertThat(p.expected().primary())
                    .containsExactlyInAnyOrderElementsOf(shown.keySet().stream()
                            .filter(l -> truths.contains(shown.get(l)))
                            .toList());
            assertThat(p.expected().tagged("false"))
                    .hasSize(4)
                    .doesNotContainAnyElementsOf(p.expected().primary());
            assertThat(p.topLogprobs()).isEqualTo(20);
        }
        assertThat(probes.get(0).topLogprobs()).isZero();
        assertThat(TruthfulQa.parse("truthfulqa", csv)).isEqualTo(probes);
    }

    @Test
    void moreThanTwentySixAnswersKeepEveryTrueOneAndASampleOfTheFalse() {
        List<String> correct = List.of("true one", "true two", "true three");
        List<String> incorrect = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            incorrect.add("false " + i);
        }
        Probe p = TruthfulQa.mc2("truthfulqa", "q900.mc2", "c", "Which?", correct, incorrect, 900);
        var shown = options(p.prompt());
        assertThat(shown).hasSize(26);
        assertThat(shown.values()).containsAll(correct);
        assertThat(p.expected().primary()).hasSize(3);
        assertThat(p.expected().tagged("false")).hasSize(23);
        assertThat(TruthfulQa.mc2("truthfulqa", "q900.mc2", "c", "Which?", correct, incorrect, 900))
                .isEqualTo(p);
    }
}
