package org.llmatlas.detect.text;

/**
 * ROT13 over ASCII letters: its own inverse. Screening encodes harmful requests with it; the injection detector
 * decodes text with it to look for hidden instructions.
 */
public final class Rot13 {

    private Rot13() {}

    public static String apply(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                sb.append((char) ('a' + (c - 'a' + 13) % 26));
            } else if (c >= 'A' && c <= 'Z') {
                sb.append((char) ('A' + (c - 'A' + 13) % 26));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
