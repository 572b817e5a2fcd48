/**
 * The client for OpenAI-compatible chat completions ({@code POST {base}/chat/completions}), the protocol that
 * OpenAI, Ollama's {@code /v1}, vLLM, llama.cpp, LM Studio and most gateways speak. Built on
 * {@link java.net.http.HttpClient} so that it adds no dependency and runs on virtual threads.
 */
package org.llmatlas.screen.engine.openai;
