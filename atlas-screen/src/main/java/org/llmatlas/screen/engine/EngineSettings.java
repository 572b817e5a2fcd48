package org.llmatlas.screen.engine;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How politely and how repeatably a screening run talks to its endpoints. Part of the recorded run configuration.
 *
 * @param concurrency requests in flight per endpoint (base URL), at least 1
 * @param requestsPerMinute request budget per endpoint, 0 for unlimited
 * @param tokensPerMinute token budget per endpoint (prompt + completion), 0 for unlimited
 * @param timeout per attempt, from sending the request to the last byte of the answer
 * @param retries further attempts after a failed one (429, 503, other 5xx, timeouts, connection errors)
 * @param samples answers per probe and candidate (more than 1 for sampled generations)
 * @param cacheDir response cache folder, or {@code null} for no cache
 * @param outDir run folder holding the resume journal, or {@code null} for a run that cannot resume
 */
public record EngineSettings(
        int concurrency,
        int requestsPerMinute,
        int tokensPerMinute,
        Duration timeout,
        int retries,
        int samples,
        Path cacheDir,
        Path outDir) {

    public static final EngineSettings DEFAULTS = new EngineSettings(8, 0, 0, Duration.ofSeconds(60), 4, 1, null, null);

    public EngineSettings {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        if (requestsPerMinute < 0 || tokensPerMinute < 0) {
            throw new IllegalArgumentException("rate limits must be 0 (off) or positive");
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative, was " + retries);
        }
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1, was " + samples);
        }
        timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    public EngineSettings withConcurrency(int value) {
        return new EngineSettings(
                value, requestsPerMinute, tokensPerMinute, timeout, retries, samples, cacheDir, outDir);
    }

    public EngineSettings withRateLimits(int rpm, int tpm) {
        return new EngineSettings(concurrency, rpm, tpm, timeout, retries, samples, cacheDir, outDir);
    }

    public EngineSettings withTimeout(Duration value) {
        return new EngineSettings(
                concurrency, requestsPerMinute, tokensPerMinute, value, retries, samples, cacheDir, outDir);
    }

    public EngineSettings withRetries(int value) {
        return new EngineSettings(
                concurrency, requestsPerMinute, tokensPerMinute, timeout, value, samples, cacheDir, outDir);
    }

    public EngineSettings withSamples(int value) {
        return new EngineSettings(
                concurrency, requestsPerMinute, tokensPerMinute, timeout, retries, value, cacheDir, outDir);
    }

    public EngineSettings withCacheDir(Path value) {
        return new EngineSettings(
                concurrency, requestsPerMinute, tokensPerMinute, timeout, retries, samples, value, outDir);
    }

    public EngineSettings withOutDir(Path value) {
        return new EngineSettings(
                concurrency, requestsPerMinute, tokensPerMinute, timeout, retries, samples, cacheDir, value);
    }
}
