package org.llmatlas.screen.engine.provider;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.mistralai.MistralAiChatModel;
import java.util.List;
import java.util.function.UnaryOperator;
import org.llmatlas.screen.engine.Candidate;

/**
 * Mistral's chat completions ({@code mistral:[URL]}, key from {@code MISTRAL_API_KEY}) through LangChain4j's
 * {@link MistralAiChatModel}. Mistral's API is close to OpenAI's but takes the seed as {@code random_seed}, which the
 * OpenAI-compatible client does not send.
 */
final class MistralChatClient extends LangChainChatClient {

    MistralChatClient(UnaryOperator<String> environment) {
        super("https://api.mistral.ai/v1", List.of("MISTRAL_API_KEY"), environment);
    }

    @Override
    ChatModel build(Candidate candidate, Connection connection) {
        return MistralAiChatModel.builder()
                .httpClientBuilder(connection.http())
                .baseUrl(connection.baseUrl())
                .apiKey(connection.key())
                .modelName(candidate.model())
                .randomSeed(seed(candidate))
                .timeout(connection.timeout())
                .maxRetries(0)
                .build();
    }
}
