package org.starrocks4j.lexical;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the toolkit needs to know about SQL text it writes verbatim (generated-column, default and partition
 * expressions, view and materialized view queries) so that the text cannot break out of its place in a statement:
 * whether it ends the statement ({@code ;}), leaves a parenthesis or quote open, or holds a line comment that would
 * swallow what follows it on the line.
 *
 * @param readable         false when the text leaves a quote, a back-quote or a block comment open
 * @param semicolon        true when a {@code ;} outside quotes and comments ends the statement early, with more
 *                         SQL after it
 * @param trailingSemicolon true when the text ends with a {@code ;} (the statement terminator some servers print
 *                         after a view's query)
 * @param balanced         true when every parenthesis outside quotes and comments is closed, in order
 * @param lineComment      true when a {@code --} or {@code #} comment appears outside quotes (whether the text
 *                         ends in one is {@link SqlLexer#endsInLineComment})
 */
public record VerbatimSql(boolean readable, boolean semicolon, boolean trailingSemicolon, boolean balanced,
                          boolean lineComment) {

    private static final Pattern BLOCK_COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");

    /** The facts about {@code sql}. */
    public static VerbatimSql of(String sql) {
        String text = sql.stripTrailing();
        List<SqlToken> tokens;
        try {
            tokens = SqlLexer.tokenize(text);
        } catch (SqlParseException unterminated) {
            return new VerbatimSql(false, false, false, false, false);
        }
        boolean semicolon = false;
        boolean trailingSemicolon = false;
        int depth = 0;
        boolean balanced = true;
        boolean lineComment = false;
        int gapStart = 0;
        for (SqlToken token : tokens) {
            lineComment |= hasLineComment(text.substring(gapStart, token.start()));
            if (token.kind() == SqlToken.Kind.END) {
                break;
            }
            // a ';' is harmless only when nothing but further ';' follow it
            semicolon |= trailingSemicolon && !token.isSymbol(";");
            trailingSemicolon = token.isSymbol(";");
            if (token.isSymbol("(")) {
                depth++;
            } else if (token.isSymbol(")")) {
                depth--;
                balanced &= depth >= 0;
            }
            gapStart = token.end();
        }
        return new VerbatimSql(true, semicolon, trailingSemicolon, balanced && depth == 0, lineComment);
    }

    /** True when the text can be written inside a statement as it is: readable, one balanced piece, no {@code ;}. */
    public boolean isSelfContained() {
        return readable && !semicolon && !trailingSemicolon && balanced;
    }

    /** {@code sql} without trailing whitespace and trailing {@code ;}s. */
    public static String withoutTerminator(String sql) {
        String out = sql.strip();
        while (out.endsWith(";") && of(out).trailingSemicolon()) {
            out = out.substring(0, out.length() - 1).strip();
        }
        return out;
    }

    /**
     * {@code sql} on one line, meaning the same: comments dropped, each run of whitespace between tokens written as
     * one space (none where the tokens touched), line breaks and tabs inside string literals written as the escapes
     * {@code \n}, {@code \r} and {@code \t}. For statements whose text the server lists with its line breaks and
     * tabs deleted ({@code information_schema.materialized_views} of a synchronous materialized view), which would
     * otherwise glue words together.
     *
     * @throws SqlParseException when {@code sql} leaves a quote or comment open
     */
    public static String oneLine(String sql) {
        StringBuilder out = new StringBuilder();
        int gapStart = -1;
        for (SqlToken token : SqlLexer.tokenize(sql)) {
            if (token.kind() == SqlToken.Kind.END) {
                break;
            }
            if (gapStart >= 0 && token.start() > gapStart) {
                out.append(' ');
            }
            out.append(token.kind() == SqlToken.Kind.STRING ? token.text().replace("\n", "\\n")
                    .replace("\r", "\\r").replace("\t", "\\t") : token.text());
            gapStart = token.end();
        }
        return out.toString();
    }

    /** Between tokens there is only whitespace and comments: is one of the comments a line comment? */
    private static boolean hasLineComment(String gap) {
        if (gap.indexOf('-') < 0 && gap.indexOf('#') < 0) {
            return false; // the usual gap, a space: no pattern to run
        }
        String withoutBlocks = BLOCK_COMMENT.matcher(gap).replaceAll(" ");
        return withoutBlocks.contains("--") || withoutBlocks.contains("#");
    }
}
