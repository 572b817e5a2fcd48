package org.llmatlas.core.validation;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with an input file, precise enough for an editor to jump to it and for a person to fix it.
 *
 * @param file the file as the user named it (or a path relative to the directory being validated)
 * @param line 1-based line, 0 when unknown (e.g. a missing file)
 * @param column 1-based column, 0 when unknown
 * @param message what is wrong
 * @param hint what to do about it; may be empty, never null
 */
public record Problem(String file, int line, int column, String message, String hint) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    /** A problem with the whole file rather than one position in it. */
    public static Problem inFile(String file, String message, String hint) {
        return new Problem(file, 0, 0, message, hint);
    }

    /** {@code file:line:column: message (hint)}, the format compilers use, so editors and CI can link to it. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ").append(message);
        if (!hint.isEmpty()) {
            out.append(" (").append(hint).append(')');
        }
        return out.toString();
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
