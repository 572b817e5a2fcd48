package org.llmatlas.detect.toxicity;

import java.util.ArrayList;
import java.util.List;

/**
 * A word of the input in {@link Obfuscation#canonical canonical} form, with what context rules need: whether it
 * stood in quotes (a mention, not a use) and whether it was capitalised mid-sentence (likely a name).
 */
record Token(String canonical, boolean quoted, boolean capitalizedMidSentence) {

    private static final String QUOTES = "\"'\u201C\u201D\u2018\u2019`";
    private static final String EDGE = QUOTES + ".,;:?!()[]{}<>";

    /** Splits on whitespace, strips edge punctuation, and joins spelled-out letters ("f u c k" → "fuck"). */
    static List<Token> split(String text) {
        List<Token> tokens = new ArrayList<>();
        boolean sentenceStart = true;
        StringBuilder spelled = new StringBuilder();
        for (String raw : text.split("\\s+")) {
            if (raw.isEmpty()) {
                continue;
            }
            int from = 0;
            int to = raw.length();
            while (from < to && EDGE.indexOf(raw.charAt(from)) >= 0) {
                from++;
            }
            while (to > from && EDGE.indexOf(raw.charAt(to - 1)) >= 0) {
                to--;
            }
            String core = raw.substring(from, to);
            boolean quoted = from > 0 && QUOTES.indexOf(raw.charAt(0)) >= 0;
            if (core.length() == 1 && Character.isLetterOrDigit(core.charAt(0)) || core.equals("*")) {
                spelled.append(core);
                continue;
            }
            flushSpelled(spelled, tokens);
            if (!core.isEmpty()) {
                boolean capitalised = Character.isUpperCase(core.charAt(0));
                tokens.add(new Token(Obfuscation.canonical(core), quoted, capitalised && !sentenceStart));
            }
            sentenceStart = !raw.isEmpty() && ".!?".indexOf(raw.charAt(raw.length() - 1)) >= 0;
        }
        flushSpelled(spelled, tokens);
        return List.copyOf(tokens);
    }

    private static void flushSpelled(StringBuilder spelled, List<Token> tokens) {
        if (spelled.length() >= 3) {
            tokens.add(new Token(Obfuscation.canonical(spelled.toString()), false, false));
        } else if (!spelled.isEmpty()) {
            for (char c : spelled.toString().toCharArray()) {
                tokens.add(new Token(Obfuscation.canonical(String.valueOf(c)), false, false));
            }
        }
        spelled.setLength(0);
    }
}
