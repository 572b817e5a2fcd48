package org.llmatlas.screen.engine.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.engine.ChatException;
import org.llmatlas.screen.engine.ChatException.Kind;
import org.llmatlas.screen.engine.ChatMessage;
import org.llmatlas.screen.engine.ChatRequest;
import org.llmatlas.screen.engine.Sampling;

/**
 * What the LangChain4j-backed clients share beyond the wire format (timeouts, dead endpoints, seeds, key lookup),
 * and what single providers do differently (Gemini's 400 for a wrong key, Ollama without a key).
 */
class LangChainChatClientTest {

    private static final String KEY = "test-secret-key-0123456789";

    private final ScriptedProviderServer server = ScriptedProviderServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private static ChatRequest request(String baseUrl, String keyEnv, Sampling sampling, Duration timeout) {
        Candidate candidate = new Candidate("cand", baseUrl, "test-model", keyEnv, sampling, null);
        return new ChatRequest(candidate, List.of(ChatMessage.user(ProviderWire.PROMPT)), timeout);
    }

    private static ProviderChatClient client(Map<String, String> environment) {
        return new ProviderChatClient(request -> null, environment::get);
    }

    @Test
    void silentServerTimesOutAsARetriableFailure() {
        server.reply(200, ProviderWire.MISTRAL.answer("late", 1, 1)).delay(Duration.ofSeconds(3));

        assertThatThrownBy(() -> client(Map.of("MISTRAL_API_KEY", KEY))
                        .complete(request(
                                "mistral:" + server.url() + "/v1",
                                null,
                                Sampling.DETERMINISTIC,
                                Duration.ofMillis(300))))
                .isInstanceOfSatisfying(ChatException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
                    assertThat(e.kind().retryable()).isTrue();
                });
    }

    @Test
    void deadEndpointIsUnreachable() {
        String url = server.url();
        server.close();

        assertThatThrownBy(() -> client(Map.of("GOOGLE_API_KEY", KEY))
                        .complete(request("gemini:" + url, null, Sampling.DETERMINISTIC, Duration.ofSeconds(2))))
                .isInstanceOfSatisfying(ChatException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE);
                    assertThat(e.getMessage()).contains("cannot connect", url).doesNotContain(KEY);
                });
    }

    @Test
    void seedBeyondThirtyTwoBitsIsRefusedBeforeSending() {
        Sampling bigSeed = Sampling.DETERMINISTIC.withSeed(1L << 40);

        assertThatThrownBy(() -> client(Map.of("GOOGLE_API_KEY", KEY))
                        .complete(request("gemini:" + server.url(), null, bigSeed, Duration.ofSeconds(2))))
                .isInstanceOfSatisfying(ChatException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST);
                    assertThat(e.getMessage()).contains("seed 1099511627776", "32-bit");
                });
        assertThat(server.received()).isEmpty();
    }

    @Test
    void geminiWrongKeyAnsweredWith400IsUnauthorized() {
        // what generativelanguage.googleapis.com really answers for an invalid key
        server.reply(400, """
                {"error":{"code":400,"message":"API key not valid. Please pass a valid API key.",
                 "status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo",
                 "reason":"API_KEY_INVALID","domain":"googleapis.com"}]}}""");

        assertThatThrownBy(() -> client(Map.of("GOOGLE_API_KEY", KEY))
                        .complete(
                                request("gemini:" + server.url(), null, Sampling.DETERMINISTIC, Duration.ofSeconds(2))))
                .isInstanceOfSatisfying(ChatException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED);
                    assertThat(e.getMessage()).contains("API key not valid", "$GOOGLE_API_KEY");
                });
    }

    @Test
    void geminiFallsBackToGeminiApiKeyAndHonoursANamedVariable() {
        server.reply(200, ProviderWire.GEMINI.answer("ok", 1, 1));
        String url = "gemini:" + server.url();

        client(Map.of("GEMINI_API_KEY", "from-gemini-var"))
                .complete(request(url, null, Sampling.DETERMINISTIC, Duration.ofSeconds(2)));
        String fallback = server.last().headers().getFirst("x-goog-api-key");
        client(Map.of("GOOGLE_API_KEY", "from-google-var", "MY_KEY", "from-my-var"))
                .complete(request(url, "MY_KEY", Sampling.DETERMINISTIC, Duration.ofSeconds(2)));

        assertThat(fallback).isEqualTo("from-gemini-var");
        assertThat(server.last().headers().getFirst("x-goog-api-key")).isEqualTo("from-my-var");
    }

    @Test
    void ollamaWithoutAVariableSendsNoKey() {
        server.reply(200, ProviderWire.OLLAMA.answer("ok", 3, 1));

        client(Map.of("OLLAMA_API_KEY", KEY))
                .complete(request("ollama:" + server.url(), null, Sampling.DETERMINISTIC, Duration.ofSeconds(2)));

        assertThat(server.last().path()).isEqualTo("/api/chat");
        assertThat(server.last().headers().containsKey("Authorization")).isFalse();
    }
}
