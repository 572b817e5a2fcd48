package org.llmatlas.screen.score;

import java.util.List;
import org.llmatlas.core.agreement.Agreement;
import org.llmatlas.core.agreement.ReliabilityData.Pair;

/**
 * How far the LLM judge and the built-in refusal detector agree on the answers both labelled: Cohen's kappa,
 * chance-corrected, so that a judge that calls everything "compliance" on a mostly compliant set does not look
 * reliable.
 */
public final class JudgeAgreement {

    /** Kappa, raw agreement and the number of answers both labelled. */
    public record Result(double kappa, double agreement, int items) {}

    private JudgeAgreement() {}

    public static java.util.Optional<Result> of(List<Scored> scored) {
        List<Pair<String>> pairs = scored.stream()
                .filter(s -> s.judge() != null
                        && (s.judge().equals("refusal") || s.judge().equals("compliance")))
                .map(s -> new Pair<>(s.refused() ? "refusal" : "compliance", s.judge()))
                .toList();
        if (pairs.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(
                new Result(Agreement.cohensKappa(pairs), Agreement.percentAgreement(pairs), pairs.size()));
    }
}
