package org.llmatlas.screen.engine.provider;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.llmatlas.core.validation.DidYouMean;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.engine.ChatClient;
import org.llmatlas.screen.engine.ChatException;
import org.llmatlas.screen.engine.ChatRequest;
import org.llmatlas.screen.engine.ChatResult;
import org.llmatlas.screen.engine.openai.OpenAiChatClient;

/**
 * Routes each request by its candidate's provider prefix, so that candidates of different providers are screened in
 * one run: a plain {@code http(s)://} URL and {@code azure:URL} go to the OpenAI-compatible client (OpenAI, Azure
 * OpenAI, Ollama's {@code /v1}, vLLM and most gateways), {@code anthropic:}, {@code gemini:}, {@code mistral:} and
 * {@code ollama:} to their LangChain4j-backed clients. An unknown prefix is refused with the closest known one.
 */
public final class ProviderChatClient implements ChatClient {

    /** Prefix → the LangChain4j-backed client for it, given how to read environment variables. */
    private static final Map<String, Function<UnaryOperator<String>, ChatClient>> LANGCHAIN = Map.of(
            "anthropic", AnthropicChatClient::new,
            "gemini", GeminiChatClient::new,
            "mistral", MistralChatClient::new,
            "ollama", OllamaChatClient::new);

    /** Every prefix that some client serves, for the did-you-mean of a misspelt one. */
    private static final SortedSet<String> PREFIXES = Stream.concat(
                    LANGCHAIN.keySet().stream(), Stream.of(OpenAiChatClient.AZURE))
            .collect(Collectors.toCollection(TreeSet::new));

    private final Map<String, ChatClient> clients = new HashMap<>();

    /** Keys come from the process environment. */
    public ProviderChatClient(ChatClient openAiCompatible) {
        this(openAiCompatible, System::getenv);
    }

    /**
     * @param openAiCompatible serves plain URLs and {@code azure:}
     * @param environment looks up the LangChain4j-backed providers' key variables (tests pass a map)
     */
    public ProviderChatClient(ChatClient openAiCompatible, UnaryOperator<String> environment) {
        clients.put("", openAiCompatible);
        clients.put(OpenAiChatClient.AZURE, openAiCompatible);
        LANGCHAIN.forEach((prefix, client) -> clients.put(prefix, client.apply(environment)));
    }

    @Override
    public ChatResult complete(ChatRequest request) {
        ChatClient client = clients.get(request.candidate().provider());
        if (client == null) {
            throw new ChatException(ChatException.Kind.BAD_REQUEST, 0, unknownProvider(request.candidate()), null);
        }
        return client.complete(request);
    }

    /**
     * Refuses a candidate whose provider prefix no client serves, before anything is sent.
     *
     * @throws IllegalArgumentException naming the closest known prefix
     */
    public static void requireKnownProvider(Candidate candidate) {
        String provider = candidate.provider();
        if (!provider.isEmpty() && !PREFIXES.contains(provider)) {
            throw new IllegalArgumentException(unknownProvider(candidate));
        }
    }

    private static String unknownProvider(Candidate candidate) {
        String hint = DidYouMean.suggest(candidate.provider(), PREFIXES)
                .map(p -> "did you mean '" + p + ":'? ")
                .orElse("");
        return "candidate '" + candidate.name() + "': unknown provider '" + candidate.provider() + ":'; " + hint
                + "known: " + PREFIXES.stream().map(p -> p + ":").collect(Collectors.joining(", "))
                + ", or an http(s):// URL of an OpenAI-compatible endpoint";
    }
}
