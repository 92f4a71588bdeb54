package org.starrocks4j.sql;

import java.util.ArrayList;
import java.util.List;
import org.starrocks4j.lexical.SqlLexer;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.lexical.SqlToken;

/**
 * Splits a SQL script into statements at each {@code ;} that is outside strings, back-quoted names and comments.
 * Comments before a statement are dropped; comments inside it (and at its end, before the {@code ;}) are kept, since
 * view definitions keep theirs. A statement that ends in a line comment keeps the newline that ends the comment, so
 * that appending {@code ;} (see {@link #terminated}) does not put the {@code ;} inside the comment. Empty statements
 * are skipped.
 */
public final class StatementSplitter {

    private StatementSplitter() {
    }

    /**
     * The text of each statement of {@code script}, without its terminating {@code ;}, stripped (but ending with a
     * newline when it ends in a line comment).
     */
    public static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        Statements statements = statements(script);
        for (TokenCursor s = statements.next(); s != null; s = statements.next()) {
            out.add(stripped(script.substring(s.first().start(), s.endOffset())));
        }
        return out;
    }

    /**
     * The statement without surrounding whitespace, except that one ending in a line comment keeps a newline after
     * it: text appended later (a {@code ;}, the next statement) must not land inside the comment.
     */
    public static String stripped(String statement) {
        String text = statement.strip();
        return SqlLexer.endsInLineComment(text) ? text + "\n" : text;
    }

    /** The statement followed by its terminating {@code ;}, on a line of its own when the statement ends in a comment. */
    public static String terminated(String statement) {
        return stripped(statement) + ";";
    }

    /** The statements of {@code script}, read one at a time. */
    static Statements statements(String script) {
        return new Statements(script);
    }

    /**
     * The statements of a script, tokenized one at a time as they are asked for: a script of any length needs only
     * one statement's tokens in memory. Token positions (line, column, offset) are those in the whole script.
     */
    static final class Statements {

        private final String script;
        private final SqlLexer lexer;
        private boolean ended;

        private Statements(String script) {
            this.script = script;
            this.lexer = SqlLexer.over(script);
        }

        /**
         * A cursor over the next non-empty statement, its tokens followed by the {@code ;} or END token that ends
         * it; {@code null} after the last one.
         *
         * @throws SqlParseException when a quote or comment is never closed
         */
        TokenCursor next() {
            while (!ended) {
                List<SqlToken> tokens = new ArrayList<>(256); // a CREATE TABLE of 20 columns has about 200
                SqlToken t = lexer.nextToken();
                while (t.kind() != SqlToken.Kind.END && !t.isSymbol(";")) {
                    tokens.add(t);
                    t = lexer.nextToken();
                }
                ended = t.kind() == SqlToken.Kind.END;
                if (!tokens.isEmpty()) {
                    int last = tokens.size();
                    tokens.add(t);
                    return new TokenCursor(script, tokens, 0, last, ended ? script.length() : t.start());
                }
            }
            return null;
        }
    }
}
