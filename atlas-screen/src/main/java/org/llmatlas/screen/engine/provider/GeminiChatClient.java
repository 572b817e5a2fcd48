package org.llmatlas.screen.engine.provider;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.engine.ChatException.Kind;

/**
 * Google's Gemini API ({@code gemini:[URL]}, key from {@code GOOGLE_API_KEY} or {@code GEMINI_API_KEY}) through
 * LangChain4j's {@link GoogleAiGeminiChatModel}: {@code generateContent} with the system prompt as
 * {@code systemInstruction} and temperature, topP, maxOutputTokens and seed in {@code generationConfig}.
 */
final class GeminiChatClient extends LangChainChatClient {

    private static final Pattern RETRY_DELAY = Pattern.compile("\"retryDelay\"\\s*:\\s*\"(\\d+(?:\\.\\d+)?)s\"");

    GeminiChatClient(UnaryOperator<String> environment) {
        super(
                "https://generativelanguage.googleapis.com/v1beta",
                List.of("GOOGLE_API_KEY", "GEMINI_API_KEY"),
                environment);
    }

    @Override
    ChatModel build(Candidate candidate, Connection connection) {
        return GoogleAiGeminiChatModel.builder()
                .httpClientBuilder(connection.http())
                .baseUrl(connection.baseUrl())
                .apiKey(connection.key())
                .modelName(candidate.model())
                .seed(seed(candidate))
                .timeout(connection.timeout())
                .maxRetries(0)
                .build();
    }

    /** Gemini answers a wrong key with 400 INVALID_ARGUMENT and reason API_KEY_INVALID, not with 401. */
    @Override
    public Kind kind(int status, String body) {
        return status == 400 && body.contains("API_KEY_INVALID") ? Kind.UNAUTHORIZED : super.kind(status, body);
    }

    /** After a 429 Gemini sends no {@code Retry-After} header but a {@code RetryInfo} detail: "retryDelay": "34s". */
    @Override
    public Optional<Duration> retryAfter(String body) {
        Matcher delay = RETRY_DELAY.matcher(body);
        return delay.find()
                ? Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(delay.group(1)) * 1000)))
                : Optional.empty();
    }
}
