package org.llmatlas.screen.engine.openai;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.engine.ChatClient;
import org.llmatlas.screen.engine.ChatException;
import org.llmatlas.screen.engine.ChatException.Kind;
import org.llmatlas.screen.engine.ChatMessage;
import org.llmatlas.screen.engine.ChatRequest;
import org.llmatlas.screen.engine.ChatResult;
import org.llmatlas.screen.engine.Sampling;
import org.llmatlas.screen.engine.TokenLogprob;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link ChatClient} for OpenAI-compatible chat completions, plain or streamed as server-sent events. A request for
 * token alternatives ({@link ChatRequest#topLogprobs()}) sends {@code logprobs: true}, {@code top_logprobs} and
 * {@code max_tokens: 1}, and reads the first token's alternatives from the answer or from the first chunk that has
 * them; an endpoint that ignores the parameters yields a result without them, not an error.
 *
 * <p>Azure OpenAI's v1 data plane is the same protocol with another header: a candidate whose base URL is
 * {@code azure:https://RESOURCE.openai.azure.com/openai/v1} sends its key (default variable
 * {@value #AZURE_KEY_ENV}) as {@code api-key} instead of a bearer token, and names its deployment as the model.
 *
 * <p>One attempt per call: failures become a {@link ChatException} of the right {@link Kind}, with the server's
 * {@code Retry-After} attached, and the engine decides about retries. The key is read from the environment variable
 * that the candidate names, at request time, and never appears in a message.
 */
public final class OpenAiChatClient implements ChatClient, AutoCloseable {

    /** The provider prefix of Azure OpenAI candidates. */
    public static final String AZURE = "azure";

    static final String AZURE_KEY_ENV = "AZURE_OPENAI_API_KEY";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final UnaryOperator<String> environment;
    private final Clock clock;
    private final ScheduledExecutorService watchdog;

    /** A client that reads keys from the process environment. */
    public OpenAiChatClient() {
        this(System::getenv, Clock.systemUTC());
    }

    /**
     * @param environment looks up environment variables (tests pass a map)
     * @param clock for HTTP-date {@code Retry-After}
     */
    public OpenAiChatClient(UnaryOperator<String> environment, Clock clock) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                // completions run on virtual threads: no pool of platform workers to hand results through
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        this.environment = environment;
        this.clock = clock;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "openai-stream-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public ChatResult complete(ChatRequest request) {
        Candidate candidate = request.candidate();
        boolean azure = AZURE.equals(candidate.provider());
        String key = apiKey(candidate, azure ? AZURE_KEY_ENV : null);
        URI uri = URI.create(endpoint(candidate, azure) + "/chat/completions");
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(request.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", candidate.stream() ? "text/event-stream" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(request)));
        if ("http".equals(uri.getScheme())) {
            builder.version(HttpClient.Version.HTTP_1_1); // no h2c upgrade dance on plain-text endpoints
        }
        if (key != null) {
            builder.header(azure ? "api-key" : "Authorization", azure ? key : "Bearer " + key);
        }
        long start = System.nanoTime();
        try {
            return candidate.stream()
                    ? streamed(builder.build(), request.timeout(), key, start)
                    : plain(builder.build(), request.timeout(), key, start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChatException(Kind.TIMEOUT, 0, "interrupted", null);
        }
    }

    private static String endpoint(Candidate candidate, boolean azure) {
        if (!azure && !candidate.provider().isEmpty()) {
            throw new ChatException(
                    Kind.BAD_REQUEST,
                    0,
                    "candidate '" + candidate.name() + "': '" + candidate.provider()
                            + ":' is no OpenAI-compatible endpoint; send it through ProviderChatClient",
                    null);
        }
        if (candidate.providerUrl().isEmpty()) {
            throw new ChatException(
                    Kind.BAD_REQUEST,
                    0,
                    "candidate '" + candidate.name() + "': azure: needs the resource's URL, e.g. "
                            + "azure:https://RESOURCE.openai.azure.com/openai/v1",
                    null);
        }
        return candidate.providerUrl();
    }

    private String apiKey(Candidate candidate, String defaultVariable) {
        String variable = candidate.apiKeyEnv() == null || candidate.apiKeyEnv().isBlank()
                ? defaultVariable
                : candidate.apiKeyEnv();
        if (variable == null) {
            return null;
        }
        String key = environment.apply(variable);
        if (key == null || key.isBlank()) {
            throw new ChatException(
                    Kind.UNAUTHORIZED,
                    0,
                    "candidate '" + candidate.name() + "': environment variable " + variable
                            + " is not set; export it with the API key"
                            + (defaultVariable == null
                                    ? ", or drop --api-key-env for endpoints without auth"
                                    : ", or name another variable with --api-key-env " + candidate.name() + "=VAR"),
                    null);
        }
        return key.trim();
    }

    private ChatResult plain(HttpRequest request, Duration timeout, String key, long start)
            throws InterruptedException {
        HttpResponse<byte[]> response =
                await(http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()), timeout, request, key);
        if (response.statusCode() / 100 != 2) {
            throw failure(request, response, new String(response.body(), StandardCharsets.UTF_8), key);
        }
        JsonNode root = parse(response.body(), request, key);
        JsonNode message = root.path("choices").path(0).path("message");
        String content = text(message.path("content"));
        if (content.isEmpty()) {
            content = text(message.path("refusal"));
        }
        if (!root.path("choices").isArray()) {
            throw new ChatException(
                    Kind.BAD_REQUEST, response.statusCode(), request.uri() + " answered without 'choices'", null);
        }
        JsonNode usage = root.path("usage");
        return ChatResult.ok(
                        content,
                        usage.path("prompt_tokens").asInt(0),
                        usage.path("completion_tokens").asInt(0),
                        Duration.ofNanos(System.nanoTime() - start))
                .withTopLogprobs(topLogprobs(root.path("choices").path(0)));
    }

    /**
     * The alternatives of the first generated token: {@code choices[0].logprobs.content[0].top_logprobs}, the same
     * place in a plain answer and in a streamed chunk. Empty when the endpoint sent none.
     */
    private static List<TokenLogprob> topLogprobs(JsonNode choice) {
        List<TokenLogprob> out = new ArrayList<>();
        for (JsonNode alternative :
                choice.path("logprobs").path("content").path(0).path("top_logprobs")) {
            JsonNode logprob = alternative.path("logprob");
            if (alternative.path("token").isString() && logprob.isNumber()) {
                out.add(new TokenLogprob(alternative.path("token").stringValue(), logprob.asDouble()));
            }
        }
        return out;
    }

    private ChatResult streamed(HttpRequest request, Duration timeout, String key, long start)
            throws InterruptedException {
        HttpResponse<InputStream> response =
                await(http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()), timeout, request, key);
        long remaining = timeout.toNanos() - (System.nanoTime() - start);
        try (InputStream in = response.body()) {
            ScheduledFuture<?> deadline =
                    watchdog.schedule(() -> closeQuietly(in), Math.max(1, remaining), TimeUnit.NANOSECONDS);
            try {
                if (response.statusCode() / 100 != 2) {
                    throw failure(request, response, new String(in.readAllBytes(), StandardCharsets.UTF_8), key);
                }
                return readEvents(in, request, key, start);
            } finally {
                deadline.cancel(false);
            }
        } catch (IOException e) {
            if (System.nanoTime() - start >= timeout.toNanos()) {
                throw new ChatException(
                        Kind.TIMEOUT, 0, "no complete answer from " + request.uri() + " within " + timeout, null);
            }
            throw new ChatException(
                    Kind.UNREACHABLE,
                    0,
                    "stream from " + request.uri() + " broke: " + Secrets.redact(e.getMessage(), key),
                    null);
        }
    }

    private ChatResult readEvents(InputStream in, HttpRequest request, String key, long start) throws IOException {
        StringBuilder content = new StringBuilder();
        List<TokenLogprob> alternatives = List.of();
        int promptTokens = 0;
        int completionTokens = 0;
        boolean done = false;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.startsWith("data:")) {
                continue; // comments, event names, blank separators
            }
            String data = line.substring(5).trim();
            if ("[DONE]".equals(data)) {
                done = true;
                break;
            }
            JsonNode chunk = parse(data.getBytes(StandardCharsets.UTF_8), request, key);
            if (chunk.has("error")) {
                throw new ChatException(
                        Kind.SERVER_ERROR,
                        200,
                        "stream error from " + request.uri() + ": "
                                + Secrets.redact(
                                        ErrorDetail.abbreviate(
                                                text(chunk.path("error").path("message"))),
                                        key),
                        null);
            }
            JsonNode choice = chunk.path("choices").path(0);
            content.append(text(choice.path("delta").path("content")));
            if (alternatives.isEmpty()) {
                alternatives = topLogprobs(choice);
            }
            JsonNode usage = chunk.path("usage");
            if (usage.isObject()) {
                promptTokens = usage.path("prompt_tokens").asInt(promptTokens);
                completionTokens = usage.path("completion_tokens").asInt(completionTokens);
            }
        }
        if (!done) {
            throw new ChatException(
                    Kind.SERVER_ERROR, 200, "stream from " + request.uri() + " ended before [DONE]", null);
        }
        return ChatResult.ok(
                        content.toString(), promptTokens, completionTokens, Duration.ofNanos(System.nanoTime() - start))
                .withTopLogprobs(alternatives);
    }

    private <T> HttpResponse<T> await(
            CompletableFuture<HttpResponse<T>> future, Duration timeout, HttpRequest request, String key)
            throws InterruptedException {
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ChatException(Kind.TIMEOUT, 0, "no answer from " + request.uri() + " within " + timeout, null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
                throw new ChatException(
                        Kind.UNREACHABLE,
                        0,
                        "cannot connect to " + request.uri() + ": " + Secrets.redact(ChatException.reason(cause), key),
                        null);
            }
            if (cause instanceof HttpTimeoutException) {
                throw new ChatException(
                        Kind.TIMEOUT, 0, "no answer from " + request.uri() + " within " + timeout, null);
            }
            throw new ChatException(
                    Kind.UNREACHABLE,
                    0,
                    "request to " + request.uri() + " failed: "
                            + Secrets.redact(cause.getClass().getSimpleName() + " " + cause.getMessage(), key),
                    null);
        }
    }

    private ChatException failure(HttpRequest request, HttpResponse<?> response, String body, String key) {
        int status = response.statusCode();
        return new ChatException(
                Kind.forStatus(status),
                status,
                "HTTP " + status + " from " + request.uri() + ": " + ErrorDetail.of(body, key),
                RetryAfter.from(response.headers(), clock).orElse(null));
    }

    private static JsonNode parse(byte[] bytes, HttpRequest request, String key) {
        try {
            return JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw new ChatException(
                    Kind.BAD_REQUEST,
                    200,
                    request.uri() + " answered with something that is not JSON: "
                            + Secrets.redact(ErrorDetail.abbreviate(new String(bytes, StandardCharsets.UTF_8)), key),
                    null);
        }
    }

    static byte[] body(ChatRequest request) {
        Candidate candidate = request.candidate();
        Sampling sampling = candidate.sampling();
        ObjectNode body = JSON.createObjectNode();
        body.put("model", candidate.model());
        ArrayNode messages = body.putArray("messages");
        for (ChatMessage message : request.wireMessages()) {
            messages.addObject().put("role", message.role()).put("content", message.content());
        }
        if (sampling.temperature() != null) {
            body.put("temperature", sampling.temperature());
        }
        if (sampling.topP() != null) {
            body.put("top_p", sampling.topP());
        }
        if (request.maxTokens() != null) {
            body.put("max_tokens", request.maxTokens());
        }
        if (request.topLogprobs() > 0) {
            body.put("logprobs", true);
            body.put("top_logprobs", request.topLogprobs());
        }
        if (sampling.seed() != null) {
            body.put("seed", sampling.seed());
        }
        if (candidate.stream()) {
            body.put("stream", true);
            body.putObject("stream_options").put("include_usage", true);
        }
        return JSON.writeValueAsBytes(body);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode()
                ? ""
                : node.isString() ? node.stringValue() : node.toString();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the reader sees the closed stream and reports the timeout
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        http.close();
    }
}
