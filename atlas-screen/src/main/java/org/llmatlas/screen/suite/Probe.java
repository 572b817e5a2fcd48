package org.llmatlas.screen.suite;

import java.util.List;
import java.util.Objects;
import org.llmatlas.screen.engine.ChatMessage;
import org.llmatlas.screen.engine.ChatRequest;

/**
 * One item sent to every candidate: the conversation to send and what a good answer looks like. The engine
 * treats it as opaque; scoring reads {@link #expected()}. {@code transform} names the adversarial transform
 * applied ({@code "none"} for the plain item), so attack success can be reported per transform.
 */
public record Probe(
        String suite, String id, String category, List<ChatMessage> messages, Expectation expected, String transform) {

    public Probe {
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expected, "expected");
        category = category == null || category.isBlank() ? "uncategorised" : category;
        messages = List.copyOf(messages);
        transform = transform == null || transform.isBlank() ? "none" : transform;
    }

    /** A single-turn probe with no transform. */
    public static Probe of(String suite, String id, String category, String prompt, Expectation expected) {
        return new Probe(suite, id, category, List.of(new ChatMessage("user", prompt)), expected, "none");
    }

    /**
     * How many alternatives of the first answer token this probe is scored from: the most the API gives (20) for
     * TruthfulQA MC2, which reads the probability of each option letter; 0 for an answer that is read as text.
     */
    public int topLogprobs() {
        return expected.kind().equals("mc2") ? ChatRequest.MAX_TOP_LOGPROBS : 0;
    }

    /** The text of the last user message: the prompt that detectors and scoring look at. */
    public String prompt() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if ("user".equals(messages.get(i).role())) {
                return messages.get(i).content();
            }
        }
        return "";
    }

    /** A stable key that distinguishes transformed variants of the same item. */
    public String key() {
        return suite + "/" + id + "#" + transform;
    }
}
