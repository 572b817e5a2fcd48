package org.llmatlas.screen.engine;

import java.util.Objects;

/**
 * One message of a chat conversation, in the role vocabulary of the OpenAI chat completions API.
 *
 * <p>Probes carry whole conversations (few-shot, many-shot and multi-turn transforms need several turns), so the
 * engine sends message lists, never bare prompts.
 */
public record ChatMessage(String role, String content) {

    public ChatMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }

    public static ChatMessage system(String content) {
        return new ChatMessage("system", content);
    }

    public static ChatMessage user(String content) {
        return new ChatMessage("user", content);
    }

    public static ChatMessage assistant(String content) {
        return new ChatMessage("assistant", content);
    }
}
