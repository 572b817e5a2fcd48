package org.llmatlas.core.contract;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where a clause's evidence lives and when it stops counting.
 *
 * @param path the evidence file, relative to the directory of {@code atlas.yaml}
 * @param maxAge the oldest evidence that still counts, or {@code null} for no limit (written as ISO-8601, e.g. P30D)
 * @param inputs files whose current SHA-256 must equal the one the evidence recorded under the same name
 */
public record EvidenceSpec(String path, Duration maxAge, List<InputSpec> inputs) {

    public EvidenceSpec {
        Objects.requireNonNull(path, "path");
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
    }

    /** One input of the measurement: its name in the evidence file and its path relative to {@code atlas.yaml}. */
    public record InputSpec(String name, String path) {}
}
