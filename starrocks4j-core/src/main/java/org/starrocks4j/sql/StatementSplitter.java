package org.starrocks4j.sql;

import java.util.ArrayList;
import java.util.List;

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
        for (Range r : ranges(script, SqlLexer.tokenize(script))) {
            out.add(stripped(script.substring(r.startOffset(), r.endOffset())));
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

    /**
     * One statement's tokens and text: tokens {@code [fromToken, toToken)}, text {@code [startOffset, endOffset)}
     * (up to, not including, the {@code ;} or the end of the script).
     */
    record Range(int fromToken, int toToken, int startOffset, int endOffset) {
    }

    static List<Range> ranges(String script, List<SqlToken> tokens) {
        List<Range> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            boolean end = t.kind() == SqlToken.Kind.END;
            if (end || t.isSymbol(";")) {
                if (i > from) {
                    out.add(new Range(from, i, tokens.get(from).start(), end ? script.length() : t.start()));
                }
                from = i + 1;
            }
        }
        return out;
    }
}
