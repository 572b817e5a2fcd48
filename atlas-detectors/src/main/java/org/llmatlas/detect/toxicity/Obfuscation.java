package org.llmatlas.detect.toxicity;

import java.util.Locale;

/**
 * Undoes the usual ways people disguise words from filters: leetspeak digits and symbols ({@code 1d10t}, {@code
 * $h1t}), stretched letters ({@code stuuupid}), and separators inside a word ({@code f.u.c.k}). A masked letter
 * ({@code f*ck}) is kept as {@code *} for a wildcard lookup.
 */
final class Obfuscation {

    private Obfuscation() {}

    /** The canonical form of one token: lower case, leet decoded, separators dropped, repeats collapsed. */
    static String canonical(String token) {
        StringBuilder sb = new StringBuilder(token.length());
        for (char c : token.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '0' -> sb.append('o');
                case '1', '!', '|' -> sb.append('i');
                case '3' -> sb.append('e');
                case '4', '@' -> sb.append('a');
                case '5', '$' -> sb.append('s');
                case '7', '+' -> sb.append('t');
                case '8' -> sb.append('b');
                case '*' -> sb.append('*');
                case '.', '-', '_', '\'' -> {}
                default -> {
                    if (Character.isLetter(c)) {
                        sb.append(c);
                    }
                }
            }
        }
        return collapseRepeats(sb.toString());
    }

    /** "fuuuuck" → "fuck", "asshole" → "ashole": lexicon terms are collapsed the same way, so both meet. */
    static String collapseRepeats(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }
}
