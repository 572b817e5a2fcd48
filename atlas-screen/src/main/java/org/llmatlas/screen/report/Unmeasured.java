package org.llmatlas.screen.report;

/**
 * A measure that could not be taken for some of a candidate's items, with the reason, stated once instead of per
 * item so that the reader sees it, and so that the items are left out of the figure instead of counting as 0 (an
 * endpoint that returns no token probabilities has no MC2, not an MC2 of 0).
 *
 * @param items how many items of the metric were left out for this reason
 */
public record Unmeasured(String candidate, String metric, int items, String reason) {}
