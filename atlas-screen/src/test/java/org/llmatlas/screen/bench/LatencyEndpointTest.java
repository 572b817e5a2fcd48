package org.llmatlas.screen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.engine.ChatMessage;
import org.llmatlas.screen.engine.ChatRequest;
import org.llmatlas.screen.engine.ChatResult;
import org.llmatlas.screen.engine.openai.OpenAiChatClient;

class LatencyEndpointTest {

    private static ChatRequest ask(String baseUrl, String prompt, boolean stream) {
        Candidate candidate = new Candidate("a", baseUrl, "bench-1", null, null, null).withStream(stream);
        return new ChatRequest(candidate, List.of(ChatMessage.user(prompt)), Duration.ofSeconds(10));
    }

    @Test
    void answersPlainAndStreamedRequestsWithTheCannedAnswerAndUsage() {
        String prompt = "How do I kill a Python process (#1)?";
        try (LatencyEndpoint endpoint = LatencyEndpoint.start(Duration.ofMillis(1), 0);
                OpenAiChatClient client = new OpenAiChatClient()) {
            ChatResult plain = client.complete(ask(endpoint.baseUrl(), prompt, false));
            ChatResult streamed = client.complete(ask(endpoint.baseUrl(), prompt, true));

            assertThat(plain.content()).isEqualTo(LatencyEndpoint.answer(prompt));
            assertThat(streamed.content()).isEqualTo(plain.content());
            assertThat(plain.promptTokens()).isPositive();
            assertThat(streamed.completionTokens())
                    .isEqualTo(plain.completionTokens())
                    .isPositive();
            assertThat(endpoint.requests()).isEqualTo(2);
        }
    }

    @Test
    void endpointProcessAnswersFromAnotherJvmAndIsGoneAfterClose() throws Exception {
        long pid;
        try (EndpointProcess endpoint = EndpointProcess.start(Duration.ofMillis(1));
                OpenAiChatClient client = new OpenAiChatClient()) {
            pid = endpoint.pid();
            assertThat(pid).isNotEqualTo(ProcessHandle.current().pid());
            ChatResult result = client.complete(ask(endpoint.baseUrl(), "Explain tides", false));
            assertThat(result.content()).isEqualTo(LatencyEndpoint.answer("Explain tides"));
        }
        Optional<ProcessHandle> child = ProcessHandle.of(pid);
        assertThat(child.isEmpty() || !child.get().isAlive()).isTrue();
    }
}
