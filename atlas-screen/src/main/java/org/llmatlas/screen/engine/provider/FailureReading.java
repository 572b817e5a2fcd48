package org.llmatlas.screen.engine.provider;

import java.time.Duration;
import java.util.Optional;
import org.llmatlas.screen.engine.ChatException.Kind;

/**
 * How a provider says what went wrong. Statuses and the {@code Retry-After} header cover most APIs; some say more in
 * the body (Gemini: a wrong key is a 400 with {@code API_KEY_INVALID}, the wait after a 429 is a {@code RetryInfo}
 * detail), so each provider can read its own.
 */
interface FailureReading {

    /** The kind of a failed answer. */
    Kind kind(int status, String body);

    /** How long to wait before retrying, when the body says so and no {@code Retry-After} header does. */
    Optional<Duration> retryAfter(String body);
}
