package org.llmatlas.detect.pii;

/**
 * One piece of personal data found in a text: its type ({@code email}, {@code phone}, {@code iban}, {@code
 * credit_card}, {@code ipv4}, {@code ipv6}) and its character span {@code [start, end)}. Data scanning and the
 * gateway use spans to redact; verdicts report types and spans but never the value itself, so that a detector's
 * output does not spread the personal data it found.
 */
public record PiiMatch(String type, int start, int end) {
    public PiiMatch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    boolean overlaps(PiiMatch other) {
        return start < other.end && other.start < end;
    }

    @Override
    public String toString() {
        return type + "[" + start + "," + end + ")";
    }
}
