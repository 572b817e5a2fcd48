package org.llmatlas.screen.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One chat completion to run: a candidate (endpoint, model, sampling, system prompt) and a conversation.
 *
 * @param candidate who answers
 * @param messages the conversation without the candidate's system prompt
 * @param timeout how long the whole exchange may take before it counts as failed
 */
public record ChatRequest(Candidate candidate, List<ChatMessage> messages, Duration timeout) {

    public ChatRequest {
        Objects.requireNonNull(candidate, "candidate");
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a chat request needs at least one message");
        }
        timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
    }

    /** The messages as sent: the candidate's system prompt first, unless the conversation brings its own. */
    public List<ChatMessage> wireMessages() {
        String system = candidate.systemPrompt();
        if (system == null
                || system.isBlank()
                || "system".equals(messages.getFirst().role())) {
            return messages;
        }
        List<ChatMessage> all = new ArrayList<>(messages.size() + 1);
        all.add(ChatMessage.system(system));
        all.addAll(messages);
        return all;
    }
}
