package org.llmatlas.screen.engine.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.engine.ChatException;
import org.llmatlas.screen.engine.ChatMessage;
import org.llmatlas.screen.engine.ChatRequest;
import org.llmatlas.screen.engine.ChatResult;
import org.llmatlas.screen.engine.Preflight;
import org.llmatlas.screen.engine.Sampling;
import org.llmatlas.screen.engine.openai.OpenAiChatClient;

/** Each candidate goes to the client of its base URL's provider prefix; plain URLs and azure: stay OpenAI-compatible. */
class ProviderChatClientTest {

    private static final String KEY = "azure-secret-key-0123456789";

    private final ScriptedProviderServer server = ScriptedProviderServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private static ChatRequest request(String baseUrl) {
        Candidate candidate = new Candidate("cand", baseUrl, "test-deployment", null, Sampling.DETERMINISTIC, null);
        return new ChatRequest(candidate, List.of(ChatMessage.user("Hello")), Duration.ofSeconds(5));
    }

    @Test
    void plainUrlsStayOnTheOpenAiCompatibleClient() {
        ChatResult fromOpenAi = ChatResult.ok("hello", 1, 1, Duration.ZERO);

        ChatResult result = new ProviderChatClient(request -> fromOpenAi).complete(request("http://127.0.0.1:1/v1"));

        assertThat(result).isSameAs(fromOpenAi);
    }

    @Test
    void prefixedCandidatesNeverReachTheOpenAiCompatibleClient() {
        server.reply(200, ProviderWire.OLLAMA.answer("local answer", 4, 2));

        ChatResult result = new ProviderChatClient(request -> {
                    throw new AssertionError("must not reach the OpenAI-compatible client");
                })
                .complete(request("ollama:" + server.url()));

        assertThat(result.content()).isEqualTo("local answer");
    }

    @Test
    void azureCandidatesSendTheirKeyAsApiKeyHeaderToTheOpenAiPath() {
        server.reply(200, """
                {"id":"chatcmpl-1","object":"chat.completion","model":"gpt-4o-mini",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"Hi there."},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":9,"completion_tokens":3,"total_tokens":12}}""");

        ChatResult result;
        try (OpenAiChatClient openAi =
                new OpenAiChatClient(Map.of("AZURE_OPENAI_API_KEY", KEY)::get, Clock.systemUTC())) {
            result = new ProviderChatClient(openAi).complete(request("azure:" + server.url() + "/openai/v1"));
        }

        assertThat(result.content()).isEqualTo("Hi there.");
        assertThat(result.totalTokens()).isEqualTo(12);
        assertThat(server.last().path()).isEqualTo("/openai/v1/chat/completions");
        assertThat(server.last().headers().getFirst("api-key")).isEqualTo(KEY);
        assertThat(server.last().headers().containsKey("Authorization")).isFalse();
        assertThat(server.last().body().path("model").asString()).isEqualTo("test-deployment");
    }

    @Test
    void azureWithoutItsResourceUrlFailsThePreflight() {
        try (OpenAiChatClient openAi =
                new OpenAiChatClient(Map.of("AZURE_OPENAI_API_KEY", KEY)::get, Clock.systemUTC())) {
            Candidate azure = request("azure:").candidate();

            assertThatThrownBy(() ->
                            Preflight.check(List.of(azure), new ProviderChatClient(openAi), Duration.ofSeconds(2)))
                    .isInstanceOf(Preflight.Failed.class)
                    .hasMessageContaining("azure: needs the resource's URL");
        }
    }

    @Test
    void misspeltPrefixIsRefusedWithTheClosestKnownOne() {
        Candidate typo = request("gemnii:").candidate();

        assertThatThrownBy(() -> ProviderChatClient.requireKnownProvider(typo))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown provider 'gemnii:'")
                .hasMessageContaining("did you mean 'gemini:'?")
                .hasMessageContaining("anthropic:, azure:, gemini:, mistral:, ollama:");
        assertThatThrownBy(() ->
                        Preflight.check(List.of(typo), new ProviderChatClient(request -> null), Duration.ofSeconds(2)))
                .isInstanceOf(Preflight.Failed.class)
                .hasMessageContaining("did you mean 'gemini:'?");
    }

    @Test
    void everyKnownPrefixAndPlainUrlsPassTheCheck() {
        for (String url : List.of(
                "anthropic:",
                "azure:https://r.openai.azure.com/openai/v1",
                "gemini:",
                "mistral:",
                "ollama:http://gpu-box:11434",
                "https://api.openai.com/v1")) {
            assertThatCode(() ->
                            ProviderChatClient.requireKnownProvider(request(url).candidate()))
                    .as(url)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void rateLimitFromAzureIsRetriable() {
        server.reply(429, "{\"error\":{\"code\":\"429\",\"message\":\"Rate limit exceeded\"}}", "3");

        try (OpenAiChatClient openAi =
                new OpenAiChatClient(Map.of("AZURE_OPENAI_API_KEY", KEY)::get, Clock.systemUTC())) {
            assertThatThrownBy(() ->
                            new ProviderChatClient(openAi).complete(request("azure:" + server.url() + "/openai/v1")))
                    .isInstanceOfSatisfying(ChatException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ChatException.Kind.RATE_LIMITED);
                        assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
                    });
        }
    }
}
