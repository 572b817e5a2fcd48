package org.llmatlas.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DidYouMeanTest {

    private static final List<String> KNOWN =
            List.of("M-DATA-CARDS", "M-MODEL-CARDS", "PH-DEPLOYMENT", "PH-DATA", "RM-SIGNALING", "RM-SCREENING");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "M-DATA-CARD, M-DATA-CARDS",
        "m-data-cards, M-DATA-CARDS",
        "M-MDOEL-CARDS, M-MODEL-CARDS",
        "PH-DEPLOY, PH-DEPLOYMENT",
        "RM-SIGNALLING, RM-SIGNALING",
        "RM-SCRENING, RM-SCREENING",
    })
    void suggestsTheClosestKnownName(String unknown, String expected) {
        assertThat(DidYouMean.suggest(unknown, KNOWN)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"M-FACT-CHECKING", "XYZ", "OBJ-HHH-HONEST"})
    void staysSilentWhenNothingIsClose(String unknown) {
        assertThat(DidYouMean.suggest(unknown, KNOWN)).isEmpty();
    }
}
