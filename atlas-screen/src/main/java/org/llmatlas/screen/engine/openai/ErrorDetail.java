package org.llmatlas.screen.engine.openai;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one line of an endpoint's error body that a user needs ("API key not valid", "model 'x' not found"), short,
 * on one line and with the key redacted, whatever the provider's error shape: OpenAI, Anthropic and Gemini nest it
 * in {@code error.message}, Ollama sends {@code error} as a string, Mistral a top-level {@code message}.
 */
public final class ErrorDetail {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LIMIT = 300;

    private ErrorDetail() {}

    /** The message inside {@code body} (or the body itself when it is not JSON), abbreviated and redacted. */
    public static String of(String body, String secret) {
        String detail = body;
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode error = root.path("error");
            JsonNode message =
                    error.isObject() ? error.path("message") : error.isMissingNode() ? root.path("message") : error;
            if (message.isString()) {
                detail = message.stringValue();
            }
        } catch (JacksonException notJson) {
            // keep the raw body
        }
        return Secrets.redact(abbreviate(detail), secret);
    }

    /** Whitespace collapsed and cut at 300 characters, so that an HTML error page does not flood the terminal. */
    static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() <= LIMIT ? flat : flat.substring(0, LIMIT) + "…";
    }
}
