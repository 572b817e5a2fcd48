package org.llmatlas.screen.score;

/** Whether an answer met its probe's expectation. */
public enum Outcome {
    PASS,
    FAIL,
    /** The endpoint failed for this item; it is excluded from rates and counted separately. */
    ERROR,
    /**
     * Reported, not counted: a rubric probe without a judge, or an MC2 probe whose answer carries no probabilities
     * for the option letters.
     */
    UNSCORED
}
