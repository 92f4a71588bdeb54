package org.starrocks4j.json;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON text from plain Java values — {@code null}, {@link String}, {@link Boolean}, {@link Number},
 * {@link Map} (keys in iteration order) and {@link List} — deterministically: two-space indentation, an object
 * or array on one line when its members are scalars (or lists of scalars) and the line stays within
 * {@value #INLINE_WIDTH} characters, else one member per line, and a final newline. The
 * toolkit's JSON outputs (the model, diff results) share it so they quote and escape one way.
 */
public final class JsonWriter {

    private static final String INDENT = "  ";
    /** Longest object or array written on one line. */
    private static final int INLINE_WIDTH = 100;

    private JsonWriter() {
    }

    /** The JSON text of {@code value}, ending with a newline; the top level is always written over several lines. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        value(out, value, "", true);
        return out.append('\n').toString();
    }

    /**
     * The JSON text of {@code value} as a member nested at {@code indent} (no final newline): for writing a long
     * document a member at a time instead of building all of it first.
     */
    static String member(Object value, String indent) {
        StringBuilder out = new StringBuilder();
        value(out, value, indent, false);
        return out.toString();
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped. */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static void value(StringBuilder out, Object value, String indent, boolean top) {
        if (value instanceof Map<?, ?> map) {
            object(out, map, indent, top);
        } else if (value instanceof List<?> list) {
            array(out, list, indent);
        } else {
            out.append(scalar(value));
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map, String indent, boolean top) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        if (!top && map.values().stream().allMatch(JsonWriter::isFlat)) {
            StringBuilder line = new StringBuilder("{");
            Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                line.append(quote(String.valueOf(e.getKey()))).append(": ");
                value(line, e.getValue(), indent, false);
                line.append(it.hasNext() ? ", " : "}");
            }
            if (line.length() <= INLINE_WIDTH) {
                out.append(line);
                return;
            }
        }
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<?, ?> e = it.next();
            out.append('\n').append(indent).append(INDENT).append(quote(String.valueOf(e.getKey()))).append(": ");
            value(out, e.getValue(), indent + INDENT, false);
            if (it.hasNext()) {
                out.append(',');
            }
        }
        out.append('\n').append(indent).append('}');
    }

    private static void array(StringBuilder out, List<?> list, String indent) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        boolean inline = list.stream().allMatch(JsonWriter::isScalar);
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            out.append(inline ? "" : "\n" + indent + INDENT);
            value(out, list.get(i), indent + INDENT, false);
            if (i < list.size() - 1) {
                out.append(inline ? ", " : ",");
            }
        }
        out.append(inline ? "]" : "\n" + indent + "]");
    }

    /** A scalar, or a list of scalars. */
    private static boolean isFlat(Object v) {
        return isScalar(v) || v instanceof List<?> l && l.stream().allMatch(JsonWriter::isScalar);
    }

    private static boolean isScalar(Object v) {
        return !(v instanceof Map<?, ?> m && !m.isEmpty()) && !(v instanceof List<?> l && !l.isEmpty());
    }

    private static String scalar(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            return v.toString();
        }
        if (v instanceof Map<?, ?>) {
            return "{}";
        }
        if (v instanceof List<?>) {
            return "[]";
        }
        if (v instanceof Number n) {
            return n.toString();
        }
        return quote(v.toString());
    }
}
