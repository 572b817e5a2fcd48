package org.llmatlas.cli.screen;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.screen.engine.Candidate;
import org.llmatlas.screen.engine.Pricing;
import org.llmatlas.screen.engine.Sampling;

/** Parses the small textual forms of the command line: candidates, durations, prices. */
final class Specs {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)?");

    private Specs() {}

    /**
     * {@code NAME=BASE_URL@MODEL}, e.g. {@code local=http://localhost:11434/v1@llama3.2} or, with a provider prefix,
     * {@code gem=gemini:@gemini-2.0-flash}.
     */
    static Candidate candidate(String spec, Sampling sampling, String systemPrompt) {
        int eq = spec.indexOf('=');
        int at = spec.lastIndexOf('@');
        if (eq <= 0 || at < eq + 2 || at == spec.length() - 1) {
            throw new IllegalArgumentException("--candidate '" + spec + "' is not NAME=BASE_URL@MODEL; "
                    + "examples: --candidate local=http://localhost:11434/v1@llama3.2,"
                    + " --candidate gem=gemini:@gemini-2.0-flash");
        }
        return new Candidate(
                spec.substring(0, eq),
                spec.substring(eq + 1, at),
                spec.substring(at + 1),
                null,
                sampling,
                systemPrompt);
    }

    /** {@code 90s}, {@code 500ms}, {@code 2m}, {@code 60} (seconds) or ISO-8601 {@code PT1M}. */
    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(t);
        if (m.matches()) {
            double n = Double.parseDouble(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            double millis = switch (unit) {
                case "ms" -> n;
                case "m" -> n * 60_000;
                case "h" -> n * 3_600_000;
                default -> n * 1_000;
            };
            return Duration.ofMillis((long) millis);
        }
        try {
            return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; use 90s, 500ms, 2m or PT1M");
        }
    }

    /** {@code PROMPT/COMPLETION} per 1k tokens, e.g. {@code 0.0005/0.0015}. */
    static Pricing price(String text) {
        String[] parts = text.split("/");
        try {
            if (parts.length == 2) {
                return new Pricing(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException(
                "price '" + text + "' is not PROMPT/COMPLETION per 1k tokens, e.g. 0.0005/0.0015");
    }
}
