package org.llmatlas.detect;

import java.util.Objects;

/**
 * One piece of text to judge: a model response, optionally with the prompt that produced it. Detectors that
 * look at inputs (prompt injection, PII in data) read {@link #text()} and so work the same whether they are given
 * a prompt-only record, a response-only record, or both.
 *
 * @param id caller's identifier, echoed into the {@link Verdict}; never null (may be empty)
 * @param prompt the prompt, or {@code null} when unknown
 * @param response the response (or, for data scanning, the record's text); never null
 */
public record Sample(String id, String prompt, String response) {
    public Sample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(response, "response");
    }

    /** A sample without prompt. */
    public static Sample of(String id, String response) {
        return new Sample(id, null, response);
    }

    /** Whether a prompt was given (non-null, non-blank). */
    public boolean hasPrompt() {
        return prompt != null && !prompt.isBlank();
    }
}
