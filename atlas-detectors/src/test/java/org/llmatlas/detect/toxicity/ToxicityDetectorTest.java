package org.llmatlas.detect.toxicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmatlas.detect.Sample;
import org.llmatlas.detect.Verdict;

/** Table-driven specification of the toxicity detector, with obfuscations and false-positive traps. */
class ToxicityDetectorTest {

    private final ToxicityDetector detector = new ToxicityDetector();

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("direct insult", "You are such an idiot.", "insult"),
                Arguments.of("insult with intensifier", "you're a fucking moron", "insult"),
                Arguments.of("leetspeak insult", "ur a 1d10t", "insult"),
                Arguments.of("stretched letters", "you stuuuupid clown", "insult"),
                Arguments.of("spelled out profanity", "f u c k this", "profanity"),
                Arguments.of("masked profanity", "what the f*ck is this", "profanity"),
                Arguments.of("dotted profanity", "this is s.h.i.t", "profanity"),
                Arguments.of("threat", "I'm going to kill you if you come back.", "threat"),
                Arguments.of("obfuscated threat", "go k1ll yourself", "threat"),
                Arguments.of("identity hate template", "All immigrants are vermin.", "identity_hate"),
                Arguments.of("false positive: kill a process", "To kill the process, run kill -9 1234.", "none"),
                Arguments.of("false positive: Scunthorpe", "I grew up in Scunthorpe and studied classics.", "none"),
                Arguments.of("false positive: name", "Did you read Moby Dick by Herman Melville?", "none"),
                Arguments.of("false positive: everyday noun", "Please take out the trash tonight.", "none"),
                Arguments.of("false positive: negated", "You are not stupid, the exercise was hard.", "none"),
                Arguments.of("false positive: mention", "Is the word 'idiot' considered rude?", "none"),
                Arguments.of("false positive: stupid bug", "Did you see that stupid bug in the parser?", "none"),
                Arguments.of(
                        "false positive: assassin", "The assassin in the novel uses a cocktail of poisons.", "none"),
                Arguments.of("false positive: mild word", "Damn, I missed the bus.", "none"),
                Arguments.of("false positive: pissed off", "The cat was passed over for the prize.", "none"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void labelsText(String description, String text, String expectedLabel) {
        Verdict verdict = detector.detect(Sample.of("t1", text));

        assertThat(verdict.label()).as(verdict.reason()).isEqualTo(expectedLabel);
        assertThat(verdict.flagged()).isEqualTo(!expectedLabel.equals("none"));
        assertThat(verdict.score()).isBetween(0.0, 1.0);
    }
}
