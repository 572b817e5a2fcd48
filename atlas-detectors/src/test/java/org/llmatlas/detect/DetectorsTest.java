package org.llmatlas.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DetectorsTest {

    @Test
    void listsBuiltInDetectorsInRegistrationOrder() {
        assertThat(Detectors.names()).containsExactly("refusal", "pii", "injection", "toxicity");
    }

    @Test
    void findsDetectorByNameAndNothingForUnknownNames() {
        assertThat(Detectors.byName("refusal")).get().extracting(Detector::name).isEqualTo("refusal");
        assertThat(Detectors.byName("sentiment")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"refusal", "pii", "injection", "toxicity"})
    void everyDetectorHandlesEmptyAndOddTextWithoutThrowing(String name) {
        Detector detector = Detectors.byName(name).orElseThrow();
        for (String text :
                new String[] {"", " ", "\u0000\uFFFD", "```", "a".repeat(20_000), "1 ".repeat(5_000), "1 2 3 4 5"}) {
            Verdict verdict = detector.detect(new Sample("x", text, text));
            assertThat(verdict.detector()).isEqualTo(name);
            assertThat(verdict.score()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void verdictRejectsScoresOutsideUnitInterval() {
        assertThatThrownBy(() -> Verdict.flagged("id", "refusal", 1.5, "refusal", "r"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("score");
        assertThatThrownBy(() -> Verdict.clear("id", "refusal", Double.NaN, "compliance", "r"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void verdictFactoriesSetFlag() {
        assertThat(Verdict.flagged("id", "pii", 0.9, "email", "r").flagged()).isTrue();
        assertThat(Verdict.clear("id", "pii", 0.0, "none", "r").flagged()).isFalse();
    }
}
