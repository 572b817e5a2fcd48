package org.llmatlas.web.coding;

import java.time.Instant;
import java.util.List;

/**
 * The coded fields as the coding form and the reconciliation form post them. Both forms carry the same fields, so
 * one binding turns either into a {@link Coding}; a blank field means "not coded", never an empty string.
 */
record CodingForm(String phase, String problem, String remedy, List<String> objectives, String quote, String page) {

    /** A human coding by {@code coder}, stamped now. */
    Coding by(String coder) {
        return new Coding(
                coder,
                blankToNull(phase),
                blankToNull(problem),
                blankToNull(remedy),
                Coding.objectivesOf(objectives),
                blankToNull(quote),
                blankToNull(page),
                false,
                Instant.now());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
