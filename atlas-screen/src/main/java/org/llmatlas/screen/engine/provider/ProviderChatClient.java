package org.llmatlas.screen.engine.provider;

import org.llmatlas.screen.engine.ChatClient;
import org.llmatlas.screen.engine.ChatRequest;
import org.llmatlas.screen.engine.ChatResult;

/**
 * Routes each request by its candidate's base URL: {@code anthropic:[URL]} to Anthropic's Messages API (through
 * LangChain4j), anything else to the OpenAI-compatible client, which covers OpenAI, Ollama's {@code /v1}, vLLM and
 * most gateways. Candidates of different providers can be screened in one run.
 */
public final class ProviderChatClient implements ChatClient {

    private final ChatClient openAiCompatible;
    private final ChatClient anthropic = new AnthropicChatClient();

    public ProviderChatClient(ChatClient openAiCompatible) {
        this.openAiCompatible = openAiCompatible;
    }

    @Override
    public ChatResult complete(ChatRequest request) {
        return request.candidate().baseUrl().startsWith(AnthropicChatClient.PREFIX)
                ? anthropic.complete(request)
                : openAiCompatible.complete(request);
    }
}
