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
 * @param topLogprobs 0 for an ordinary answer; else ask for one token only and for this many most likely
 *     alternatives of it with their log-probabilities (at most 20, the OpenAI limit)
 */
public record ChatRequest(Candidate candidate, List<ChatMessage> messages, Duration timeout, int topLogprobs) {

    /** The most alternatives the OpenAI chat completions API returns per token. */
    public static final int MAX_TOP_LOGPROBS = 20;

    /** An ordinary answer. */
    public ChatRequest(Candidate candidate, List<ChatMessage> messages, Duration timeout) {
        this(candidate, messages, timeout, 0);
    }

    public ChatRequest {
        Objects.requireNonNull(candidate, "candidate");
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a chat request needs at least one message");
        }
        timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
        if (topLogprobs < 0 || topLogprobs > MAX_TOP_LOGPROBS) {
            throw new IllegalArgumentException("top_logprobs must be in [0, 20], was " + topLogprobs);
        }
    }

    /** The answer budget in tokens: 1 when only the first token's alternatives are wanted, else the candidate's. */
    public Integer maxTokens() {
        return topLogprobs > 0 ? Integer.valueOf(1) : candidate.sampling().maxTokens();
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
