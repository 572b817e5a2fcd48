package org.llmatlas.screen.engine.provider;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.llmatlas.screen.engine.Candidate;

/**
 * Ollama's native API ({@code ollama:[URL]}, default {@code http://localhost:11434}) through LangChain4j's
 * {@link OllamaChatModel}: {@code /api/chat} with seed, temperature, top_p and num_predict as Ollama's own
 * {@code options} rather than translated from OpenAI's names by its {@code /v1} layer (which still works through the
 * OpenAI-compatible client, {@code http://localhost:11434/v1}). No key by default; a variable named with
 * {@code --api-key-env} is sent as a bearer token (ollama.com, or a local server behind an authenticating proxy).
 */
final class OllamaChatClient extends LangChainChatClient {

    OllamaChatClient(UnaryOperator<String> environment) {
        super("http://localhost:11434", List.of(), environment);
    }

    @Override
    ChatModel build(Candidate candidate, Connection connection) {
        return OllamaChatModel.builder()
                .httpClientBuilder(connection.http())
                .baseUrl(connection.baseUrl())
                .modelName(candidate.model())
                .seed(seed(candidate))
                .customHeaders(
                        connection.key() == null ? Map.of() : Map.of("Authorization", "Bearer " + connection.key()))
                .timeout(connection.timeout())
                .maxRetries(0)
                .build();
    }
}
