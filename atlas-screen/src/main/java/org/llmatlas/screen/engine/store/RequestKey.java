package org.llmatlas.screen.engine.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.llmatlas.screen.engine.ChatMessage;
import org.llmatlas.screen.engine.ChatRequest;
import org.llmatlas.screen.engine.Sampling;

/**
 * The identity of a request's answer: SHA-256 over base URL, model, sampling parameters, the messages as sent
 * (system prompt included), the sample number and, for a request for token alternatives, their number. Two runs that would send the same bytes share a key; a change
 * of any of these makes a new key, so a cached answer is never served for a different question.
 */
public final class RequestKey {

    private RequestKey() {}

    /** Hex SHA-256 of the request's identity. */
    public static String of(ChatRequest request, int sample) {
        Sampling s = request.candidate().sampling();
        StringBuilder text = new StringBuilder(256)
                .append("v1\n")
                .append(request.candidate().baseUrl())
                .append('\n')
                .append(request.candidate().model())
                .append('\n')
                .append(s.temperature())
                .append('|')
                .append(s.topP())
                .append('|')
                .append(s.maxTokens())
                .append('|')
                .append(s.seed())
                .append('\n')
                .append(sample)
                .append('\n');
        if (request.topLogprobs() > 0) {
            // a first-token probability request is another measurement; ordinary keys stay as they were
            text.append("top_logprobs=").append(request.topLogprobs()).append('\n');
        }
        for (ChatMessage m : request.wireMessages()) {
            // length-prefixed so that no choice of contents can collide with another split
            text.append(m.role())
                    .append(':')
                    .append(m.content().length())
                    .append(':')
                    .append(m.content());
        }
        return sha256(text.toString());
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
