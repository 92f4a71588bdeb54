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
        StringBuilder out = new StringBuilder(s.length() + 2);
        quote(out, s);
        return out.toString();
    }

    /** Appends the JSON string literal of {@code s}, escaping as it goes (no intermediate string). */
    private static void quote(StringBuilder out, String s) {
        out.append('"');
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
        out.append('"');
    }

    private static void value(StringBuilder out, Object value, String indent, boolean top) {
        if (value instanceof Map<?, ?> map) {
            object(out, map, indent, top);
        } else if (value instanceof List<?> list) {
            array(out, list, indent);
        } else {
            scalar(out, value);
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map, String indent, boolean top) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        if (!top && allFlat(map.values())) {
            // try the one-line form in place; take it back if it grows too wide
            int start = out.length();
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
            while (it.hasNext() && out.length() - start <= INLINE_WIDTH) {
                Map.Entry<?, ?> e = it.next();
                quote(out, String.valueOf(e.getKey()));
                out.append(": ");
                value(out, e.getValue(), indent, false);
                out.append(it.hasNext() ? ", " : "}");
            }
            if (!it.hasNext() && out.length() - start <= INLINE_WIDTH) {
                return;
            }
            out.setLength(start);
        }
        String inner = indent + INDENT;
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<?, ?> e = it.next();
            out.append('\n').append(inner);
            quote(out, String.valueOf(e.getKey()));
            out.append(": ");
            value(out, e.getValue(), inner, false);
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
        boolean inline = allScalars(list);
        String inner = indent + INDENT;
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (!inline) {
                out.append('\n').append(inner);
            }
            value(out, list.get(i), inner, false);
            if (i < list.size() - 1) {
                out.append(inline ? ", " : ",");
            }
        }
        if (inline) {
            out.append(']');
        } else {
            out.append('\n').append(indent).append(']');
        }
    }

    private static boolean allFlat(java.util.Collection<?> values) {
        for (Object v : values) {
            if (!isFlat(v)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allScalars(List<?> values) {
        for (Object v : values) {
            if (!isScalar(v)) {
                return false;
            }
        }
        return true;
    }

    /** A scalar, or a list of scalars. */
    private static boolean isFlat(Object v) {
        return isScalar(v) || v instanceof List<?> l && allScalars(l);
    }

    private static boolean isScalar(Object v) {
        return !(v instanceof Map<?, ?> m && !m.isEmpty()) && !(v instanceof List<?> l && !l.isEmpty());
    }

    private static void scalar(StringBuilder out, Object v) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof Boolean || v instanceof Number) {
            out.append(v);
        } else if (v instanceof Map<?, ?>) {
            out.append("{}");
        } else if (v instanceof List<?>) {
            out.append("[]");
        } else {
            quote(out, v.toString());
        }
    }
}
