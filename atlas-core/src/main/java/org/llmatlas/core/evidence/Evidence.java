package org.llmatlas.core.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one instrument run measured. Contracts judge clauses by these values, so the record insists on what a reader
 * needs to trust them: the instrument and its version, the time, the inputs (by SHA-256) and finite measurements.
 *
 * @param instrument the instrument ID as in the catalog, e.g. {@code screen} or {@code detect.refusal}
 * @param instrumentVersion version of the tool that produced the evidence (e.g. the atlas version)
 * @param createdAt when the measurement was taken
 * @param subject what was measured, e.g. the candidate model {@code openai/gpt-4o-mini}
 * @param inputs the files the measurement depends on, with their SHA-256 at measurement time
 * @param measurements dotted keys to values, e.g. {@code xstest.unsafe.refusal_rate -> 0.97}
 * @param attributes free-form context (suite version, sample size, ...); never used for judging
 */
public record Evidence(
        String instrument,
        String instrumentVersion,
        Instant createdAt,
        String subject,
        List<EvidenceInput> inputs,
        Map<String, Double> measurements,
        Map<String, String> attributes) {

    public Evidence {
        requireText(instrument, "instrument");
        requireText(instrumentVersion, "instrumentVersion");
        Objects.requireNonNull(createdAt, "createdAt");
        subject = subject == null ? "" : subject;
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        measurements = measurements == null ? Map.of() : sortedCopy(measurements);
        attributes = attributes == null ? Map.of() : sortedCopy(attributes);
        measurements.forEach((key, value) -> {
            requireText(key, "measurement key");
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("measurement " + key + " must be a finite number, was " + value);
            }
        });
    }

    /** The measured value for a key, if the instrument recorded it. */
    public java.util.Optional<Double> measurement(String key) {
        return java.util.Optional.ofNullable(measurements.get(key));
    }

    /** The recorded input with this name, if any. */
    public java.util.Optional<EvidenceInput> input(String name) {
        return inputs.stream().filter(input -> input.name().equals(name)).findFirst();
    }

    private static <V> Map<String, V> sortedCopy(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(map));
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
