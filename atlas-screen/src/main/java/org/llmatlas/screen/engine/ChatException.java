package org.llmatlas.screen.engine;

import java.time.Duration;
import java.util.Optional;

/**
 * One failed attempt at a chat completion, classified so that the engine knows whether to try again and when.
 *
 * <p>The message never contains the API key: clients redact it before they build one of these.
 */
public final class ChatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of failure; decides retry and the message shown to the user. */
    public enum Kind {
        /** 429, 503 or 529: slow down, honour Retry-After. */
        RATE_LIMITED(true),
        /** Other 5xx: the endpoint broke, try again. */
        SERVER_ERROR(true),
        /** No answer in time. */
        TIMEOUT(true),
        /** Connection refused, reset or DNS failure. */
        UNREACHABLE(true),
        /** 401/403: the key is missing or wrong; retrying will not help. */
        UNAUTHORIZED(false),
        /** 404: wrong base URL or unknown model. */
        NOT_FOUND(false),
        /** Other 4xx or an answer that is not a chat completion. */
        BAD_REQUEST(false);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }

        /**
         * The kind of a failed HTTP answer, the same for every client: 401/403 stop, 429/503 (and Anthropic's 529
         * "overloaded") wait, other 5xx retry.
         */
        public static Kind forStatus(int status) {
            return switch (status) {
                case 401, 403 -> UNAUTHORIZED;
                case 404 -> NOT_FOUND;
                case 408 -> TIMEOUT;
                case 429, 503, 529 -> RATE_LIMITED;
                default -> status >= 500 ? SERVER_ERROR : BAD_REQUEST;
            };
        }
    }

    private final Kind kind;
    private final int status;
    private final transient Duration retryAfter;

    public ChatException(Kind kind, int status, String message, Duration retryAfter) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    /** HTTP status, or 0 when there was no response. */
    public int status() {
        return status;
    }

    /** The server's {@code Retry-After}, when it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * Why a connection failed, in words: the JDK's HTTP client throws a {@link java.net.ConnectException} without a
     * message when nothing listens on the port, which would otherwise print as "null".
     */
    public static String reason(Throwable cause) {
        if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
            return cause.getMessage();
        }
        return cause instanceof java.net.ConnectException
                ? "connection refused (nothing listens there)"
                : cause.getClass().getSimpleName();
    }
}
