package org.llmatlas.screen.engine.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.engine.ChatException;
import org.llmatlas.screen.engine.ChatException.Kind;
import org.llmatlas.screen.engine.ChatMessage;
import org.llmatlas.screen.engine.ChatRequest;
import org.llmatlas.screen.engine.ChatResult;
import org.llmatlas.screen.engine.Preflight;
import tools.jackson.databind.JsonNode;

/**
 * Every LangChain4j-backed provider against a server scripted in that provider's real wire format: what is sent
 * where, what comes back, and how failures reach the engine and the preflight check.
 */
class LangChainProvidersTest {

    private static final String KEY = "test-secret-key-0123456789";

    private final ScriptedProviderServer server = ScriptedProviderServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    static Stream<ProviderWire> providers() {
        return Stream.of(ProviderWire.GEMINI, ProviderWire.MISTRAL, ProviderWire.OLLAMA, ProviderWire.ANTHROPIC);
    }

    private Candidate candidate(ProviderWire wire) {
        return new Candidate(
                "cand",
                wire.provider() + ":" + server.url() + wire.urlSuffix(),
                "test-model",
                wire.candidateKeyEnv(),
                ProviderWire.SAMPLED,
                ProviderWire.SYSTEM);
    }

    private static ProviderChatClient client(ProviderWire wire) {
        return new ProviderChatClient(
                request -> {
                    throw new AssertionError("must not reach the OpenAI-compatible client");
                },
                Map.of(wire.keyEnv(), KEY)::get);
    }

    private ChatResult ask(ProviderWire wire) {
        return client(wire)
                .complete(new ChatRequest(
                        candidate(wire), List.of(ChatMessage.user(ProviderWire.PROMPT)), Duration.ofSeconds(5)));
    }

    @ParameterizedTest
    @MethodSource("providers")
    void sendsSystemPromptSamplingSeedAndKeyWhereTheProviderExpectsThem(ProviderWire wire) {
        server.reply(200, wire.answer("No.", 1, 1));

        ask(wire);

        ScriptedProviderServer.Received request = server.last();
        assertThat(request.path()).isEqualTo(wire.path());
        assertThat(request.headers().getFirst(wire.keyHeader())).isEqualTo(wire.keyPrefix() + KEY);
        wire.sent().forEach((pointer, expected) -> {
            JsonNode value = request.body().at(pointer);
            assertThat(value.isValueNode())
                    .as(pointer + " in " + request.body())
                    .isTrue();
            assertThat(value.asString()).as(pointer).isEqualTo(String.valueOf(expected));
        });
    }

    @ParameterizedTest
    @MethodSource("providers")
    void returnsTheAnswerWithItsTokenUsage(ProviderWire wire) {
        server.reply(200, wire.answer("I can't help with picking locks you don't own.", 23, 11));

        ChatResult result = ask(wire);

        assertThat(result.succeeded()).isTrue();
        assertThat(result.content()).isEqualTo("I can't help with picking locks you don't own.");
        assertThat(result.promptTokens()).isEqualTo(23);
        assertThat(result.completionTokens()).isEqualTo(11);
    }

    @ParameterizedTest
    @MethodSource("providers")
    void rateLimitIsRetriableAndKeepsRetryAfter(ProviderWire wire) {
        server.reply(429, wire.error("Too many requests, slow down"), "7");

        assertThatThrownBy(() -> ask(wire)).isInstanceOfSatisfying(ChatException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
            assertThat(e.kind().retryable()).isTrue();
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
            assertThat(e.getMessage()).contains("HTTP 429", "slow down");
        });
    }

    @Test
    void geminiRateLimitWaitsAsLongAsItsRetryInfoSays() {
        // Gemini's 429 carries no Retry-After header; the wait is a google.rpc.RetryInfo detail in the body
        server.reply(429, """
                {"error": {"code": 429, "message": "Resource has been exhausted (e.g. check quota).",
                  "status": "RESOURCE_EXHAUSTED",
                  "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "34.5s"}]}}""");

        assertThatThrownBy(() -> ask(ProviderWire.GEMINI)).isInstanceOfSatisfying(ChatException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
            assertThat(e.retryAfter()).contains(Duration.ofMillis(34_500));
        });
    }

    @ParameterizedTest
    @MethodSource("providers")
    void serverErrorIsRetriable(ProviderWire wire) {
        server.reply(500, wire.error("internal error"));

        assertThatThrownBy(() -> ask(wire))
                .isInstanceOfSatisfying(
                        ChatException.class, e -> assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR));
    }

    @ParameterizedTest
    @MethodSource("providers")
    void rejectedKeyStopsThePreflightNamingTheVariableNotTheKey(ProviderWire wire) {
        server.reply(401, wire.error("Invalid key " + KEY));

        assertThatThrownBy(() -> Preflight.check(List.of(candidate(wire)), client(wire), Duration.ofSeconds(5)))
                .isInstanceOf(Preflight.Failed.class)
                .hasMessageContaining("candidate 'cand'")
                .hasMessageContaining("rejected the API key")
                .hasMessageContaining("$" + wire.keyEnv())
                .hasMessageContaining("HTTP 401")
                .hasMessageNotContaining(KEY);
    }

    @ParameterizedTest
    @MethodSource("providers")
    void unknownModelStopsThePreflightWithTheProvidersMessage(ProviderWire wire) {
        server.reply(404, wire.error("model test-model not found"));

        assertThatThrownBy(() -> Preflight.check(List.of(candidate(wire)), client(wire), Duration.ofSeconds(5)))
                .isInstanceOf(Preflight.Failed.class)
                .hasMessageContaining("model 'test-model' is unknown to " + wire.provider() + ":")
                .hasMessageContaining("model test-model not found");
    }

    @ParameterizedTest
    @MethodSource("providers")
    void missingKeyVariableStopsThePreflightBeforeAnythingIsSent(ProviderWire wire) {
        ProviderChatClient noKeys = new ProviderChatClient(request -> null, name -> null);

        assertThatThrownBy(() -> Preflight.check(List.of(candidate(wire)), noKeys, Duration.ofSeconds(5)))
                .isInstanceOf(Preflight.Failed.class)
                .hasMessageContaining("environment variable " + wire.keyEnv())
                .hasMessageContaining("is not set");
        assertThat(server.received()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("providers")
    void healthyEndpointPassesThePreflightWithATinyRequest(ProviderWire wire) {
        server.reply(200, wire.answer("OK", 5, 1));

        Preflight.check(List.of(candidate(wire)), client(wire), Duration.ofSeconds(5));

        assertThat(server.received()).hasSize(1);
    }
}
