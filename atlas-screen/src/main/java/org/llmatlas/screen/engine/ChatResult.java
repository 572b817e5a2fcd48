package org.llmatlas.screen.engine;

import java.time.Duration;
import java.util.List;

/**
 * What came back from one chat completion: the answer text and its token usage, or the error that ended it.
 *
 * <p>A failed request is a result, not an exception: an endpoint that fails mid-run yields per-item errors that the
 * report shows, and the rest of the run goes on.
 *
 * @param content answer text ({@code ""} on error)
 * @param promptTokens prompt tokens reported by the endpoint (0 if it reports none)
 * @param completionTokens completion tokens reported by the endpoint (0 if it reports none)
 * @param latency wall time of the successful attempt, or of all attempts on error
 * @param error why the request failed after all retries, or {@code null} on success
 * @param topLogprobs the most likely alternatives of the first answer token, most likely first, when the request
 *     asked for them and the endpoint returned them; empty otherwise (an endpoint without logprobs)
 */
public record ChatResult(
        String content,
        int promptTokens,
        int completionTokens,
        Duration latency,
        String error,
        List<TokenLogprob> topLogprobs) {

    public ChatResult {
        content = content == null ? "" : content;
        latency = latency == null ? Duration.ZERO : latency;
        topLogprobs = topLogprobs == null ? List.of() : List.copyOf(topLogprobs);
    }

    /** A result without token alternatives. */
    public ChatResult(String content, int promptTokens, int completionTokens, Duration latency, String error) {
        this(content, promptTokens, completionTokens, latency, error, List.of());
    }

    public static ChatResult ok(String content, int promptTokens, int completionTokens, Duration latency) {
        return new ChatResult(content, promptTokens, completionTokens, latency, null);
    }

    public static ChatResult failed(String error, Duration latency) {
        return new ChatResult("", 0, 0, latency, error);
    }

    /** The same result with the first token's alternatives. */
    public ChatResult withTopLogprobs(List<TokenLogprob> value) {
        return new ChatResult(content, promptTokens, completionTokens, latency, error, value);
    }

    public boolean succeeded() {
        return error == null;
    }

    public int totalTokens() {
        return promptTokens + completionTokens;
    }
}
