package org.llmatlas.screen.engine.provider;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.function.UnaryOperator;
import org.llmatlas.screen.engine.Candidate;

/**
 * Anthropic's Messages API ({@code anthropic:[URL]}, key from {@code ANTHROPIC_API_KEY}) through LangChain4j's
 * {@link AnthropicChatModel}. Anthropic has no seed; an unset answer length is LangChain4j's 1024 tokens, because the
 * API requires one.
 */
final class AnthropicChatClient extends LangChainChatClient {

    AnthropicChatClient(UnaryOperator<String> environment) {
        super("https://api.anthropic.com/v1", List.of("ANTHROPIC_API_KEY"), environment);
    }

    @Override
    ChatModel build(Candidate candidate, Connection connection) {
        return AnthropicChatModel.builder()
                .httpClientBuilder(connection.http())
                .baseUrl(connection.baseUrl() + "/")
                .apiKey(connection.key())
                .modelName(candidate.model())
                .timeout(connection.timeout())
                .maxRetries(0)
                .build();
    }
}
