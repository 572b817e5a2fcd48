package org.llmatlas.screen.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.llmatlas.screen.engine.limit.Backoff;
import org.llmatlas.screen.engine.limit.EndpointGate;
import org.llmatlas.screen.engine.openai.Secrets;
import org.llmatlas.screen.engine.store.Journal;
import org.llmatlas.screen.engine.store.JournalEntry;
import org.llmatlas.screen.engine.store.RequestKey;
import org.llmatlas.screen.engine.store.ResponseCache;
import org.llmatlas.screen.suite.Probe;

/**
 * Runs every probe against every candidate (× samples) and returns the answers in a stable order: candidate, then
 * probe, then sample.
 *
 * <p>Each item runs on its own virtual thread and waits for its endpoint's {@link EndpointGate} (concurrency, rate
 * limits, Retry-After pauses). Answers are served from the response cache when possible, and every answer is
 * appended to the run journal before it counts as done, so that a run started again on the same output folder
 * skips what is finished. A failing endpoint turns into per-item error results, never into an exception.
 *
 * <pre>{@code
 * List<Answer> answers = ScreenRun.of(probes, candidates, settings, new OpenAiChatClient()).execute();
 * }</pre>
 */
public final class ScreenRun {

    private final List<Probe> probes;
    private final List<Candidate> candidates;
    private final EngineSettings settings;
    private final ChatClient client;
    private final RunListener listener;
    private final Backoff backoff;

    private ScreenRun(
            List<Probe> probes,
            List<Candidate> candidates,
            EngineSettings settings,
            ChatClient client,
            RunListener listener,
            Backoff backoff) {
        this.probes = List.copyOf(probes);
        this.candidates = List.copyOf(candidates);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = Objects.requireNonNull(client, "client");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        if (candidates.stream().map(Candidate::name).distinct().count() != candidates.size()) {
            throw new IllegalArgumentException("candidate names must be unique");
        }
    }

    public static ScreenRun of(
            List<Probe> probes, List<Candidate> candidates, EngineSettings settings, ChatClient client) {
        return new ScreenRun(probes, candidates, settings, client, RunListener.NONE, Backoff.DEFAULT);
    }

    /** The same run, reporting progress to {@code value}. */
    public ScreenRun withListener(RunListener value) {
        return new ScreenRun(probes, candidates, settings, client, value, backoff);
    }

    /** The same run with another retry backoff (tests use short ones). */
    public ScreenRun withBackoff(Backoff value) {
        return new ScreenRun(probes, candidates, settings, client, listener, value);
    }

    /** Runs to the end and returns all answers, resumed and fresh, in candidate → probe → sample order. */
    public List<Answer> execute() {
        List<Item> items = items();
        Answer[] answers = new Answer[items.size()];
        run(items, (item, answer) -> answers[item.index()] = answer);
        return List.of(answers);
    }

    /** Runs to the end, handing each answer to {@code sink} as soon as it is journalled (from many threads). */
    public void execute(Consumer<Answer> sink) {
        run(items(), (item, answer) -> sink.accept(answer));
    }

    private interface Sink {
        void accept(Item item, Answer answer);
    }

    private record Item(int index, Candidate candidate, Probe probe, int sample, ChatRequest request, String key) {
        String itemKey() {
            return candidate.name() + "|" + probe.key() + "|" + sample;
        }
    }

    private List<Item> items() {
        List<Item> items = new ArrayList<>(candidates.size() * probes.size() * settings.samples());
        for (Candidate candidate : candidates) {
            for (Probe probe : probes) {
                for (int s = 0; s < settings.samples(); s++) {
                    ChatRequest request =
                            new ChatRequest(candidate, probe.messages(), settings.timeout(), probe.topLogprobs());
                    items.add(new Item(items.size(), candidate, probe, s, request, RequestKey.of(request, s)));
                }
            }
        }
        return items;
    }

    private void run(List<Item> items, Sink sink) {
        ResponseCache cache = settings.cacheDir() == null ? null : new ResponseCache(settings.cacheDir());
        Journal journal = settings.outDir() == null ? null : Journal.open(settings.outDir());
        try {
            Map<String, JournalEntry> done = journal == null ? Map.of() : journal.entries();
            List<Item> todo = new ArrayList<>();
            int resumed = 0;
            List<Runnable> replay = new ArrayList<>();
            for (Item item : items) {
                JournalEntry entry = done.get(item.itemKey());
                if (entry != null
                        && entry.request().equals(item.key())
                        && entry.result().succeeded()) {
                    resumed++;
                    replay.add(() -> sink.accept(
                            item, new Answer(item.candidate().name(), item.probe(), entry.result(), entry.cached())));
                } else {
                    todo.add(item);
                }
            }
            listener.started(items.size(), resumed);
            replay.forEach(Runnable::run);
            Map<String, EndpointGate> gates = new HashMap<>();
            for (Candidate c : candidates) {
                gates.computeIfAbsent(
                        c.baseUrl(),
                        url -> new EndpointGate(
                                settings.concurrency(), settings.requestsPerMinute(), settings.tokensPerMinute()));
            }
            CountDownLatch finished = new CountDownLatch(todo.size());
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (Item item : todo) {
                    threads.execute(() -> {
                        try {
                            Answer answer = answer(
                                    item, cache, gates.get(item.candidate().baseUrl()));
                            if (journal != null) {
                                journal.append(
                                        new JournalEntry(item.itemKey(), item.key(), answer.result(), answer.cached()));
                            }
                            sink.accept(item, answer);
                            listener.answered(answer);
                        } finally {
                            finished.countDown();
                        }
                    });
                }
                finished.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("screening run interrupted", e);
            }
            listener.finished();
        } finally {
            if (journal != null) {
                journal.close();
            }
        }
    }

    private Answer answer(Item item, ResponseCache cache, EndpointGate gate) {
        String name = item.candidate().name();
        if (cache != null) {
            var hit = cache.get(item.key());
            if (hit.isPresent()) {
                return new Answer(name, item.probe(), hit.get(), true);
            }
        }
        ChatResult result = call(item.request(), gate);
        if (cache != null && result.succeeded()) {
            cache.put(item.key(), result);
        }
        return new Answer(name, item.probe(), result, false);
    }

    /** One request with retries; every failure ends as an error result. */
    private ChatResult call(ChatRequest request, EndpointGate gate) {
        long estimate = estimateTokens(request);
        long start = System.nanoTime();
        for (int attempt = 0; ; attempt++) {
            try {
                gate.acquire();
                try {
                    gate.awaitBudget(estimate);
                    ChatResult result = client.complete(request);
                    gate.settle(estimate, result.totalTokens() > 0 ? result.totalTokens() : estimate);
                    return result;
                } finally {
                    gate.release();
                }
            } catch (ChatException e) {
                gate.settle(estimate, 0);
                if (!e.kind().retryable() || attempt >= settings.retries()) {
                    String why = attempt > 0 ? " (after " + (attempt + 1) + " attempts)" : "";
                    return ChatResult.failed(e.getMessage() + why, Duration.ofNanos(System.nanoTime() - start));
                }
                listener.retrying(request.candidate().name(), e, attempt + 1);
                Duration wait = backoff.delay(attempt, e.retryAfter().orElse(null));
                if (e.retryAfter().isPresent()) {
                    gate.pauseFor(wait);
                }
                if (!sleep(wait)) {
                    return ChatResult.failed("interrupted", Duration.ofNanos(System.nanoTime() - start));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return ChatResult.failed("interrupted", Duration.ofNanos(System.nanoTime() - start));
            } catch (RuntimeException e) {
                // a client bug must not sink the run; keep secrets out of the message all the same
                return ChatResult.failed(
                        "unexpected " + e.getClass().getSimpleName() + ": " + Secrets.redact(e.getMessage(), null),
                        Duration.ofNanos(System.nanoTime() - start));
            }
        }
    }

    /** Tokens to reserve before the answer is known: about four characters per token plus the answer budget. */
    static long estimateTokens(ChatRequest request) {
        long chars = 0;
        for (ChatMessage m : request.wireMessages()) {
            chars += m.content().length() + 8;
        }
        Integer max = request.maxTokens();
        return chars / 4 + (max == null ? 256 : max);
    }

    private static boolean sleep(Duration wait) {
        try {
            Thread.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
