package org.llmatlas.core.evidence;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of reading an evidence file: the evidence (absent when {@link EvidenceStatus#MALFORMED}), whether it can
 * be trusted, and a one-line reason for a human.
 */
public record VerifiedEvidence(Evidence evidence, EvidenceStatus status, String detail) {

    public VerifiedEvidence {
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
        if (evidence == null && status != EvidenceStatus.MALFORMED) {
            throw new IllegalArgumentException("only malformed evidence may lack content");
        }
    }

    public boolean isValid() {
        return status == EvidenceStatus.VALID;
    }

    public Optional<Evidence> content() {
        return Optional.ofNullable(evidence);
    }

    /**
     * Checks freshness of otherwise valid evidence: every named input must still hash to the recorded SHA-256, and
     * the evidence must not be older than {@code maxAge} (when given). Evidence that is already not valid is returned
     * unchanged, so integrity problems are never masked by staleness.
     *
     * @param currentInputs input name to the file as it is now
     * @param maxAge the largest allowed age, or {@code null} for no limit
     * @param now the reference time
     */
    public VerifiedEvidence checkFreshness(Map<String, Path> currentInputs, Duration maxAge, Instant now) {
        if (!isValid()) {
            return this;
        }
        for (Map.Entry<String, Path> input : currentInputs.entrySet()) {
            Optional<EvidenceInput> recorded = evidence.input(input.getKey());
            if (recorded.isEmpty()) {
                return stale("evidence records no input named '" + input.getKey() + "'");
            }
            Path file = input.getValue();
            if (!java.nio.file.Files.isRegularFile(file)) {
                return stale("input '" + input.getKey() + "' no longer exists");
            }
            String current = EvidenceInput.sha256(file);
            if (!current.equals(recorded.get().sha256())) {
                return stale("input '" + input.getKey() + "' changed since the measurement: sha256 "
                        + abbreviate(current) + " != recorded "
                        + abbreviate(recorded.get().sha256()));
            }
        }
        if (maxAge != null) {
            Duration age = Duration.between(evidence.createdAt(), now);
            if (age.compareTo(maxAge) > 0) {
                return stale("evidence is " + age.toDays() + " days old (created " + evidence.createdAt()
                        + "), the contract allows " + maxAge.toDays() + " days");
            }
            if (age.isNegative() && age.abs().compareTo(Duration.ofMinutes(5)) > 0) {
                return stale("evidence is dated in the future (" + evidence.createdAt() + ")");
            }
        }
        return this;
    }

    private VerifiedEvidence stale(String why) {
        return new VerifiedEvidence(evidence, EvidenceStatus.STALE, why);
    }

    private static String abbreviate(String sha256) {
        return sha256.substring(0, 12) + "…";
    }
}
