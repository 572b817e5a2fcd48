package org.llmatlas.screen.engine.limit;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Everything one endpoint (base URL) allows: requests in flight, requests and tokens per minute, and a pause when
 * the endpoint answered 429 or 503 with {@code Retry-After}. All candidates served by the same base URL share one
 * gate, because the endpoint's limits are shared too.
 */
public final class EndpointGate {

    private final Semaphore inFlight;
    private final TokenBucket requests;
    private final TokenBucket tokens;
    private volatile boolean paused;
    private volatile long pausedUntil;

    /**
     * @param concurrency requests in flight
     * @param requestsPerMinute 0 for unlimited
     * @param tokensPerMinute 0 for unlimited
     */
    public EndpointGate(int concurrency, int requestsPerMinute, int tokensPerMinute) {
        this.inFlight = new Semaphore(concurrency, true);
        this.requests = requestsPerMinute > 0 ? TokenBucket.perMinute(requestsPerMinute) : null;
        this.tokens = tokensPerMinute > 0 ? TokenBucket.perMinute(tokensPerMinute) : null;
    }

    /** Waits for a slot; pair with {@link #release()}. */
    public void acquire() throws InterruptedException {
        inFlight.acquire();
    }

    public void release() {
        inFlight.release();
    }

    /** Waits until the endpoint may receive one more request of about {@code estimatedTokens} tokens. */
    public void awaitBudget(long estimatedTokens) throws InterruptedException {
        long wait = 0;
        if (requests != null) {
            wait = requests.reserve(1);
        }
        if (tokens != null) {
            wait = Math.max(wait, tokens.reserve(estimatedTokens));
        }
        if (paused) {
            wait = Math.max(wait, pausedUntil - System.nanoTime());
        }
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /** Settles the token budget once the endpoint reported the real usage. */
    public void settle(long estimatedTokens, long usedTokens) {
        if (tokens != null) {
            tokens.adjust(estimatedTokens - usedTokens);
        }
    }

    /** Holds every request to this endpoint back for {@code wait} (the server said Retry-After). */
    public void pauseFor(Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        synchronized (this) {
            if (!paused || until - pausedUntil > 0) {
                pausedUntil = until;
                paused = true;
            }
        }
    }
}
