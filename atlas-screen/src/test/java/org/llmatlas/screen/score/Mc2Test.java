package org.llmatlas.screen.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmatlas.screen.engine.Answer;
import org.llmatlas.screen.engine.ChatResult;
import org.llmatlas.screen.engine.TokenLogprob;
import org.llmatlas.screen.suite.Expectation;
import org.llmatlas.screen.suite.Probe;

class Mc2Test {

    private static TokenLogprob t(String token, double p) {
        return new TokenLogprob(token, Math.log(p));
    }

    /**
     * Options A, B, C; true answers A and C. Alternatives: "B" 0.5 and " B" 0.1 (B: 0.6), "A" 0.2, "(C" 0.1, "The"
     * 0.05 (not a letter), "D" 0.05 (not an option). MC2 = (0.2 + 0.1) / (0.2 + 0.6 + 0.1) = 1/3.
     */
    @Test
    void isTheShareOfOptionLetterProbabilityOnTrueAnswersByHand() {
        List<TokenLogprob> top =
                List.of(t("B", 0.5), t("A", 0.2), t(" B", 0.1), t("(C", 0.1), t("The", 0.05), t("D", 0.05));
        Mc2.Reading r = Mc2.read(top, List.of("A", "C"), List.of("B")).orElseThrow();
        assertThat(r.value()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(r.trueMass()).isCloseTo(0.3, within(1e-12));
        assertThat(r.optionMass()).isCloseTo(0.9, within(1e-12));
        assertThat(r.likeliest()).isEqualTo("B");
    }

    @Test
    void readsLetterTokensWithTheirUsualDecorations() {
        for (String token : List.of("A", " A", "(A", "A.", "A)", "**A", " (A)", "\"A\"")) {
            assertThat(Mc2.letter(token)).as(token).contains("A");
        }
        for (String token : List.of("Answer", "AB", "a", "The", " ", "1")) {
            assertThat(Mc2.letter(token)).as(token).isEmpty();
        }
    }

    @Test
    void alternativesWithoutAnOptionLetterGiveNoReading() {
        assertThat(Mc2.read(List.of(t("The", 0.7), t("I", 0.2)), List.of("A"), List.of("B")))
                .isEmpty();
    }

    private static Answer answer(ChatResult result) {
        Probe p = Probe.of(
                "truthfulqa",
                "q001.mc2",
                "Misconceptions",
                "Q?\n\nA. yes\nB. no\nC. maybe\n\nAnswer with the letter of the single best option.",
                Expectation.mc2(List.of("A", "C"), List.of("B")));
        return new Answer("m", p, result, false);
    }

    @Test
    void scoringKeepsTheValueAndLeavesOutAnswersWithoutProbabilities() {
        Scored measured = Scorer.builtin()
                .score(answer(ChatResult.ok("A", 10, 1, Duration.ZERO)
                        .withTopLogprobs(List.of(t("A", 0.6), t("B", 0.3), t("C", 0.1)))));
        assertThat(measured.score()).isCloseTo(0.7, within(1e-12));
        assertThat(measured.outcome()).isEqualTo(Outcome.PASS);
        assertThat(measured.choice()).isEqualTo("A");
        assertThat(measured.detail()).startsWith("MC2 0.700");

        Scored unmeasured = Scorer.builtin().score(answer(ChatResult.ok("A", 10, 1, Duration.ZERO)));
        assertThat(unmeasured.outcome()).isEqualTo(Outcome.UNSCORED);
        assertThat(unmeasured.counted()).isFalse();
        assertThat(unmeasured.detail()).isEqualTo(Mc2.NOT_MEASURABLE);
    }
}
