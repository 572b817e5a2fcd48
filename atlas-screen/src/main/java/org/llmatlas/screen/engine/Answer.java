package org.llmatlas.screen.engine;

import java.util.Objects;
import org.llmatlas.screen.suite.Probe;

/**
 * One candidate's answer to one probe: what scoring, statistics and reports consume.
 *
 * @param candidate the candidate's name
 * @param probe the probe as sent
 * @param result the answer, or the per-item error when the endpoint failed
 * @param cached {@code true} when the answer came from the response cache, not from a fresh request
 */
public record Answer(String candidate, Probe probe, ChatResult result, boolean cached) {

    public Answer {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(probe, "probe");
        Objects.requireNonNull(result, "result");
    }
}
