package org.starrocks4j.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL script into statements at each {@code ;} that is outside strings, back-quoted names and comments.
 * Comments before a statement are dropped; comments inside it (and at its end, before the {@code ;}) are kept, since
 * view definitions keep theirs. Empty statements are skipped.
 */
public final class StatementSplitter {

    private StatementSplitter() {
    }

    /** The text of each statement of {@code script}, without its terminating {@code ;}, stripped. */
    public static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        for (Range r : ranges(script, SqlLexer.tokenize(script))) {
            out.add(script.substring(r.startOffset(), r.endOffset()).strip());
        }
        return out;
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
