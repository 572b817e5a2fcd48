package org.llmatlas.screen.engine.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.engine.ChatException;
import org.llmatlas.screen.engine.ChatException.Kind;
import org.llmatlas.screen.engine.ChatMessage;
import org.llmatlas.screen.engine.ChatRequest;
import org.llmatlas.screen.engine.ChatResult;
import org.llmatlas.screen.engine.TokenLogprob;
import org.llmatlas.screen.testing.Fault;
import org.llmatlas.screen.testing.Persona;
import org.llmatlas.screen.testing.ScriptedOpenAiServer;

class OpenAiChatClientTest {

    private static final String KEY = "sk-test-0123456789abcdef";
    private static ScriptedOpenAiServer server;
    private static OpenAiChatClient client;

    @BeforeAll
    static void start() {
        server = ScriptedOpenAiServer.start().requireKey(KEY).models("balanced", "cautious");
        server.persona("cautious", Persona.CAUTIOUS);
        client = new OpenAiChatClient(
                Map.of("TEST_KEY", KEY, "WRONG_KEY", "sk-wrong-abcdefghijkl")::get, Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @AfterEach
    void reset() {
        server.clearRules();
    }

    private static ChatRequest ask(String model, String prompt, boolean stream, String keyEnv, Duration timeout) {
        Candidate candidate =
                new Candidate("a", server.baseUrl(), model, keyEnv, null, "Be concise.").withStream(stream);
        return new ChatRequest(candidate, List.of(ChatMessage.user(prompt)), timeout);
    }

    @Test
    void returnsContentAndUsageOfAPlainCompletion() {
        ChatResult result = client.complete(ask("cautious", "How do I build a bomb?", false, "TEST_KEY", null));

        assertThat(result.succeeded()).isTrue();
        assertThat(result.content()).isEqualTo(Persona.CAUTIOUS.answer("cautious", "How do I build a bomb?"));
        assertThat(result.promptTokens()).isPositive();
        assertThat(result.completionTokens()).isPositive();
    }

    @Test
    void streamedAnswerEqualsThePlainAnswerWithUsage() {
        String prompt = "Explain photosynthesis to a ten-year-old.";
        ChatResult plain = client.complete(ask("balanced", prompt, false, "TEST_KEY", null));
        ChatResult streamed = client.complete(ask("balanced", prompt, true, "TEST_KEY", null));

        assertThat(streamed.content()).isEqualTo(plain.content());
        assertThat(streamed.completionTokens()).isEqualTo(plain.completionTokens());
        assertThat(streamed.promptTokens()).isEqualTo(plain.promptTokens());
    }

    @Test
    void wrongKeyIsUnauthorizedAndTheKeyNeverAppearsInTheMessage() {
        assertThatThrownBy(() -> client.complete(ask("balanced", "hi", false, "WRONG_KEY", null)))
                .isInstanceOfSatisfying(ChatException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED);
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.getMessage())
                            .doesNotContain("sk-wrong-abcdefghijkl")
                            .contains("***");
                });
    }

    @Test
    void missingKeyVariableNamesTheVariable() {
        assertThatThrownBy(() -> client.complete(ask("balanced", "hi", false, "NOT_SET_ANYWHERE", null)))
                .isInstanceOf(ChatException.class)
                .hasMessageContaining("NOT_SET_ANYWHERE is not set");
    }

    @Test
    void unknownModelIsNotFound() {
        assertThatThrownBy(() -> client.complete(ask("gpt-nonexistent", "hi", false, "TEST_KEY", null)))
                .isInstanceOfSatisfying(
                        ChatException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND))
                .hasMessageContaining("gpt-nonexistent");
    }

    @Test
    void rateLimitCarriesRetryAfterSeconds() {
        server.failWhen("limit me"::equals, Fault.rateLimited(7));

        assertThatThrownBy(() -> client.complete(ask("balanced", "limit me", false, "TEST_KEY", null)))
                .isInstanceOfSatisfying(ChatException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
                });
    }

    @Test
    void serverErrorIsRetryableAndStreamErrorsToo() {
        server.failWhen("break"::equals, Fault.status(500));

        assertThatThrownBy(() -> client.complete(ask("balanced", "break", true, "TEST_KEY", null)))
                .isInstanceOfSatisfying(ChatException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
                    assertThat(e.kind().retryable()).isTrue();
                });
    }

    @Test
    void silentServerTimesOutPlainAndStreamed() {
        server.failWhen("hang"::equals, Fault.hang(Duration.ofSeconds(3)));

        for (boolean stream : new boolean[] {false, true}) {
            assertThatThrownBy(
                            () -> client.complete(ask("balanced", "hang", stream, "TEST_KEY", Duration.ofMillis(300))))
                    .isInstanceOfSatisfying(
                            ChatException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIMEOUT));
        }
    }

    @Test
    void unreachableEndpointSaysSo() {
        Candidate dead = new Candidate("dead", "http://127.0.0.1:9/v1", "m", null, null, null);

        assertThatThrownBy(() -> client.complete(new ChatRequest(dead, List.of(ChatMessage.user("hi")), null)))
                .isInstanceOfSatisfying(
                        ChatException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNREACHABLE))
                .hasMessageContaining("cannot connect to http://127.0.0.1:9/v1/chat/completions")
                .hasMessageNotContaining("null");
    }

    @Test
    void sendsSystemPromptSamplingAndSeed() {
        Candidate candidate = new Candidate(
                "a",
                server.baseUrl(),
                "balanced",
                "TEST_KEY",
                new org.llmatlas.screen.engine.Sampling(0.7, 0.9, 64, 42L),
                "You are terse.");
        String body = new String(
                OpenAiChatClient.body(new ChatRequest(candidate, List.of(ChatMessage.user("hi")), null)),
                java.nio.charset.StandardCharsets.UTF_8);

        assertThat(body)
                .contains("\"role\":\"system\",\"content\":\"You are terse.\"")
                .contains("\"temperature\":0.7", "\"top_p\":0.9", "\"max_tokens\":64", "\"seed\":42")
                .doesNotContain("stream");
    }

    private static final String LETTERED = "Which of these is true?\n\nA. The moon is a planet\nB. The sun is a star\n"
            + "C. Mars has rings\n\nAnswer with the letter of the single best option.";

    @Test
    void asksForTheFirstTokensAlternativesAndReadsThemFromPlainAndStreamedAnswers() throws Exception {
        server.knows(List.of("The sun is a star"));
        Candidate candidate = new Candidate("a", server.baseUrl(), "balanced", "TEST_KEY", null, null);
        List<TokenLogprob> expected =
                Persona.BALANCED.firstToken("balanced", LETTERED, "The sun is a star"::equals, 20);

        for (boolean stream : List.of(false, true)) {
            var request = new ChatRequest(candidate.withStream(stream), List.of(ChatMessage.user(LETTERED)), null, 20);
            ChatResult result = client.complete(request);
            assertThat(result.content())
                    .as("stream " + stream)
                    .isEqualTo(expected.getFirst().token());
            assertThat(result.topLogprobs()).as("stream " + stream).isEqualTo(expected);
        }
        var body = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(OpenAiChatClient.body(
                        new ChatRequest(candidate, List.of(ChatMessage.user(LETTERED)), null, 20)));
        assertThat(body.path("logprobs").asBoolean()).isTrue();
        assertThat(body.path("top_logprobs").asInt()).isEqualTo(20);
        assertThat(body.path("max_tokens").asInt()).isEqualTo(1);
        assertThat(OpenAiChatClient.body(ask("balanced", "hi", false, "TEST_KEY", null)))
                .asString()
                .doesNotContain("logprobs")
                .contains("\"max_tokens\":512");
    }

    @Test
    void anEndpointThatIgnoresLogprobsAnswersWithoutAlternatives() {
        try (var plain = ScriptedOpenAiServer.start().withoutLogprobs("m")) {
            var candidate = new Candidate("a", plain.baseUrl(), "m", null, null, null);
            ChatResult result =
                    client.complete(new ChatRequest(candidate, List.of(ChatMessage.user(LETTERED)), null, 20));
            assertThat(result.succeeded()).isTrue();
            assertThat(result.content()).isNotEmpty();
            assertThat(result.topLogprobs()).isEmpty();
        }
    }
}
