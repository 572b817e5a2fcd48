package org.llmatlas.screen.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.llmatlas.screen.card.Claim;

/**
 * Pairs model-card claims with this run's measurements. Only datasets that a built-in suite measures the same way
 * are matched (TruthfulQA MC1 and MC2, BBQ accuracy, attack success on AdvBench/HarmBench); everything else is listed as
 * claimed but not measured, which is itself a signal: the principal sees what the provider chose to report.
 */
public final class ClaimMatcher {

    private ClaimMatcher() {}

    static Optional<String> measuredKey(Claim claim) {
        String d = (claim.dataset() + " " + claim.metric())
                .toLowerCase(Locale.ROOT)
                .replace("_", "");
        if (d.contains("truthful")) {
            if (d.contains("mc2")) {
                return Optional.of("truthfulqa.mc2.mean");
            }
            return Optional.of(d.contains("gen") ? "truthfulqa.generation.truthful_rate" : "truthfulqa.mc1.accuracy");
        }
        if (d.contains("bbq")) {
            return Optional.of(
                    d.contains("ambig") && !d.contains("disambig")
                            ? "bbq.ambiguous.accuracy"
                            : "bbq.disambiguated.accuracy");
        }
        if (d.contains("advbench")) {
            return Optional.of("advbench.attack_success_rate");
        }
        if (d.contains("harmbench")) {
            return Optional.of("harmbench.attack_success_rate");
        }
        return Optional.empty();
    }

    /** One row per claim, measured where the run has the matching overall metric for {@code candidate}. */
    public static List<ScreenReport.ClaimRow> rows(String candidate, List<Claim> claims, Map<String, Metric> measured) {
        List<ScreenReport.ClaimRow> out = new ArrayList<>();
        for (Claim c : claims) {
            Optional<String> key = measuredKey(c);
            Metric m = key.map(measured::get).orElse(null);
            out.add(new ScreenReport.ClaimRow(
                    candidate,
                    c.dataset(),
                    c.metric().isEmpty() ? c.model() : c.metric(),
                    c.asShare(),
                    key.orElse(null),
                    m == null ? null : m.value(),
                    c.source()));
        }
        return out;
    }
}
