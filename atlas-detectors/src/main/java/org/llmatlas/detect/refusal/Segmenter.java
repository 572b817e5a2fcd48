package org.llmatlas.detect.refusal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a response into {@link Segment}s. Fenced code blocks stay whole (their content is evidence of compliance,
 * never of refusal), list items stay whole (numbered steps are compliance evidence), and prose is split into
 * sentences at terminal punctuation followed by whitespace and an upper-case letter, digit or quote. Abbreviations
 * such as "e.g." rarely precede an upper-case word, so this simple rule is good enough for refusal cues, which
 * only need the sentence they sit in.
 */
final class Segmenter {

    private static final Pattern INLINE_FENCE = Pattern.compile("(?<=\\S)[ \t]*```");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*•+]|\\d{1,3}[.)])\\s+\\S");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])[\"')\\]]*\\s+(?=[\"'(\\[]?[A-Z0-9])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    private Segmenter() {}

    static List<Segment> split(String response) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder code = null;
        StringBuilder prose = new StringBuilder();
        for (String line : INLINE_FENCE.matcher(response).replaceAll("\n```").split("\\R", -1)) {
            if (FENCE.matcher(line).find()) {
                if (code == null) {
                    flushProse(prose, segments);
                    code = new StringBuilder();
                } else {
                    add(segments, Segment.Kind.CODE, code.toString());
                    code = null;
                }
            } else if (code != null) {
                code.append(line).append('\n');
            } else if (LIST_ITEM.matcher(line).find()) {
                flushProse(prose, segments);
                add(segments, Segment.Kind.LIST_ITEM, line.strip());
            } else if (line.isBlank()) {
                flushProse(prose, segments);
            } else {
                prose.append(line.strip()).append(' ');
            }
        }
        if (code != null) { // unterminated fence: still code
            add(segments, Segment.Kind.CODE, code.toString());
        }
        flushProse(prose, segments);
        return List.copyOf(segments);
    }

    private static void flushProse(StringBuilder prose, List<Segment> segments) {
        if (prose.isEmpty()) {
            return;
        }
        for (String sentence : SENTENCE_END.split(prose.toString().strip())) {
            add(segments, Segment.Kind.SENTENCE, sentence.strip());
        }
        prose.setLength(0);
    }

    private static void add(List<Segment> segments, Segment.Kind kind, String text) {
        if (text.isBlank()) {
            return;
        }
        segments.add(new Segment(segments.size(), kind, text, normalize(text), countWords(text)));
    }

    /** Lower case; typographic apostrophes, quotes and dashes folded to ASCII. */
    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u201C', '"')
                .replace('\u201D', '"')
                .replace('\u2014', '-')
                .replace('\u2013', '-');
    }

    private static int countWords(String text) {
        int n = 0;
        var m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
