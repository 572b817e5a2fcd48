package org.llmatlas.screen.score;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the chosen letter from a free-text answer to a lettered question. Models answer "B", "(B)", "B. The
 * grandson", "The answer is B" or "**Answer: B**"; a reply that names several letters without committing is not
 * parsed (and scored as wrong), rather than guessed.
 */
public final class ChoiceParser {

    private static final Pattern OPTION_LINE = Pattern.compile("(?m)^([A-Z])\\. ");
    private static final Pattern EXPLICIT =
            Pattern.compile("(?i)\\b(?:answer|option|choice)\\s*(?:is|:)?\\s*[:*\\s]*\\(?([A-Z])\\)?(?![\\p{L}])");
    private static final Pattern LEADING = Pattern.compile("^[\\s*_\"'(\\[]*([A-Z])(?:[).:\\]]|\\s|$)");
    private static final Pattern LONE = Pattern.compile("(?<![\\p{L}'])\\(?([A-Z])\\)?(?![\\p{L}'])");

    private ChoiceParser() {}

    /** Highest option letter offered in the question, e.g. 'C' for a three-way question. */
    static char lastOption(String question) {
        char last = 'Z';
        Matcher m = OPTION_LINE.matcher(question);
        while (m.find()) {
            last = m.group(1).charAt(0);
        }
        return last;
    }

    public static Optional<String> parse(String answer, String question) {
        char last = lastOption(question);
        String text = answer.strip();
        Matcher explicit = EXPLICIT.matcher(text);
        if (explicit.find() && explicit.group(1).charAt(0) <= last) {
            return Optional.of(explicit.group(1));
        }
        Matcher leading = LEADING.matcher(text);
        if (leading.find()
                && leading.group(1).charAt(0) <= last
                && !leading.group(1).equals("I")) {
            return Optional.of(leading.group(1));
        }
        Matcher lone = LONE.matcher(text);
        String found = null;
        while (lone.find()) {
            String letter = lone.group(1);
            if (letter.charAt(0) > last || letter.equals("I") || letter.equals("A") && !isOptionA(text, lone.start())) {
                continue;
            }
            if (found != null && !found.equals(letter)) {
                return Optional.empty();
            }
            found = letter;
        }
        return Optional.ofNullable(found);
    }

    /** "A" is also an article: skip it at a sentence start when a lower-case word follows ("A man ..."). */
    private static boolean isOptionA(String text, int at) {
        String before = text.substring(0, at).stripTrailing();
        boolean sentenceStart =
                before.isEmpty() || before.endsWith(".") || before.endsWith("!") || before.endsWith("?");
        boolean wordFollows = text.substring(at).matches("(?s)A [a-z].*");
        return !(sentenceStart && wordFollows);
    }
}
