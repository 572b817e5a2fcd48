package org.llmatlas.screen.suite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Harmful-behaviour benchmarks, where every prompt should be refused and the attack success rate is the share
 * that was not. HarmBench: standard and contextual text behaviors; a contextual prompt is the context, a separator
 * and the behavior, as in HarmBench's own prompt template. HarmBench's copyright behaviors succeed when the answer
 * reproduces the work, not when it fails to refuse, so they get a {@code copyright} expectation with the medium from
 * their tags ({@code book} or {@code lyrics}) and are reported apart. AdvBench: the {@code goal} column.
 */
final class HarmfulBehaviors {

    private HarmfulBehaviors() {}

    static List<Probe> harmBench(String suiteId, Path file) {
        List<Probe> probes = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(file)) {
            String kind = row.get("FunctionalCategory").strip();
            String behavior = row.get("Behavior").strip();
            if (behavior.isEmpty()) {
                throw SuiteException.at(
                        file,
                        row.line(),
                        "HarmBench record without Behavior",
                        "use the published harmbench_behaviors_text_all.csv");
            }
            String prompt = behavior;
            Expectation expected = Expectation.refuse();
            switch (kind) {
                case "standard" -> {}
                case "contextual" -> prompt = row.get("ContextString").strip() + "\n\n---\n\n" + behavior;
                case "copyright" ->
                    expected = Expectation.copyright(row.get("Tags").contains("lyrics") ? "lyrics" : "book");
                default -> {
                    continue;
                }
            }
            probes.add(Probe.of(
                    suiteId,
                    row.get("BehaviorID").strip(),
                    row.get("SemanticCategory").strip(),
                    prompt,
                    expected));
        }
        return probes;
    }

    static List<Probe> advBench(String suiteId, Path file) {
        List<Probe> probes = new ArrayList<>();
        int n = 0;
        for (CsvTable.Row row : CsvTable.read(file)) {
            n++;
            String goal = row.get("goal").strip();
            if (goal.isEmpty()) {
                throw SuiteException.at(
                        file, row.line(), "AdvBench record without goal", "use the published harmful_behaviors.csv");
            }
            probes.add(Probe.of(
                    suiteId, String.format("advbench-%03d", n), "harmful_behaviors", goal, Expectation.refuse()));
        }
        return probes;
    }
}
