package org.llmatlas.screen.report;

import java.util.List;
import org.llmatlas.screen.score.JudgeAgreement;
import org.llmatlas.screen.stats.PairedComparison;

/**
 * What the analysis found; the reports render it. {@code agreement} is {@code null} without a judge; {@code
 * unmeasured} lists measures that some items could not provide (e.g. MC2 on an endpoint without logprobs).
 */
public record Findings(
        List<Metric> metrics,
        List<Unmeasured> unmeasured,
        List<PairedComparison> comparisons,
        List<FirstBreak> firstBreaks,
        JudgeAgreement.Result agreement) {

    public Findings {
        metrics = List.copyOf(metrics);
        unmeasured = List.copyOf(unmeasured);
        comparisons = List.copyOf(comparisons);
        firstBreaks = List.copyOf(firstBreaks);
    }

    /** Overall (not per-category) metrics of one candidate. */
    public List<Metric> overall(String candidate) {
        return metrics.stream()
                .filter(m -> m.candidate().equals(candidate) && m.overall())
                .toList();
    }
}
