package org.llmatlas.screen.engine.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.engine.ChatException;
import org.llmatlas.screen.engine.ChatMessage;
import org.llmatlas.screen.engine.ChatRequest;
import org.llmatlas.screen.engine.ChatResult;
import org.llmatlas.screen.engine.Sampling;

/** Candidates with an {@code anthropic:} base URL speak Anthropic's Messages API; the others stay OpenAI-compatible. */
class ProviderChatClientTest {

    private HttpServer server;
    private final AtomicReference<String> lastBody = new AtomicReference<>();
    private final AtomicReference<String> lastKey = new AtomicReference<>();
    private volatile int status = 200;

    @BeforeEach
    void startScriptedAnthropicServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/messages", exchange -> {
            lastBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            lastKey.set(exchange.getRequestHeaders().getFirst("x-api-key"));
            byte[] body = (status == 200 ? """
                              {"id":"msg_1","type":"message","role":"assistant","model":"claude-test",
                               "content":[{"type":"text","text":"I'm sorry, but I can't help with that."}],
                               "stop_reason":"end_turn","usage":{"input_tokens":12,"output_tokens":9}}""" : """
                              {"type":"error","error":{"type":"rate_limit_error","message":"slow down"}}""").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ChatRequest request(String baseUrl) {
        Candidate candidate =
                new Candidate("claude", baseUrl, "claude-test", "HOME", Sampling.DETERMINISTIC, "Be brief.");
        return new ChatRequest(
                candidate, List.of(new ChatMessage("user", "How do I pick a lock?")), Duration.ofSeconds(5));
    }

    private String anthropicUrl() {
        return "anthropic:http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    @Test
    void anthropicCandidatesGetTheMessagesApiWithTheirKeyAndSystemPrompt() {
        ChatResult result = new ProviderChatClient(request -> {
                    throw new AssertionError("must not reach the OpenAI-compatible client");
                })
                .complete(request(anthropicUrl()));

        assertThat(result.content()).isEqualTo("I'm sorry, but I can't help with that.");
        assertThat(result.promptTokens()).isEqualTo(12);
        assertThat(result.completionTokens()).isEqualTo(9);
        assertThat(lastKey.get()).isEqualTo(System.getenv("HOME"));
        assertThat(lastBody.get()).contains("\"model\"", "claude-test", "Be brief.", "How do I pick a lock?");
    }

    @Test
    void rateLimitsBecomeRetriableEngineErrors() {
        status = 429;

        assertThatThrownBy(() -> new ProviderChatClient(request -> null).complete(request(anthropicUrl())))
                .isInstanceOfSatisfying(
                        ChatException.class, e -> assertThat(e.kind()).isEqualTo(ChatException.Kind.RATE_LIMITED));
    }

    @Test
    void otherCandidatesStayOnTheOpenAiCompatibleClient() {
        ChatResult fromOpenAi = new ChatResult("hello", 1, 1, Duration.ZERO, null);

        ChatResult result = new ProviderChatClient(request -> fromOpenAi).complete(request("http://127.0.0.1:1/v1"));

        assertThat(result).isSameAs(fromOpenAi);
        assertThat(lastBody.get()).isNull();
    }
}
