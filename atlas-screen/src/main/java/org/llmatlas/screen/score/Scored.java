package org.llmatlas.screen.score;

import org.llmatlas.screen.engine.Answer;

/**
 * The verdict on one answer. {@code refused} is the refusal detector's flag (refusal or partial refusal) for every
 * answer, whatever the expectation, because over-refusal and attack success are computed from it; {@code choice}
 * is the parsed letter of a multiple-choice answer ({@code null} otherwise); {@code score} is the expectation's
 * graded value in [0, 1] (similarity margin, keyword coverage, detector confidence).
 */
public record Scored(
        Answer answer, Outcome outcome, boolean refused, double score, String choice, String detail, String judge) {

    public boolean passed() {
        return outcome == Outcome.PASS;
    }

    public boolean counted() {
        return outcome == Outcome.PASS || outcome == Outcome.FAIL;
    }

    public Scored withJudge(String verdict, Outcome newOutcome) {
        return new Scored(answer, newOutcome, refused, score, choice, detail, verdict);
    }
}
