package org.llmatlas.screen.engine.provider;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.engine.ChatClient;
import org.llmatlas.screen.engine.ChatException;
import org.llmatlas.screen.engine.ChatException.Kind;
import org.llmatlas.screen.engine.ChatMessage;
import org.llmatlas.screen.engine.ChatRequest;
import org.llmatlas.screen.engine.ChatResult;
import org.llmatlas.screen.engine.Sampling;
import org.llmatlas.screen.engine.openai.Secrets;

/**
 * What every LangChain4j-backed provider shares, so that a provider class only says how to build its model: the key
 * from the environment (read once per model, never logged), the conversation with the candidate's system prompt and
 * its temperature, top_p and answer length as one LangChain4j request, the answer and token usage back, and one
 * attempt per call through {@link LangChainHttpClient}, so that failures reach the engine as {@link ChatException}s
 * with the provider's message and {@code Retry-After}. Retries, rate limits and concurrency stay with the engine, as
 * for the OpenAI-compatible client.
 */
abstract class LangChainChatClient implements ChatClient, FailureReading {

    /**
     * Where and how a model is reached.
     *
     * @param baseUrl the URL after the provider prefix, or the provider's default
     * @param key the API key, or {@code null} for a provider that needs none (local Ollama)
     * @param timeout per call
     * @param http the HTTP client every model must use
     */
    record Connection(String baseUrl, String key, Duration timeout, LangChainHttpClient.Builder http) {}

    private record ModelKey(String baseUrl, String model, String keyVariable, Long seed, Duration timeout) {}

    private final String defaultBaseUrl;
    private final List<String> keyVariables;
    private final UnaryOperator<String> environment;
    private final Map<ModelKey, ChatModel> models = new ConcurrentHashMap<>();

    /**
     * @param defaultBaseUrl used when the candidate gives only the prefix ({@code gemini:})
     * @param keyVariables where the key is looked for when the candidate names no variable, first set wins; empty
     *     for providers that need no key
     * @param environment looks up environment variables (tests pass a map)
     */
    LangChainChatClient(String defaultBaseUrl, List<String> keyVariables, UnaryOperator<String> environment) {
        this.defaultBaseUrl = defaultBaseUrl;
        this.keyVariables = List.copyOf(keyVariables);
        this.environment = environment;
    }

    /** The provider's LangChain4j model for this candidate, with its retries off and {@code connection.http()}. */
    abstract ChatModel build(Candidate candidate, Connection connection);

    /** The kind of a failed answer; providers whose statuses say less than their bodies refine it. */
    @Override
    public Kind kind(int status, String body) {
        return Kind.forStatus(status);
    }

    /** No wait in the body by default: the {@code Retry-After} header says it. */
    @Override
    public Optional<Duration> retryAfter(String body) {
        return Optional.empty();
    }

    @Override
    public final ChatResult complete(ChatRequest request) {
        Candidate candidate = request.candidate();
        String variable = keyVariable(candidate);
        ChatModel model = models.computeIfAbsent(
                new ModelKey(
                        candidate.providerUrl(),
                        candidate.model(),
                        variable,
                        candidate.sampling().seed(),
                        request.timeout()),
                k -> build(candidate, connection(candidate, variable, request.timeout())));
        Sampling sampling = candidate.sampling();
        long start = System.nanoTime();
        try {
            ChatResponse response = model.chat(dev.langchain4j.model.chat.request.ChatRequest.builder()
                    .messages(messages(request.wireMessages()))
                    .temperature(sampling.temperature())
                    .topP(sampling.topP())
                    // 1 for a request of token alternatives: these APIs give none, so it costs one token and the
                    // item is reported as not measurable
                    .maxOutputTokens(request.maxTokens())
                    .build());
            TokenUsage usage = response.tokenUsage();
            return ChatResult.ok(
                    response.aiMessage().text(),
                    usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount(),
                    usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount(),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException e) {
            throw translate(e, candidate, variable);
        }
    }

    /** The candidate's seed for providers that take a 32-bit one; a larger seed is refused, not silently cut. */
    static Integer seed(Candidate candidate) {
        Long seed = candidate.sampling().seed();
        if (seed == null) {
            return null;
        }
        if (seed < Integer.MIN_VALUE || seed > Integer.MAX_VALUE) {
            throw new ChatException(
                    Kind.BAD_REQUEST,
                    0,
                    "candidate '" + candidate.name() + "': seed " + seed + " does not fit the 32-bit seed that "
                            + candidate.provider() + ": takes; use --seed below 2147483648",
                    null);
        }
        return seed.intValue();
    }

    private Connection connection(Candidate candidate, String variable, Duration timeout) {
        String key = variable == null ? null : environment.apply(variable);
        if (variable != null && (key == null || key.isBlank())) {
            String names = variable.equals(candidate.apiKeyEnv()) || keyVariables.size() == 1
                    ? variable
                    : keyVariables.getFirst() + " (or "
                            + String.join(", ", keyVariables.subList(1, keyVariables.size())) + ")";
            throw new ChatException(
                    Kind.UNAUTHORIZED,
                    0,
                    "candidate '" + candidate.name() + "': environment variable " + names + " is not set; export it"
                            + " with the API key, or name another variable with --api-key-env " + candidate.name()
                            + "=VAR",
                    null);
        }
        String secret = key == null ? null : key.trim();
        return new Connection(
                candidate.providerUrl().isEmpty() ? defaultBaseUrl : candidate.providerUrl(),
                secret,
                timeout,
                new LangChainHttpClient.Builder(secret, this));
    }

    /** The candidate's variable, else the first default that is set, else the first default (reported missing). */
    private String keyVariable(Candidate candidate) {
        if (candidate.apiKeyEnv() != null && !candidate.apiKeyEnv().isBlank()) {
            return candidate.apiKeyEnv();
        }
        return keyVariables.stream()
                .filter(v ->
                        environment.apply(v) != null && !environment.apply(v).isBlank())
                .findFirst()
                .orElse(keyVariables.isEmpty() ? null : keyVariables.getFirst());
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

    /**
     * The engine's exception for whatever the call threw: the HTTP client's own {@link ChatException} (told which
     * variable a rejected key came from), or what LangChain4j raised while reading the answer.
     */
    private ChatException translate(RuntimeException e, Candidate candidate, String variable) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ChatException chat) {
                return chat.kind() == Kind.UNAUTHORIZED && chat.status() != 0 && variable != null
                        ? new ChatException(
                                chat.kind(),
                                chat.status(),
                                chat.getMessage() + "; the key came from $" + variable,
                                chat.retryAfter().orElse(null))
                        : chat;
            }
        }
        String key = variable == null ? null : environment.apply(variable);
        return new ChatException(
                Kind.BAD_REQUEST,
                0,
                candidate.name() + " (" + candidate.baseUrl() + ", " + candidate.model() + "): request or answer"
                        + " not usable: "
                        + Secrets.redact(e.getClass().getSimpleName() + " " + e.getMessage(), key),
                null);
    }
}
