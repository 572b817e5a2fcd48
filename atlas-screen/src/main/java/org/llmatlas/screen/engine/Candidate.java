package org.llmatlas.screen.engine;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model the principal considers adopting: where it is served, how it is sampled and what it is told first.
 *
 * <p>The API key is never held here, only the name of the environment variable that holds it, so that a candidate
 * can be logged, written into reports and hashed into cache keys without leaking a secret.
 *
 * @param name short label used in reports ({@code gpt-a}, {@code local-llama})
 * @param baseUrl OpenAI-compatible base URL up to and including {@code /v1}, or a provider prefix with an optional URL
 *     ({@code gemini:}, {@code ollama:http://gpu-box:11434}) for providers with their own API
 * @param model model name sent in each request
 * @param apiKeyEnv environment variable with the API key, or {@code null}: no key for a plain URL (local Ollama),
 *     the provider's usual variable for a prefixed one ({@code GOOGLE_API_KEY} for {@code gemini:})
 * @param sampling sampling parameters
 * @param systemPrompt system message prepended to every conversation, or {@code null}
 * @param stream whether to request server-sent events (same answers; measures time to first token)
 * @param pricing price per 1k tokens for the running cost
 */
public record Candidate(
        String name,
        String baseUrl,
        String model,
        String apiKeyEnv,
        Sampling sampling,
        String systemPrompt,
        boolean stream,
        Pricing pricing) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern PROVIDER = Pattern.compile("([a-z][a-z0-9-]*):(.*)");

    public Candidate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("candidate name '" + name
                    + "' must be 1-64 letters, digits, '.', '_' or '-' and start with a letter or digit");
        }
        if (!isHttp(baseUrl)) {
            Matcher prefixed = PROVIDER.matcher(baseUrl);
            if (!prefixed.matches() || !(prefixed.group(2).isEmpty() || isHttp(prefixed.group(2)))) {
                throw new IllegalArgumentException("candidate '" + name + "': base URL must start with http:// or"
                        + " https://, or with a provider prefix and an optional URL (gemini:, ollama:http://host:11434;"
                        + " see atlas screen --help), was '" + baseUrl + "'");
            }
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        sampling = sampling == null ? Sampling.DETERMINISTIC : sampling;
        pricing = pricing == null ? Pricing.UNKNOWN : pricing;
    }

    /** The six-part form of the shared API: non-streaming, no price. */
    public Candidate(
            String name, String baseUrl, String model, String apiKeyEnv, Sampling sampling, String systemPrompt) {
        this(name, baseUrl, model, apiKeyEnv, sampling, systemPrompt, false, Pricing.UNKNOWN);
    }

    /** The provider prefix of the base URL ({@code gemini} of {@code gemini:}), or {@code ""} for an OpenAI-compatible URL. */
    public String provider() {
        return isHttp(baseUrl) ? "" : baseUrl.substring(0, baseUrl.indexOf(':'));
    }

    /** The base URL without its provider prefix; {@code ""} when the provider's default URL applies. */
    public String providerUrl() {
        return isHttp(baseUrl) ? baseUrl : baseUrl.substring(baseUrl.indexOf(':') + 1);
    }

    private static boolean isHttp(String url) {
        return url.startsWith("http://") || url.startsWith("https://");
    }

    public Candidate withSampling(Sampling value) {
        return new Candidate(name, baseUrl, model, apiKeyEnv, value, systemPrompt, stream, pricing);
    }

    public Candidate withSystemPrompt(String value) {
        return new Candidate(name, baseUrl, model, apiKeyEnv, sampling, value, stream, pricing);
    }

    public Candidate withApiKeyEnv(String value) {
        return new Candidate(name, baseUrl, model, value, sampling, systemPrompt, stream, pricing);
    }

    public Candidate withStream(boolean value) {
        return new Candidate(name, baseUrl, model, apiKeyEnv, sampling, systemPrompt, value, pricing);
    }

    public Candidate withPricing(Pricing value) {
        return new Candidate(name, baseUrl, model, apiKeyEnv, sampling, systemPrompt, stream, value);
    }
}
