package org.llmatlas.screen.engine.provider;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.engine.ChatClient;
import org.llmatlas.screen.engine.ChatException;
import org.llmatlas.screen.engine.ChatMessage;
import org.llmatlas.screen.engine.ChatRequest;
import org.llmatlas.screen.engine.ChatResult;

/**
 * Anthropic's Messages API through LangChain4j's {@link AnthropicChatModel}. One attempt per call (LangChain4j's own
 * retries are off): retries, rate limits and concurrency stay with the engine, as for every provider. The key is read
 * from the environment variable the candidate names, at request time, and never appears in an error.
 */
final class AnthropicChatClient implements ChatClient {

    static final String PREFIX = "anthropic:";
    private static final String DEFAULT_BASE_URL = "https://api.anthropic.com/v1/";

    private final Map<String, AnthropicChatModel> models = new ConcurrentHashMap<>();

    @Override
    public ChatResult complete(ChatRequest request) {
        Candidate candidate = request.candidate();
        // no logprobs in the Messages API: a request for token alternatives gets its one token and none of them
        int maxTokens = request.maxTokens() == null ? 512 : request.maxTokens();
        AnthropicChatModel model = models.computeIfAbsent(
                candidate.name() + "\u0000" + request.timeout() + "\u0000" + maxTokens,
                key -> build(candidate, request.timeout(), maxTokens));
        long start = System.nanoTime();
        try {
            ChatResponse response = model.chat(messages(request.wireMessages()));
            TokenUsage usage = response.tokenUsage();
            return new ChatResult(
                    response.aiMessage().text(),
                    usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount(),
                    usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount(),
                    Duration.ofNanos(System.nanoTime() - start),
                    null);
        } catch (RuntimeException e) {
            throw translate(e, candidate);
        }
    }

    private static AnthropicChatModel build(Candidate candidate, Duration timeout, int maxTokens) {
        String url = candidate.baseUrl().substring(PREFIX.length());
        String key = System.getenv(keyVariable(candidate));
        return AnthropicChatModel.builder()
                .baseUrl(url.isBlank() ? DEFAULT_BASE_URL : url.endsWith("/") ? url : url + "/")
                .apiKey(key == null ? "" : key)
                .modelName(candidate.model())
                .temperature(candidate.sampling().temperature())
                .topP(candidate.sampling().topP())
                .maxTokens(maxTokens)
                .timeout(timeout)
                .maxRetries(0)
                .build();
    }

    private static List<dev.langchain4j.data.message.ChatMessage> messages(List<ChatMessage> wire) {
        return wire.stream()
                .map(m -> switch (m.role()) {
                    case "system" -> (dev.langchain4j.data.message.ChatMessage) SystemMessage.from(m.content());
                    case "assistant" -> AiMessage.from(m.content());
                    default -> UserMessage.from(m.content());
                })
                .toList();
    }

    /** LangChain4j's exceptions as the engine's kinds, so that 429s wait and 401s stop, as with OpenAI. */
    private static ChatException translate(RuntimeException e, Candidate candidate) {
        String where = candidate.name() + " (" + candidate.baseUrl() + ", " + candidate.model() + ")";
        if (e instanceof RateLimitException) {
            return new ChatException(ChatException.Kind.RATE_LIMITED, 429, where + ": rate limited", null);
        }
        if (e instanceof AuthenticationException) {
            return new ChatException(
                    ChatException.Kind.UNAUTHORIZED,
                    401,
                    where + ": the key was rejected; check the variable " + keyVariable(candidate),
                    null);
        }
        if (e instanceof ModelNotFoundException) {
            return new ChatException(ChatException.Kind.NOT_FOUND, 404, where + ": unknown model", null);
        }
        if (e instanceof TimeoutException || e.getCause() instanceof java.net.http.HttpTimeoutException) {
            return new ChatException(ChatException.Kind.TIMEOUT, 0, where + ": timed out", null);
        }
        if (e instanceof HttpException http) {
            int status = http.statusCode();
            ChatException.Kind kind = status == 429 || status == 503 || status == 529
                    ? ChatException.Kind.RATE_LIMITED
                    : status >= 500 ? ChatException.Kind.SERVER_ERROR : ChatException.Kind.BAD_REQUEST;
            return new ChatException(kind, status, where + ": HTTP " + status, null);
        }
        return new ChatException(
                ChatException.Kind.UNREACHABLE, 0, where + ": " + e.getClass().getSimpleName(), null);
    }

    private static String keyVariable(Candidate candidate) {
        return candidate.apiKeyEnv() == null ? "ANTHROPIC_API_KEY" : candidate.apiKeyEnv();
    }
}
