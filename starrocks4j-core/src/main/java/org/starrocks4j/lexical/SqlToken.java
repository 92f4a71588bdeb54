package org.starrocks4j.lexical;

import java.util.Locale;
import java.util.Objects;

/**
 * One token of StarRocks SQL, with where it starts in the source.
 *
 * @param kind   what sort of token it is
 * @param text   the token exactly as written in the source (quotes and escapes included)
 * @param value  the decoded value: an identifier's name without back-quotes ({@code ``} read as one back-quote), a
 *               string literal's characters with escapes resolved, otherwise the same as {@code text}
 * @param line   1-based line of the first character
 * @param column 1-based column of the first character
 * @param start  offset of the first character in the source
 * @param end    offset just past the last character in the source
 */
public record SqlToken(Kind kind, String text, String value, int line, int column, int start, int end) {

    /** The kinds of token. Comments and whitespace are not tokens. */
    public enum Kind {
        /** A bare word: a keyword or an unquoted identifier (keywords are recognised by the parser, not the lexer). */
        WORD,
        /** A back-quoted identifier, {@code `name`}. */
        QUOTED_IDENTIFIER,
        /** A string literal in single or double quotes. */
        STRING,
        /** A numeric literal such as {@code 42}, {@code 1.5} or {@code 2e10}. */
        NUMBER,
        /** One punctuation or operator character: {@code ( ) , ; . = < > [ ] + - * /} and so on. */
        SYMBOL,
        /** The end of the input. */
        END
    }

    public SqlToken {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
    }

    /** True for a bare word or a back-quoted identifier: anything that can name an object. */
    public boolean isIdentifier() {
        return kind == Kind.WORD || kind == Kind.QUOTED_IDENTIFIER;
    }

    /** True when this is the bare word {@code keyword}, ignoring case (a back-quoted name is never a keyword). */
    public boolean isKeyword(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    /** True when this is the symbol {@code symbol}. */
    public boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** How the token is named in error messages: {@code 'FOO'}, {@code end of input}. */
    public String describe() {
        if (kind == Kind.END) {
            return "end of input";
        }
        String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + shown;
    }
}
