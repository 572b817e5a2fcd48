package org.llmatlas.core.contract;

import java.util.Objects;
import java.util.Optional;
import org.llmatlas.core.evidence.VerifiedEvidence;

/**
 * The judgement of one clause.
 *
 * @param reason one line for a human, e.g. {@code measured 0.91 < required 0.95}
 * @param measured the value of the threshold's metric, when the evidence had one
 * @param evidence the evidence as read and verified (with freshness applied)
 */
public record ClauseResult(
        Clause clause, ClauseState state, String reason, Optional<Double> measured, VerifiedEvidence evidence) {

    public ClauseResult {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(evidence, "evidence");
    }

    public boolean isSatisfied() {
        return state == ClauseState.SATISFIED;
    }
}
