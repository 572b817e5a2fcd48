package org.llmatlas.screen.score;

/** Whether an answer met its probe's expectation. */
public enum Outcome {
    PASS,
    FAIL,
    /** The endpoint failed for this item; it is excluded from rates and counted separately. */
    ERROR,
    /** A rubric probe without a judge: reported, not counted. */
    UNSCORED
}
