package org.llmatlas.screen.suite;

import java.util.List;

/** Renders a lettered multiple-choice question, the form in which MC1 and BBQ items are asked. */
final class Choices {

    static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private Choices() {}

    static String letter(int index) {
        return String.valueOf(LETTERS.charAt(index));
    }

    static String render(String question, List<String> options) {
        if (options.size() > LETTERS.length()) {
            throw new IllegalArgumentException("at most 26 options, got " + options.size());
        }
        var sb = new StringBuilder(question.strip()).append("\n\n");
        for (int i = 0; i < options.size(); i++) {
            sb.append(letter(i)).append(". ").append(options.get(i).strip()).append('\n');
        }
        return sb.append("\nAnswer with the letter of the single best option.").toString();
    }
}
