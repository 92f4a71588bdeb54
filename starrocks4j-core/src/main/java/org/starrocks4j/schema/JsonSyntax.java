package org.starrocks4j.schema;

/**
 * A strict JSON syntax check (RFC 8259), enough to refuse JSON column defaults the server would refuse
 * ({@code [1, 2, 3,]}, {@code {'key': 'value'}}, {@code Infinity}).
 */
final class JsonSyntax {

    private final String text;
    private int pos;

    private JsonSyntax(String text) {
        this.text = text;
    }

    static boolean isValid(String text) {
        JsonSyntax p = new JsonSyntax(text);
        try {
            p.value();
            p.whitespace();
            return p.pos == text.length();
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private void value() {
        whitespace();
        char c = peek();
        switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> word("true");
            case 'f' -> word("false");
            case 'n' -> word("null");
            default -> number();
        }
    }

    private void object() {
        pos++;
        whitespace();
        if (peek() == '}') {
            pos++;
            return;
        }
        while (true) {
            whitespace();
            string();
            whitespace();
            expect(':');
            value();
            whitespace();
            if (peek() == ',') {
                pos++;
                continue;
            }
            expect('}');
            return;
        }
    }

    private void array() {
        pos++;
        whitespace();
        if (peek() == ']') {
            pos++;
            return;
        }
        while (true) {
            value();
            whitespace();
            if (peek() == ',') {
                pos++;
                continue;
            }
            expect(']');
            return;
        }
    }

    private void string() {
        expect('"');
        while (true) {
            char c = next();
            if (c == '"') {
                return;
            }
            if (c < 0x20) {
                throw new IllegalStateException();
            }
            if (c == '\\') {
                char e = next();
                if (e == 'u') {
                    for (int i = 0; i < 4; i++) {
                        if (Character.digit(next(), 16) < 0) {
                            throw new IllegalStateException();
                        }
                    }
                } else if ("\"\\/bfnrt".indexOf(e) < 0) {
                    throw new IllegalStateException();
                }
            }
        }
    }

    private void number() {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        if (!text.substring(start, pos).matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
            throw new IllegalStateException();
        }
    }

    private void word(String w) {
        if (!text.startsWith(w, pos)) {
            throw new IllegalStateException();
        }
        pos += w.length();
    }

    private void whitespace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private void expect(char c) {
        if (next() != c) {
            throw new IllegalStateException();
        }
    }

    private char peek() {
        if (pos >= text.length()) {
            throw new IllegalStateException();
        }
        return text.charAt(pos);
    }

    private char next() {
        char c = peek();
        pos++;
        return c;
    }
}
