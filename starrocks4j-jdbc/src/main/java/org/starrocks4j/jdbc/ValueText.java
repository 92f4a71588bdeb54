package org.starrocks4j.jdbc;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text StarRocks prints for ARRAY, MAP, STRUCT and JSON values into a syntax tree. The text looks like
 * JSON but is not: map keys may be unquoted ({@code {1:"a"}}), strings may use single quotes and hold raw control
 * characters, escapes follow MySQL ({@code \'}), and old servers print structs positionally ({@code {1,"a"}}).
 * {@link ValueDecoder} then turns the tree into Java values by the column's type.
 */
final class ValueText {

    /** A node of the tree. */
    sealed interface Node permits Scalar, Null, ListNode, ObjectNode {
    }

    /** An unquoted token ({@code 12}, {@code 1.50}, {@code true}) or a quoted string. */
    record Scalar(String text, boolean quoted) implements Node {
    }

    /** An unquoted {@code null}. */
    record Null() implements Node {
    }

    /** {@code [a, b, ...]}. */
    record ListNode(List<Node> items) implements Node {
    }

    /** {@code {k: v, ...}}; a positional struct entry has a {@code null} key. */
    record ObjectNode(List<Entry> entries) implements Node {
    }

    /** One entry of an {@link ObjectNode}. */
    record Entry(Node key, Node value) {
    }

    private static final int MAX_DEPTH = 200;

    private final String text;
    private final String typeName;
    private int pos;
    private int depth;

    private ValueText(String text, String typeName) {
        this.text = text;
        this.typeName = typeName;
    }

    /** Parses a whole value; trailing text is an error. */
    static Node parse(String text, String typeName) {
        ValueText p = new ValueText(text, typeName);
        Node node = p.value(false);
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected text after the value");
        }
        return node;
    }

    private Node value(boolean keyPosition) {
        skipSpace();
        if (pos >= text.length()) {
            throw error("the text ends where a value should start");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '[':
                return list();
            case '{':
                return object();
            case '"':
            case '\'':
                return new Scalar(quoted(c), true);
            default:
                return unquoted(keyPosition);
        }
    }

    private Node list() {
        enter();
        pos++;
        List<Node> items = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            depth--;
            return new ListNode(items);
        }
        while (true) {
            items.add(value(false));
            skipSpace();
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == ']') {
                pos++;
                depth--;
                return new ListNode(items);
            } else {
                throw error(c == 0 ? "the array is not closed with ']'" : "expected ',' or ']' in the array");
            }
        }
    }

    private Node object() {
        enter();
        pos++;
        List<Entry> entries = new ArrayList<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            depth--;
            return new ObjectNode(entries);
        }
        while (true) {
            Node first = value(true);
            skipSpace();
            if (peek() == ':') {
                pos++;
                entries.add(new Entry(first, value(false)));
                skipSpace();
            } else {
                entries.add(new Entry(null, first));
            }
            char c = peek();
            if (c == ',') {
                pos++;
            } else if (c == '}') {
                pos++;
                depth--;
                return new ObjectNode(entries);
            } else {
                throw error(c == 0 ? "the map or struct is not closed with '}'" : "expected ',' or '}' in the map or "
                        + "struct");
            }
        }
    }

    /** A quoted string; backslash escapes as MySQL and JSON write them, raw control characters kept. */
    private String quoted(char quote) {
        int start = pos;
        pos++;
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == quote) {
                // SQL-style doubled quote inside the string.
                if (pos < text.length() && text.charAt(pos) == quote && quote == '\'') {
                    out.append(quote);
                    pos++;
                    continue;
                }
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case '0' -> out.append('\0');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        pos = start;
                        throw error("a \\u escape needs four hex digits");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw error("a \\u escape needs four hex digits");
                    }
                    pos += 4;
                }
                default -> out.append(e); // \" \' \\ \/ and MySQL's "any other character stands for itself"
            }
        }
        pos = start;
        throw error("the string starting here is not closed with " + quote);
    }

    private Node unquoted(boolean keyPosition) {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ',' || c == ']' || c == '}' || c == '[' || c == '{' || (keyPosition && c == ':')) {
                break;
            }
            pos++;
        }
        String token = text.substring(start, pos).strip();
        if (token.isEmpty()) {
            pos = start;
            throw error("a value is missing");
        }
        return token.equalsIgnoreCase("null") ? new Null() : new Scalar(token, false);
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("values nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private ValueDecodingException error(String why) {
        return new ValueDecodingException("could not parse " + typeName + " value: " + why + " at offset " + pos
                + " of " + ValueDecoder.shown(text));
    }
}
