package org.llmatlas.detect.injection;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.detect.Detector;
import org.llmatlas.detect.Sample;
import org.llmatlas.detect.Verdict;
import org.llmatlas.detect.text.Rot13;

/**
 * Flags prompt-injection attempts in text that reaches a model: instruction overrides ("ignore previous
 * instructions"), role-play overrides (DAN, "developer mode", "act as an AI without restrictions"), requests to
 * reveal the system prompt, chat-template delimiters smuggled into user text, and payloads hidden in base64 or
 * rot13. It reads the prompt when there is one and the response too (a retrieved document or tool output placed in
 * the response field is scanned the same way).
 *
 * <p>Why heuristics: they are fast enough for a gateway on every request, explainable, and catch the large family
 * of copy-pasted attacks. Why several weak signals combined as independent evidence ({@code 1 - Π(1 - w)}): real
 * attacks stack techniques (a persona, an override and an encoding), benign text rarely does. Encoded payloads are
 * decoded and scanned again, so "aWdub3JlIHByZXZpb3Vz..." is read as what it says. Limits: paraphrased or
 * translated attacks, and attacks spread over several turns, get through; a text that <em>discusses</em> prompt
 * injection is flagged like one that performs it.
 */
public final class InjectionDetector implements Detector {

    private static final double FLAG_THRESHOLD = 0.5;
    private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/]{20,}={0,2}");
    private static final double BASE64_TEXT_WEIGHT = 0.35;

    @Override
    public String name() {
        return "injection";
    }

    @Override
    public Verdict detect(Sample sample) {
        String text = sample.hasPrompt() ? sample.prompt() + "\n" + sample.response() : sample.response();
        List<Signal> signals = new ArrayList<>();
        scan(normalize(text), "", signals);
        scan(normalize(Rot13.apply(text)), "rot13-encoded ", signals);
        Matcher m = BASE64_RUN.matcher(text);
        while (m.find()) {
            String decoded = decodeBase64Text(m.group());
            if (decoded != null) {
                int before = signals.size();
                scan(normalize(decoded), "base64-encoded ", signals);
                if (signals.size() == before) {
                    signals.add(new Signal("encoded_payload", BASE64_TEXT_WEIGHT, "base64 text payload"));
                }
            }
        }
        if (signals.isEmpty()) {
            return pass(sample, 0.0, "none", "no injection pattern");
        }
        double clean = 1.0;
        Signal strongest = signals.getFirst();
        for (Signal s : signals) {
            clean *= 1.0 - s.weight();
            if (s.weight() > strongest.weight()) {
                strongest = s;
            }
        }
        double score = Math.round((1.0 - clean) * 1000) / 1000.0;
        String reason =
                signals.stream().map(Signal::description).distinct().toList().toString();
        return score >= FLAG_THRESHOLD
                ? flag(sample, score, strongest.label(), reason)
                : pass(sample, score, "none", "below threshold: " + reason);
    }

    private static void scan(String normalized, String prefix, List<Signal> out) {
        for (Technique t : Technique.values()) {
            if (t.foundIn(normalized)) {
                String label = prefix.isEmpty() ? t.label() : "encoded_payload";
                double weight = prefix.isEmpty() ? t.weight() : Math.max(t.weight(), 0.9);
                out.add(new Signal(label, weight, prefix + t.label()));
            }
        }
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[ \\t\\x0B\\f]+", " ");
    }

    /** The decoded text if {@code candidate} is base64 of mostly printable UTF-8 with a few words, else null. */
    static String decodeBase64Text(String candidate) {
        if (candidate.length() % 4 == 1) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(pad(candidate));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException binary) {
            return null;
        }
        long printable = decoded.chars()
                .filter(c -> c >= 0x20 && c != 0x7F || c == '\n' || c == '\t')
                .count();
        boolean words = decoded.split("\\s+").length >= 3;
        return printable >= decoded.length() * 0.95 && words ? decoded : null;
    }

    private static String pad(String s) {
        return s.endsWith("=") ? s : s + "=".repeat((4 - s.length() % 4) % 4);
    }

    private record Signal(String label, double weight, String description) {}
}
