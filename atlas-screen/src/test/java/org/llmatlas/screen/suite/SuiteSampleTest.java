package org.llmatlas.screen.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SuiteSampleTest {

    /** Category A: 40 ambiguous, 40 disambiguated; category B: 10 and 10. */
    private static Suite bbqShaped() {
        List<Probe> probes = new ArrayList<>();
        int id = 0;
        for (String category : List.of("A", "B")) {
            int size = category.equals("A") ? 40 : 10;
            for (String context : List.of("ambiguous", "disambiguated")) {
                for (int i = 0; i < size; i++) {
                    probes.add(Probe.of(
                            "bbq",
                            "item-" + id++,
                            category,
                            "question " + id,
                            Expectation.choice("A").with("context", context)));
                }
            }
        }
        return new Suite("bbq", "https://example.org/bbq", "0".repeat(64), "CC-BY-4.0", probes);
    }

    private static Map<String, Long> perStratum(Suite s) {
        return s.probes().stream()
                .collect(Collectors.groupingBy(
                        p -> p.category() + "/" + p.expected().tagged("context").getFirst(), Collectors.counting()));
    }

    @Test
    void allocatesProportionallyWithLargestRemainders() {
        // 15 of 100: exact shares 6, 6, 1.5, 1.5; floors sum to 14, the one left goes to the first .5 (B/ambiguous)
        Suite sample = SuiteSample.of(bbqShaped(), 15, 7);
        assertThat(sample.probes()).hasSize(15);
        assertThat(perStratum(sample))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("A/ambiguous", 6L, "A/disambiguated", 6L, "B/ambiguous", 2L, "B/disambiguated", 1L));
        assertThat(sample.source()).isEqualTo("https://example.org/bbq (stratified sample of 15 of 100 items, seed 7)");
    }

    @Test
    void isDeterministicPerSeedAndKeepsTheSuiteOrder() {
        List<String> a = SuiteSample.of(bbqShaped(), 20, 1).probes().stream()
                .map(Probe::id)
                .toList();
        List<String> again = SuiteSample.of(bbqShaped(), 20, 1).probes().stream()
                .map(Probe::id)
                .toList();
        List<String> other = SuiteSample.of(bbqShaped(), 20, 2).probes().stream()
                .map(Probe::id)
                .toList();
        assertThat(again).isEqualTo(a);
        assertThat(other).isNotEqualTo(a);
        List<Integer> order =
                a.stream().map(id -> Integer.parseInt(id.substring(5))).toList();
        assertThat(order).isSorted();
    }

    @Test
    void aSampleAsLargeAsTheSuiteIsTheSuite() {
        Suite suite = bbqShaped();
        assertThat(SuiteSample.of(suite, 100, 0)).isSameAs(suite);
        assertThatThrownBy(() -> SuiteSample.of(suite, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
