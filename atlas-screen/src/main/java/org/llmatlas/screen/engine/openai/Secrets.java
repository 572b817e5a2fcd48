package org.llmatlas.screen.engine.openai;

import java.util.regex.Pattern;

/**
 * Keeps API keys out of messages: whatever an endpoint echoes back (some put the key into their error text) passes
 * through here before it reaches a log, an exception or a report.
 */
public final class Secrets {

    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]{8,}");
    private static final Pattern KEY_LIKE = Pattern.compile("\\b(sk|pk|rk|gsk|xai)-[A-Za-z0-9_-]{8,}");

    private Secrets() {}

    /** The text with {@code secret} and anything that looks like a bearer token or provider key replaced. */
    public static String redact(String text, String secret) {
        if (text == null) {
            return "";
        }
        String out = text;
        if (secret != null && secret.length() >= 4) {
            out = out.replace(secret, "***");
        }
        out = BEARER.matcher(out).replaceAll("$1***");
        return KEY_LIKE.matcher(out).replaceAll("$1-***");
    }
}
