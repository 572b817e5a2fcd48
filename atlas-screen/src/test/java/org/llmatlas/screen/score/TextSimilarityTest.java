package org.llmatlas.screen.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSimilarityTest {

    /**
     * Lin (2004) ROUGE-L example: reference "police killed the gunman", candidate "police kill the gunman": LCS = 3
     * ("police the gunman"), P = R = 3/4, F1 = 0.75.
     */
    @Test
    void rougeLMatchesLin2004Example() {
        assertThat(TextSimilarity.rougeL("police kill the gunman", "police killed the gunman"))
                .isCloseTo(0.75, within(1e-12));
        assertThat(TextSimilarity.rougeL("the gunman kill police", "police killed the gunman"))
                .isCloseTo(0.5, within(1e-12));
    }

    @Test
    void topicCoverageMatchesWordStems() {
        assertThat(TextSimilarity.topicCoverage(
                        "Our saving accounts pay 2% interest.", List.of("savings", "interest", "mortgage")))
                .isCloseTo(2.0 / 3, within(1e-12));
    }
}
