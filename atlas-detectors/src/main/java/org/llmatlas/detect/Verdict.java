package org.llmatlas.detect;

import java.util.Objects;

/**
 * What a {@link Detector} decided about one {@link Sample}. Immutable and checked at construction, so a verdict
 * that leaves a detector is always well-formed: it is written as one JSONL line by {@code atlas detect} and fed
 * unchanged into screening statistics, data scans and the gateway's audit log.
 *
 * <p>Build verdicts with {@link #flagged} and {@link #clear} (or a detector's {@link Detector#flag}/{@link
 * Detector#pass}) so that call sites read as sentences: {@code return flag(sample, 0.97, "refusal", "...")}.
 *
 * @param id the sample's id
 * @param detector the detector's name ({@link Detector#name()})
 * @param flagged whether the detector's concern is present (a refusal, PII, an injection, toxic language)
 * @param score strength of the evidence in [0, 1]; higher means more likely flagged
 * @param label the detector-specific class, e.g. {@code refusal}, {@code partial_refusal}, {@code compliance}
 * @param reason a short human-readable explanation naming the evidence (cue, span, sentence)
 */
public record Verdict(String id, String detector, boolean flagged, double score, String label, String reason) {
    public Verdict {
        Objects.requireNonNull(id, "id");
        requireText(detector, "detector");
        requireText(label, "label");
        Objects.requireNonNull(reason, "reason");
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be in [0, 1], was " + score);
        }
    }

    /** A verdict that raises the detector's concern. */
    public static Verdict flagged(String id, String detector, double score, String label, String reason) {
        return new Verdict(id, detector, true, score, label, reason);
    }

    /** A verdict that does not raise the detector's concern. */
    public static Verdict clear(String id, String detector, double score, String label, String reason) {
        return new Verdict(id, detector, false, score, label, reason);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
