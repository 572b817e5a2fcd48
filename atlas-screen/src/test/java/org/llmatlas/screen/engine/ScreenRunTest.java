package org.llmatlas.screen.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.screen.bench.BenchProbes;
import org.llmatlas.screen.engine.limit.Backoff;
import org.llmatlas.screen.engine.openai.OpenAiChatClient;
import org.llmatlas.screen.engine.store.Journal;
import org.llmatlas.screen.suite.Probe;
import org.llmatlas.screen.testing.Fault;
import org.llmatlas.screen.testing.Persona;
import org.llmatlas.screen.testing.ScriptedOpenAiServer;

class ScreenRunTest {

    private static final Backoff FAST = new Backoff(Duration.ofMillis(5), Duration.ofMillis(20));

    @TempDir
    Path tmp;

    private ScriptedOpenAiServer server;
    private OpenAiChatClient client;

    @BeforeEach
    void start() {
        server = ScriptedOpenAiServer.start()
                .persona("cautious", Persona.CAUTIOUS)
                .persona("loose", Persona.LOOSE);
        client = new OpenAiChatClient();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private Candidate candidate(String name, String model) {
        return new Candidate(name, server.baseUrl(), model, null, null, null);
    }

    private EngineSettings settings() {
        return EngineSettings.DEFAULTS.withTimeout(Duration.ofSeconds(5)).withRetries(3);
    }

    @Test
    void answersEveryProbeForEveryCandidateInStableOrder() {
        List<Probe> probes = BenchProbes.mixed(20);
        List<Candidate> candidates = List.of(candidate("a", "cautious"), candidate("b", "loose"));

        List<Answer> answers =
                ScreenRun.of(probes, candidates, settings(), client).execute();

        assertThat(answers).hasSize(40);
        assertThat(answers.get(0).candidate()).isEqualTo("a");
        assertThat(answers.get(20).candidate()).isEqualTo("b");
        assertThat(answers.get(21).probe()).isEqualTo(probes.get(1));
        assertThat(answers).allSatisfy(a -> assertThat(a.result().succeeded()).isTrue());
        assertThat(answers.get(20).result().content())
                .isEqualTo(Persona.LOOSE.answer("loose", probes.get(0).prompt()));
    }

    @Test
    void neverHasMoreRequestsInFlightThanTheConcurrencyLimit() {
        server.latency(Duration.ofMillis(30));

        ScreenRun.of(
                        BenchProbes.mixed(60),
                        List.of(candidate("a", "cautious"), candidate("b", "loose")),
                        settings().withConcurrency(4),
                        client)
                .execute();

        assertThat(server.maxInFlight()).isEqualTo(4);
    }

    @Test
    void retriesA429AfterTheRetryAfterTheServerAsked() {
        List<Probe> probes = BenchProbes.mixed(1);
        server.enqueue(Fault.rateLimited(1));

        List<Answer> answers = ScreenRun.of(probes, List.of(candidate("a", "cautious")), settings(), client)
                .withBackoff(FAST)
                .execute();

        assertThat(answers.getFirst().result().succeeded()).isTrue();
        List<ScriptedOpenAiServer.Seen> seen = server.seen();
        assertThat(seen).hasSize(2);
        assertThat(Duration.ofNanos(seen.get(1).atNanos() - seen.get(0).atNanos()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void retriesServerErrorsAndTimeoutsUpToTheLimitThenRecordsAPerItemError() {
        List<Probe> probes = BenchProbes.mixed(6);
        String flaky = probes.get(1).prompt();
        String broken = probes.get(2).prompt();
        server.enqueueFor(flaky, Fault.status(500), Fault.hang(Duration.ofSeconds(2)));
        server.failWhen(broken::equals, Fault.status(502));
        List<ChatException.Kind> retried = new CopyOnWriteArrayList<>();
        RunListener listener = new RunListener() {
            @Override
            public void retrying(String candidate, ChatException cause, int attempt) {
                retried.add(cause.kind());
            }
        };

        List<Answer> answers = ScreenRun.of(
                        probes,
                        List.of(candidate("a", "cautious")),
                        settings()
                                .withConcurrency(1)
                                .withTimeout(Duration.ofMillis(500))
                                .withRetries(2),
                        client)
                .withBackoff(FAST)
                .withListener(listener)
                .execute();

        assertThat(answers.get(1).result().succeeded()).isTrue(); // survived a 500 and a timeout
        assertThat(answers.get(2).result().error()).contains("HTTP 502", "after 3 attempts");
        assertThat(server.requestsFor(broken)).isEqualTo(3);
        assertThat(server.requestsFor(flaky)).isEqualTo(3);
        assertThat(server.requestsFor(probes.get(0).prompt())).isEqualTo(1);
        assertThat(answers).filteredOn(a -> a.result().succeeded()).hasSize(5);
        assertThat(retried).contains(ChatException.Kind.SERVER_ERROR, ChatException.Kind.TIMEOUT);
    }

    @Test
    void anEndpointThatDiesMidRunGivesPerItemErrorsAndTheOtherCandidateCarriesOn() {
        ScriptedOpenAiServer other = ScriptedOpenAiServer.start();
        try {
            Candidate healthy = new Candidate("healthy", other.baseUrl(), "balanced", null, null, null);
            Candidate dying = candidate("dying", "cautious");
            List<Probe> probes = BenchProbes.mixed(30);
            server.latency(Duration.ofMillis(10));
            RunListener killer = new RunListener() {
                @Override
                public void answered(Answer answer) {
                    if (answer.candidate().equals("dying")
                            && answer.probe().id().equals("item-9")) {
                        server.close();
                    }
                }
            };

            List<Answer> answers = ScreenRun.of(
                            probes,
                            List.of(dying, healthy),
                            settings().withConcurrency(1).withRetries(1),
                            client)
                    .withBackoff(FAST)
                    .withListener(killer)
                    .execute();

            assertThat(answers).hasSize(60);
            assertThat(answers.subList(0, 10))
                    .allSatisfy(a -> assertThat(a.result().succeeded()).isTrue());
            assertThat(answers.subList(11, 30))
                    .allSatisfy(a -> assertThat(a.result().error()).isNotBlank());
            assertThat(answers.subList(30, 60))
                    .allSatisfy(a -> assertThat(a.result().succeeded()).isTrue());
        } finally {
            other.close();
        }
    }

    @Test
    void aSecondRunIsServedFromTheCacheWithoutRequests() {
        List<Probe> probes = BenchProbes.mixed(10);
        EngineSettings cached = settings().withCacheDir(tmp.resolve("cache"));
        List<Candidate> candidates = List.of(candidate("a", "cautious"));

        List<Answer> first = ScreenRun.of(probes, candidates, cached, client).execute();
        int requests = server.requests();
        List<Answer> second = ScreenRun.of(probes, candidates, cached, client).execute();

        assertThat(server.requests()).isEqualTo(requests);
        assertThat(second).allSatisfy(a -> assertThat(a.cached()).isTrue());
        assertThat(second)
                .extracting(a -> a.result().content())
                .containsExactlyElementsOf(
                        first.stream().map(a -> a.result().content()).toList());
    }

    @Test
    void changingTheSystemPromptOrTemperatureMissesTheCache() {
        List<Probe> probes = BenchProbes.mixed(4);
        EngineSettings cached = settings().withCacheDir(tmp.resolve("cache"));
        Candidate plain = candidate("a", "cautious");

        ScreenRun.of(probes, List.of(plain), cached, client).execute();
        ScreenRun.of(probes, List.of(plain.withSystemPrompt("You are a pirate.")), cached, client)
                .execute();
        ScreenRun.of(probes, List.of(plain.withSampling(plain.sampling().withTemperature(0.9))), cached, client)
                .execute();

        assertThat(server.requests()).isEqualTo(12);
    }

    @Test
    void samplesEachProbeSeveralTimesAsDistinctRequests() {
        List<Answer> answers = ScreenRun.of(
                        BenchProbes.mixed(3),
                        List.of(candidate("a", "cautious")),
                        settings().withSamples(4).withCacheDir(tmp.resolve("cache")),
                        client)
                .execute();

        assertThat(answers).hasSize(12);
        assertThat(server.requests()).isEqualTo(12);
    }

    @Test
    void resumesFromAJournalWithATornLastLineAndRepeatsNothingFinished() throws Exception {
        List<Probe> probes = BenchProbes.mixed(10);
        List<Candidate> candidates = List.of(candidate("a", "cautious"));
        Path out = tmp.resolve("run");
        ScreenRun.of(probes.subList(0, 6), candidates, settings().withOutDir(out), client)
                .execute();
        Path journal = out.resolve(Journal.FILE_NAME);
        Files.writeString(
                journal, "{\"item\":\"a|engine-test/item-6#none|0\",\"requ", java.nio.file.StandardOpenOption.APPEND);
        int before = server.requests();

        List<Answer> answers = ScreenRun.of(probes, candidates, settings().withOutDir(out), client)
                .execute();

        assertThat(server.requests() - before).isEqualTo(4);
        assertThat(answers)
                .hasSize(10)
                .allSatisfy(a -> assertThat(a.result().succeeded()).isTrue());
        assertThat(Files.readAllLines(journal))
                .hasSize(10)
                .allSatisfy(l -> assertThat(l).endsWith("}"));
    }

    @Test
    void itemsThatFailedAreAskedAgainOnResume() {
        List<Probe> probes = BenchProbes.mixed(4);
        List<Candidate> candidates = List.of(candidate("a", "cautious"));
        Path out = tmp.resolve("run");
        server.failWhen(probes.get(3).prompt()::equals, Fault.status(400));
        ScreenRun.of(probes, candidates, settings().withOutDir(out), client).execute();
        server.clearRules();

        List<Answer> answers = ScreenRun.of(probes, candidates, settings().withOutDir(out), client)
                .execute();

        assertThat(server.requestsFor(probes.get(3).prompt())).isEqualTo(2);
        assertThat(server.requestsFor(probes.get(0).prompt())).isEqualTo(1);
        assertThat(answers).allSatisfy(a -> assertThat(a.result().succeeded()).isTrue());
    }
}
