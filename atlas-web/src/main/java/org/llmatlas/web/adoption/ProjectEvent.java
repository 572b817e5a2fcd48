package org.llmatlas.web.adoption;

import java.time.Instant;

/** One row of a project's history: what happened, and the cell counts of the dashboard right after it. */
public record ProjectEvent(
        Instant happenedAt, String actor, String summary, int covered, int failing, int open, int notApplicable) {}
