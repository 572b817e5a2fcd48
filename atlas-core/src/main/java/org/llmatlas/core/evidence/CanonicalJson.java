package org.llmatlas.core.evidence;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The byte-exact JSON form that evidence digests and signatures are computed over, so that any implementation (and
 * any pretty-printing of the file) yields the same digest: no whitespace, object keys sorted by UTF-16 code units,
 * strings escaped minimally, integral numbers up to 2^53 without a fraction, other numbers as Java's shortest
 * round-trip {@link Double#toString}.
 */
final class CanonicalJson {

    private static final double MAX_EXACT = 9_007_199_254_740_992d; // 2^53

    private CanonicalJson() {}

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case String text -> appendString(out, text);
            case Number number -> appendNumber(out, number.doubleValue());
            case Boolean bool -> out.append(bool);
            case Map<?, ?> map -> appendObject(out, map);
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    append(out, list.get(i));
                }
                out.append(']');
            }
            default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private static void appendObject(StringBuilder out, Map<?, ?> map) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((key, val) -> sorted.put((String) key, val));
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> entry : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            appendString(out, entry.getKey());
            out.append(':');
            append(out, entry.getValue());
        }
        out.append('}');
    }

    private static void appendNumber(StringBuilder out, double number) {
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException("JSON has no " + number);
        }
        if (number == Math.rint(number) && Math.abs(number) <= MAX_EXACT) {
            out.append((long) number);
        } else {
            out.append(number);
        }
    }

    private static void appendString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
