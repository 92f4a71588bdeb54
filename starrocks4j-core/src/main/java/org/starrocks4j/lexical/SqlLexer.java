package org.starrocks4j.lexical;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits StarRocks SQL into {@link SqlToken}s. It knows bare words, back-quoted identifiers ({@code ``} inside stands
 * for one back-quote), string literals in single or double quotes with MySQL-style backslash escapes (a doubled quote
 * also stands for one), numbers, and one-character symbols; comments ({@code -- ...}, {@code # ...},
 * {@code /* ... *}{@code /}) and whitespace separate tokens and are skipped. The token list always ends with an
 * {@link SqlToken.Kind#END} token.
 */
public final class SqlLexer {

    /** One-character strings of the ASCII characters: symbols, a third of all tokens, need no new string each. */
    private static final String[] ASCII_SYMBOLS = new String[128];

    static {
        for (char c = 0; c < ASCII_SYMBOLS.length; c++) {
            ASCII_SYMBOLS[c] = String.valueOf(c);
        }
    }

    private final String source;
    private int pos;
    private int line = 1;
    private int lineStart;

    private SqlLexer(String source) {
        this.source = source;
    }

    /** Every token of {@code source}, ending with an END token; unterminated quotes and comments are errors. */
    public static List<SqlToken> tokenize(String source) {
        return new SqlLexer(source).run();
    }

    /**
     * True when {@code source} ends inside a line comment ({@code -- ...} or {@code # ...} with no newline after it):
     * whatever is appended to such text, a {@code ;} included, becomes part of the comment.
     */
    public static boolean endsInLineComment(String source) {
        if (source.indexOf('#') < 0 && !source.contains("--")) {
            return false; // no comment marker at all: nothing to tokenize (every rendered statement is asked this)
        }
        List<SqlToken> tokens = tokenize(source);
        int pos = tokens.size() > 1 ? tokens.get(tokens.size() - 2).end() : 0;
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (c == '#' || (c == '-' && pos + 1 < source.length() && source.charAt(pos + 1) == '-')) {
                int newline = source.indexOf('\n', pos);
                if (newline < 0) {
                    return true;
                }
                pos = newline + 1;
            } else if (c == '/' && pos + 1 < source.length() && source.charAt(pos + 1) == '*') {
                pos = source.indexOf("*/", pos + 2) + 2; // tokenize() has checked that it is closed
            } else {
                pos++;
            }
        }
        return false;
    }

    /**
     * A lexer that hands out the tokens of {@code source} one at a time ({@link #nextToken}): for a long script, whose
     * statements are read one after the other, only one statement's tokens need to be held at once.
     */
    public static SqlLexer over(String source) {
        return new SqlLexer(source);
    }

    /** The next token; an END token at the end of the source (and on every call after it). */
    public SqlToken nextToken() {
        skipSpaceAndComments();
        if (pos >= source.length()) {
            return new SqlToken(SqlToken.Kind.END, "", "", line, pos - lineStart + 1, pos, pos);
        }
        return next();
    }

    private List<SqlToken> run() {
        List<SqlToken> tokens = new ArrayList<>();
        SqlToken t;
        do {
            t = nextToken();
            tokens.add(t);
        } while (t.kind() != SqlToken.Kind.END);
        return tokens;
    }

    private void skipSpaceAndComments() {
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (c == '\n') {
                newLine(pos);
                pos++;
            } else if (c == ' ' || Character.isWhitespace(c)) {
                pos++;
            } else if (c == '#' || (c == '-' && peekChar(1) == '-')) {
                while (pos < source.length() && source.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '/' && peekChar(1) == '*') {
                int startLine = line;
                int startColumn = pos - lineStart + 1;
                int close = source.indexOf("*/", pos + 2);
                if (close < 0) {
                    throw new SqlParseException("the comment opened here is never closed", startLine, startColumn,
                            "'*/'", null);
                }
                for (int i = pos; i < close; i++) {
                    if (source.charAt(i) == '\n') {
                        newLine(i);
                    }
                }
                pos = close + 2;
            } else {
                return;
            }
        }
    }

    private SqlToken next() {
        int start = pos;
        int startLine = line;
        int startColumn = pos - lineStart + 1;
        char c = source.charAt(pos);
        if (c == '`') {
            String name = quoted('`', false, startLine, startColumn, "back-quoted identifier");
            return new SqlToken(SqlToken.Kind.QUOTED_IDENTIFIER, source.substring(start, pos), name, startLine,
                    startColumn, start, pos);
        }
        if (c == '\'' || c == '"') {
            String value = quoted(c, true, startLine, startColumn, "string");
            return new SqlToken(SqlToken.Kind.STRING, source.substring(start, pos), value, startLine, startColumn,
                    start, pos);
        }
        if (isDigit(c)) {
            return numberOrWord(start, startLine, startColumn);
        }
        if (isWordChar(c)) {
            while (pos < source.length() && isWordChar(source.charAt(pos))) {
                pos++;
            }
            String word = source.substring(start, pos);
            return new SqlToken(SqlToken.Kind.WORD, word, word, startLine, startColumn, start, pos);
        }
        // a surrogate pair (e.g. an emoji) outside quotes is still one symbol, never half a character
        pos += Character.charCount(source.codePointAt(pos));
        String symbol = c < ASCII_SYMBOLS.length ? ASCII_SYMBOLS[c] : source.substring(start, pos);
        return new SqlToken(SqlToken.Kind.SYMBOL, symbol, symbol, startLine, startColumn, start, pos);
    }

    /** Digits, optionally a fraction and an exponent; digits running into letters make a word such as {@code 123abc}. */
    private SqlToken numberOrWord(int start, int startLine, int startColumn) {
        while (pos < source.length() && isDigit(source.charAt(pos))) {
            pos++;
        }
        boolean fraction = false;
        if (peekChar(0) == '.' && isDigit(peekChar(1))) {
            fraction = true;
            pos++;
            while (pos < source.length() && isDigit(source.charAt(pos))) {
                pos++;
            }
        }
        if ((peekChar(0) == 'e' || peekChar(0) == 'E')
                && (isDigit(peekChar(1)) || ((peekChar(1) == '+' || peekChar(1) == '-') && isDigit(peekChar(2))))) {
            int save = pos;
            pos += 2;
            while (pos < source.length() && isDigit(source.charAt(pos))) {
                pos++;
            }
            if (pos < source.length() && isWordChar(source.charAt(pos)) && !fraction) {
                pos = save; // e.g. 1e5x: a word, not a number
            } else {
                String number = source.substring(start, pos);
                return new SqlToken(SqlToken.Kind.NUMBER, number, number, startLine, startColumn, start, pos);
            }
        }
        if (!fraction && pos < source.length() && isWordChar(source.charAt(pos))) {
            while (pos < source.length() && isWordChar(source.charAt(pos))) {
                pos++;
            }
            String word = source.substring(start, pos);
            return new SqlToken(SqlToken.Kind.WORD, word, word, startLine, startColumn, start, pos);
        }
        String number = source.substring(start, pos);
        return new SqlToken(SqlToken.Kind.NUMBER, number, number, startLine, startColumn, start, pos);
    }

    /**
     * Reads a quoted token starting at the opening quote; returns its decoded content. A doubled quote stands for one;
     * in strings a backslash escapes the next character as in MySQL.
     */
    private String quoted(char quote, boolean backslashEscapes, int startLine, int startColumn, String what) {
        pos++;
        String plain = plainQuoted(quote, backslashEscapes);
        if (plain != null) {
            return plain;
        }
        StringBuilder value = new StringBuilder();
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (c == quote) {
                if (peekChar(1) == quote) {
                    value.append(quote);
                    pos += 2;
                    continue;
                }
                pos++;
                return value.toString();
            }
            if (c == '\\' && backslashEscapes && pos + 1 < source.length()) {
                char e = source.charAt(pos + 1);
                if (e == '\n') {
                    newLine(pos + 1);
                }
                value.append(escaped(e));
                pos += 2;
                continue;
            }
            if (c == '\n') {
                newLine(pos);
            }
            value.append(c);
            pos++;
        }
        throw new SqlParseException("the " + what + " opened here is never closed", startLine, startColumn,
                "a closing " + quote, null);
    }

    /**
     * The common case, read without copying character by character: the closing quote comes before any escape,
     * doubled quote or newline. Returns {@code null} (and reads nothing) otherwise.
     */
    private String plainQuoted(char quote, boolean backslashEscapes) {
        for (int i = pos; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == quote) {
                if (i + 1 < source.length() && source.charAt(i + 1) == quote) {
                    return null;
                }
                String value = source.substring(pos, i);
                pos = i + 1;
                return value;
            }
            if (c == '\n' || c == '\\' && backslashEscapes) {
                return null;
            }
        }
        return null;
    }

    /** MySQL's escapes; {@code \%} and {@code \_} keep their backslash (they matter to LIKE), others stand for themselves. */
    private static String escaped(char e) {
        return switch (e) {
            case '0' -> "\0";
            case 'b' -> "\b";
            case 'n' -> "\n";
            case 'r' -> "\r";
            case 't' -> "\t";
            case 'Z' -> "\u001A";
            case '%' -> "\\%";
            case '_' -> "\\_";
            default -> String.valueOf(e);
        };
    }

    private void newLine(int newlineOffset) {
        line++;
        lineStart = newlineOffset + 1;
    }

    private char peekChar(int ahead) {
        int at = pos + ahead;
        return at < source.length() ? source.charAt(at) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Letters (any script), digits, {@code _} and {@code $} make up bare words. */
    private static boolean isWordChar(char c) {
        if (c < 128) { // the usual case, without the Unicode tables
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$';
        }
        return Character.isLetterOrDigit(c);
    }
}
