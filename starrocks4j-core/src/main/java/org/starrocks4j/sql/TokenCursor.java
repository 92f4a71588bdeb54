package org.starrocks4j.sql;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.starrocks4j.lexical.SqlLexer;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.lexical.SqlToken;
import org.starrocks4j.schema.ObjectName;

/**
 * A position in the tokens of one statement, with the reading primitives the statement parsers share: keywords
 * (case-insensitive bare words), symbols, names, literals, balanced verbatim spans, and errors that point at the
 * current token.
 */
final class TokenCursor {

    private final String source;
    private final List<SqlToken> tokens;
    private final int end;
    private final int endOffset;
    private final int from;
    private int pos;
    private String defaultCatalog;
    private String defaultDatabase;

    /**
     * @param source    the whole script (error positions and verbatim text come from it)
     * @param tokens    the script's tokens
     * @param from      index of the statement's first token
     * @param end       index just past the statement's last token (a {@code ;} or the END token)
     * @param endOffset offset in {@code source} where the statement's text ends
     */
    TokenCursor(String source, List<SqlToken> tokens, int from, int end, int endOffset) {
        this.source = source;
        this.tokens = tokens;
        this.pos = from;
        this.from = from;
        this.end = end;
        this.endOffset = endOffset;
    }

    /**
     * Names of one part read from now on are in this database (and catalog, which may be {@code null}): what a
     * script's {@code USE} says.
     */
    void inDatabase(String catalog, String database) {
        this.defaultCatalog = catalog;
        this.defaultDatabase = database;
    }

    /** An object name of one part, qualified by the database of {@link #inDatabase} when there is one. */
    ObjectName unqualified(String name) {
        return defaultDatabase == null ? ObjectName.of(name) : new ObjectName(defaultCatalog, defaultDatabase, name);
    }

    /** A cursor over a whole text that holds one statement or fragment. */
    static TokenCursor of(String text) {
        List<SqlToken> tokens = SqlLexer.tokenize(text);
        return new TokenCursor(text, tokens, 0, tokens.size() - 1, text.length());
    }

    String source() {
        return source;
    }

    /** Offset in the source where the statement's text ends (its {@code ;} or the end of the source). */
    int endOffset() {
        return endOffset;
    }

    /** The statement's first token. */
    SqlToken first() {
        return tokens.get(from);
    }

    int position() {
        return pos;
    }

    void reset(int position) {
        pos = position;
    }

    boolean atEnd() {
        return pos >= end;
    }

    /** The current token (an END token once the statement is exhausted). */
    SqlToken peek() {
        return peek(0);
    }

    SqlToken peek(int ahead) {
        int at = pos + ahead;
        if (at >= end) {
            SqlToken last = tokens.get(end);
            return last.kind() == SqlToken.Kind.END ? last
                    : new SqlToken(SqlToken.Kind.END, "", "", last.line(), last.column(), last.start(), last.start());
        }
        return tokens.get(at);
    }

    SqlToken token(int index) {
        return tokens.get(index);
    }

    SqlToken next() {
        SqlToken t = peek();
        if (!atEnd()) {
            pos++;
        }
        return t;
    }

    boolean isKeyword(String keyword) {
        return peek().isKeyword(keyword);
    }

    boolean isKeyword(int ahead, String keyword) {
        return peek(ahead).isKeyword(keyword);
    }

    /** True when the next tokens are these keywords, in order. */
    boolean isKeywords(String... keywords) {
        for (int i = 0; i < keywords.length; i++) {
            if (!peek(i).isKeyword(keywords[i])) {
                return false;
            }
        }
        return true;
    }

    /** Consumes these keywords if they come next, in order; consumes nothing otherwise. */
    boolean acceptKeywords(String... keywords) {
        if (!isKeywords(keywords)) {
            return false;
        }
        pos += keywords.length;
        return true;
    }

    void expectKeywords(String... keywords) {
        for (String keyword : keywords) {
            if (!peek().isKeyword(keyword)) {
                throw expected(keyword.toUpperCase(Locale.ROOT));
            }
            pos++;
        }
    }

    /** The current keyword if it is one of {@code choices} (consumed, upper-cased), else {@code null}. */
    String acceptOneOf(Set<String> choices) {
        SqlToken t = peek();
        if (t.kind() == SqlToken.Kind.WORD && choices.contains(t.text().toUpperCase(Locale.ROOT))) {
            pos++;
            return t.text().toUpperCase(Locale.ROOT);
        }
        return null;
    }

    boolean isSymbol(String symbol) {
        return peek().isSymbol(symbol);
    }

    boolean acceptSymbol(String symbol) {
        if (isSymbol(symbol)) {
            pos++;
            return true;
        }
        return false;
    }

    void expectSymbol(String symbol) {
        if (!acceptSymbol(symbol)) {
            throw expected("'" + symbol + "'");
        }
    }

    /** A name: a bare word or a back-quoted identifier. */
    String identifier(String what) {
        SqlToken t = peek();
        if (!t.isIdentifier()) {
            throw expected(what);
        }
        pos++;
        return t.value();
    }

    /** A string literal in either quote. */
    String string(String what) {
        SqlToken t = peek();
        if (t.kind() != SqlToken.Kind.STRING) {
            throw expected(what + " (a quoted string)");
        }
        pos++;
        return t.value();
    }

    /** A non-negative whole number. */
    long number(String what) {
        SqlToken t = peek();
        if (t.kind() != SqlToken.Kind.NUMBER || !digits(t.text())) {
            throw expected(what + " (a whole number)");
        }
        pos++;
        try {
            return Long.parseLong(t.text());
        } catch (NumberFormatException e) {
            throw errorAt(t, what + " " + t.text() + " is too large", what);
        }
    }

    int intNumber(String what) {
        SqlToken t = peek();
        long n = number(what);
        if (n > Integer.MAX_VALUE) {
            throw errorAt(t, what + " " + n + " is too large", what);
        }
        return (int) n;
    }

    /**
     * Skips a balanced span: consumes tokens until, at parenthesis/bracket depth 0, the current token satisfies
     * {@code stop} (not consumed) or the statement ends. Returns the verbatim source text of the consumed tokens,
     * or an empty string when none was consumed.
     */
    String verbatimUntil(java.util.function.Predicate<SqlToken> stop) {
        int first = pos;
        int depth = 0;
        while (!atEnd()) {
            SqlToken t = peek();
            if (depth == 0 && stop.test(t)) {
                break;
            }
            if (t.isSymbol("(") || t.isSymbol("[") || t.isSymbol("{")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]") || t.isSymbol("}")) {
                if (depth == 0) {
                    break;
                }
                depth--;
            }
            pos++;
        }
        if (depth != 0) {
            throw expected("')'");
        }
        return text(first, pos);
    }

    /** The source text from the start of token {@code from} to the end of token {@code to - 1}. */
    String text(int from, int to) {
        if (to <= from) {
            return "";
        }
        return source.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The source text from the current token to the end of the statement (trailing comments included), stripped. */
    String rest() {
        String text = atEnd() ? "" : source.substring(peek().start(), endOffset).strip();
        pos = end;
        return text;
    }

    /** Fails unless the statement has been read completely. */
    void expectEnd() {
        if (!atEnd()) {
            throw expected("the end of the statement");
        }
    }

    SqlParseException expected(String what) {
        SqlToken t = peek();
        return errorAt(t, "expected " + what + " but found " + t.describe(), what);
    }

    SqlParseException errorAt(SqlToken t, String problem, String expected) {
        return new SqlParseException(problem, t.line(), t.column(), expected, snippetAt(t));
    }

    UnsupportedSqlException unsupported(SqlToken at, String construct, String advice) {
        return new UnsupportedSqlException(construct, at.line(), at.column(), snippetAt(at), advice);
    }

    /** The snippet from the token's own offset: no scan of the script from its start, whatever its length. */
    private String snippetAt(SqlToken t) {
        return SqlParseException.snippet(source, t.start());
    }

    private static boolean digits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
