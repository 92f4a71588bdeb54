package org.starrocks4j.lexical;

/**
 * SQL text that could not be read: the message gives the line and column, what was expected there, what was found,
 * and the offending line with a caret under the position.
 */
public class SqlParseException extends IllegalArgumentException {

    private final String problem;
    private final int line;
    private final int column;
    private final String expected;
    private final String snippet;

    public SqlParseException(String problem, int line, int column, String expected, String snippet) {
        super(message(problem, line, column, snippet));
        this.problem = problem;
        this.line = line;
        this.column = column;
        this.expected = expected;
        this.snippet = snippet;
    }

    /** What is wrong, without the position and the snippet. */
    public String problem() {
        return problem;
    }

    /** 1-based line of the error. */
    public int line() {
        return line;
    }

    /** 1-based column of the error. */
    public int column() {
        return column;
    }

    /** What the parser expected at that position (e.g. {@code ')'} or {@code a column type}), or {@code null}. */
    public String expected() {
        return expected;
    }

    /** The source line of the error with a caret under the column. */
    public String snippet() {
        return snippet;
    }

    private static String message(String problem, int line, int column, String snippet) {
        String where = "line " + line + ", column " + column + ": " + problem;
        return snippet == null || snippet.isEmpty() ? where : where + "\n" + snippet;
    }

    /** The line of {@code source} holding {@code offset}, with a caret under it. */
    public static String snippet(String source, int offset) {
        int at = Math.max(0, Math.min(offset, source.length()));
        int lineStart = source.lastIndexOf('\n', at - 1) + 1;
        int lineEnd = source.indexOf('\n', at);
        if (lineEnd < 0) {
            lineEnd = source.length();
        }
        String text = source.substring(lineStart, lineEnd).replace('\t', ' ').stripTrailing();
        int caret = at - lineStart;
        // keep very long lines readable: show at most 60 characters either side of the position
        int from = Math.max(0, caret - 60);
        int to = Math.min(text.length(), caret + 60);
        String shown = (from > 0 ? "..." : "") + text.substring(from, Math.max(from, to)) + (to < text.length() ? "..." : "");
        int pad = caret - from + (from > 0 ? 3 : 0);
        return "  " + shown + "\n  " + " ".repeat(Math.max(0, pad)) + "^";
    }
}
