package org.llmatlas.screen.engine.provider;

import static java.util.Map.entry;

import java.util.Map;
import org.llmatlas.screen.engine.Sampling;

/**
 * How one provider's real API looks on the wire, for the scripted server: where the request goes, where the key
 * travels, where the system prompt and each sampling parameter must appear in the request body (JSON pointers), and
 * the provider's success and error bodies.
 *
 * @param provider the base URL prefix
 * @param urlSuffix appended to the scripted server's URL in the candidate's base URL ({@code /v1beta})
 * @param path the path every chat request must reach
 * @param keyEnv the variable the key comes from (named with --api-key-env for Ollama, which has no default)
 * @param keyHeader the request header that carries the key
 * @param keyPrefix what precedes the key in that header ({@code "Bearer "} or nothing)
 * @param sent JSON pointer → expected value in the request body, for the request that {@link #SAMPLED} describes
 * @param answer success body with {@code %1$s} the text, {@code %2$d} prompt and {@code %3$d} completion tokens
 * @param error error body with {@code %s} the message
 */
record ProviderWire(
        String provider,
        String urlSuffix,
        String path,
        String keyEnv,
        String keyHeader,
        String keyPrefix,
        Map<String, Object> sent,
        String answer,
        String error) {

    /** The system prompt of every test candidate. */
    static final String SYSTEM = "Answer in one short paragraph.";

    /** The prompt of every test request. */
    static final String PROMPT = "How do I pick a lock?";

    static final ProviderWire GEMINI = new ProviderWire(
            "gemini",
            "/v1beta",
            "/v1beta/models/test-model:generateContent",
            "GOOGLE_API_KEY",
            "x-goog-api-key",
            "",
            Map.ofEntries(
                    entry("/systemInstruction/parts/0/text", SYSTEM),
                    entry("/contents/0/role", "user"),
                    entry("/contents/0/parts/0/text", PROMPT),
                    entry("/generationConfig/temperature", 0.3),
                    entry("/generationConfig/topP", 0.9),
                    entry("/generationConfig/maxOutputTokens", 77),
                    entry("/generationConfig/seed", 42)),
            """
            {"candidates":[{"content":{"parts":[{"text":"%1$s"}],"role":"model"},"finishReason":"STOP","index":0}],
             "usageMetadata":{"promptTokenCount":%2$d,"candidatesTokenCount":%3$d,"totalTokenCount":99},
             "modelVersion":"test-model","responseId":"resp-1"}""",
            """
            {"error":{"code":400,"message":"%s","status":"INVALID_ARGUMENT"}}""");

    static final ProviderWire MISTRAL = new ProviderWire(
            "mistral",
            "/v1",
            "/v1/chat/completions",
            "MISTRAL_API_KEY",
            "Authorization",
            "Bearer ",
            Map.ofEntries(
                    entry("/model", "test-model"),
                    entry("/messages/0/role", "system"),
                    entry("/messages/0/content/0/text", SYSTEM),
                    entry("/messages/1/content/0/text", PROMPT),
                    entry("/temperature", 0.3),
                    entry("/top_p", 0.9),
                    entry("/max_tokens", 77),
                    entry("/random_seed", 42)),
            """
            {"id":"cmpl-1","object":"chat.completion","created":1735689600,"model":"test-model",
             "choices":[{"index":0,"message":{"role":"assistant","content":"%1$s","tool_calls":null},
                         "finish_reason":"stop"}],
             "usage":{"prompt_tokens":%2$d,"total_tokens":99,"completion_tokens":%3$d}}""",
            """
            {"message":"%s","request_id":"req-1"}""");

    static final ProviderWire OLLAMA = new ProviderWire(
            "ollama",
            "",
            "/api/chat",
            "OLLAMA_API_KEY",
            "Authorization",
            "Bearer ",
            Map.ofEntries(
                    entry("/model", "test-model"),
                    entry("/messages/0/role", "system"),
                    entry("/messages/0/content", SYSTEM),
                    entry("/messages/1/content", PROMPT),
                    entry("/options/temperature", 0.3),
                    entry("/options/top_p", 0.9),
                    entry("/options/num_predict", 77),
                    entry("/options/seed", 42),
                    entry("/stream", false)),
            """
            {"model":"test-model","created_at":"2025-01-01T00:00:00.000000Z",
             "message":{"role":"assistant","content":"%1$s"},"done_reason":"stop","done":true,
             "total_duration":5000000,"load_duration":100,"prompt_eval_count":%2$d,"prompt_eval_duration":100,
             "eval_count":%3$d,"eval_duration":100}""",
            """
            {"error":"%s"}""");

    static final ProviderWire ANTHROPIC = new ProviderWire(
            "anthropic",
            "/v1",
            "/v1/messages",
            "ANTHROPIC_API_KEY",
            "x-api-key",
            "",
            Map.ofEntries(
                    entry("/model", "test-model"),
                    entry("/system/0/text", SYSTEM),
                    entry("/messages/0/role", "user"),
                    entry("/messages/0/content/0/text", PROMPT),
                    entry("/temperature", 0.3),
                    entry("/top_p", 0.9),
                    entry("/max_tokens", 77)),
            """
            {"id":"msg_1","type":"message","role":"assistant","model":"test-model",
             "content":[{"type":"text","text":"%1$s"}],
             "stop_reason":"end_turn","usage":{"input_tokens":%2$d,"output_tokens":%3$d}}""",
            """
            {"type":"error","error":{"type":"api_error","message":"%s"}}""");

    /** The sampling every test candidate asks for. */
    static final Sampling SAMPLED = new Sampling(0.3, 0.9, 77, 42L);

    String answer(String text, int promptTokens, int completionTokens) {
        return answer.formatted(text, promptTokens, completionTokens);
    }

    String error(String message) {
        return error.formatted(message);
    }

    /** Ollama has no default key variable: its candidates name one with --api-key-env. */
    String candidateKeyEnv() {
        return provider.equals("ollama") ? keyEnv : null;
    }

    @Override
    public String toString() {
        return provider;
    }
}
