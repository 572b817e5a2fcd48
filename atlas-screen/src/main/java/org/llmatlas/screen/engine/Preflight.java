package org.llmatlas.screen.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks every candidate with one tiny request before the run starts, so that a wrong URL, key or model name is
 * reported in one clear message instead of as thousands of per-item errors. A 429 or 503 passes: the endpoint is
 * there and knows the key, it is only busy.
 */
public final class Preflight {

    private static final List<ChatMessage> PING = List.of(ChatMessage.user("Reply with the single word OK."));

    private Preflight() {}

    /** Thrown when at least one candidate cannot be used; the message lists each problem with its fix. */
    public static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed(String message) {
            super(message);
        }
    }

    /**
     * @throws Failed naming every candidate that cannot be screened and what to do about it
     */
    public static void check(List<Candidate> candidates, ChatClient client, Duration timeout) {
        List<String> problems = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> checks = new ArrayList<>();
            for (Candidate candidate : candidates) {
                checks.add(threads.submit(() -> problem(candidate, client, timeout)));
            }
            for (Future<String> check : checks) {
                String problem = check.get();
                if (problem != null) {
                    problems.add(problem);
                }
            }
        } catch (Exception e) {
            throw new Failed("preflight check interrupted: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new Failed(String.join("\n", problems));
        }
    }

    private static String problem(Candidate candidate, ChatClient client, Duration timeout) {
        Candidate tiny = candidate.withSampling(candidate.sampling().withMaxTokens(4));
        try {
            client.complete(new ChatRequest(tiny, PING, timeout));
            return null;
        } catch (ChatException e) {
            if (e.kind() == ChatException.Kind.RATE_LIMITED) {
                return null;
            }
            String who = "candidate '" + candidate.name() + "' (" + candidate.baseUrl() + ", model " + candidate.model()
                    + "): ";
            return who
                    + switch (e.kind()) {
                        case UNREACHABLE ->
                            e.getMessage() + ". Check the base URL and that the server runs "
                                    + "(Ollama: 'ollama serve', base URL ollama: or http://localhost:11434/v1).";
                        case UNAUTHORIZED ->
                            e.status() == 0
                                    ? e.getMessage()
                                    : "the endpoint rejected the API key"
                                            + (candidate.apiKeyEnv() == null ? "" : " from $" + candidate.apiKeyEnv())
                                            + " (" + e.getMessage() + "). Check the key, or name another variable"
                                            + " with --api-key-env " + candidate.name() + "=VAR.";
                        case NOT_FOUND -> notFound(candidate, e);
                        case TIMEOUT -> e.getMessage() + ". Raise --timeout if the model is slow to load.";
                        case SERVER_ERROR, BAD_REQUEST, RATE_LIMITED -> e.getMessage();
                    };
        }
    }

    private static String notFound(Candidate candidate, ChatException e) {
        String provider = candidate.provider();
        return provider.isEmpty()
                ? "HTTP 404: the model '" + candidate.model() + "' is unknown there, or the base URL is wrong. The base"
                        + " URL must end before /chat/completions (usually in /v1); GET " + candidate.baseUrl()
                        + "/models lists the models."
                : "HTTP 404: the model '" + candidate.model() + "' is unknown to " + provider + ":, or the URL after"
                        + " the prefix is wrong (" + e.getMessage() + ").";
    }
}
