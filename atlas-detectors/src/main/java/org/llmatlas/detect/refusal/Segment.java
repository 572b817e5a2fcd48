package org.llmatlas.detect.refusal;

/**
 * One unit of a response: a prose sentence, a list item or a fenced code block. {@code normalized} is the
 * lower-cased text with typographic quotes and dashes folded, which is what cue patterns match against;
 * {@code text} is the original, quoted in verdict reasons.
 */
record Segment(int index, Kind kind, String text, String normalized, int words) {

    enum Kind {
        SENTENCE,
        LIST_ITEM,
        CODE
    }
}
