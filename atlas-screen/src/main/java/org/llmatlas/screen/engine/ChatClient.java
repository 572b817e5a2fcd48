package org.llmatlas.screen.engine;

/**
 * Sends one chat completion and waits for its answer.
 *
 * <p>Implementations do one attempt and throw {@link ChatException} when it fails; retries, rate limits and
 * concurrency belong to the engine, so that every provider gets the same politeness. The OpenAI-compatible
 * implementation covers OpenAI, Ollama ({@code /v1}), vLLM, llama.cpp, LM Studio and most gateways.
 */
@FunctionalInterface
public interface ChatClient {

    /**
     * Runs the request once.
     *
     * @throws ChatException when the endpoint refuses, fails or times out
     */
    ChatResult complete(ChatRequest request);
}
