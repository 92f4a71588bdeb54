package org.starrocks4j.migrate;

import java.util.ArrayList;
import java.util.List;
import org.starrocks4j.lexical.SqlParseException;

/**
 * Splits the SQL of a revision section into statements at semicolons outside string literals, quoted identifiers
 * and comments, and removes comments ({@code -- ...} and {@code /* ... *}{@code /}) outside literals: revision
 * files carry review notes in comments, the server needs only the statements.
 */
public final class SqlStatements {

    private SqlStatements() {
    }

    /** The statements of {@code sql}, trimmed, without comments and without the terminating semicolons. */
    public static List<String> split(String sql) {
        return scan(sql, false).stream().map(Located::text).toList();
    }

    /**
     * A statement of a SQL text and where it starts.
     *
     * @param text   the statement without its semicolon
     * @param line   the 1-based line of the text where {@code text} starts
     * @param column the 1-based column where {@code text} starts
     */
    public record Located(String text, int line, int column) {
    }

    /**
     * The statements of {@code sql} as {@link #split} finds them, each from just after the previous semicolon, with
     * comments blanked out but lines and columns kept, so a position in a statement maps back to the text.
     */
    public static List<Located> locate(String sql) {
        return scan(sql, true);
    }

    /**
     * One pass over {@code sql}. Without {@code keepLayout} (the statements that run, whose checksums are recorded):
     * trimmed, {@code --} comments removed, block comments replaced by one space. With it: untrimmed, block comments
     * replaced by spaces and their line breaks.
     */
    private static List<Located> scan(String sql, boolean keepLayout) {
        List<Located> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Lines lines = new Lines(sql);
        int start = 0;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = endOfQuoted(sql, i, c);
                current.append(sql, i, end);
                i = end;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                if (end < 0) {
                    throw unterminated(sql, i, "/* comment", "*/");
                }
                current.append(keepLayout ? sql.substring(i, end + 2).replaceAll("[^\n]", " ") : " ");
                i = end + 2;
            } else if (c == ';') {
                addStatement(out, current, lines, start, keepLayout);
                i++;
                start = i;
            } else {
                current.append(c);
                i++;
            }
        }
        addStatement(out, current, lines, start, keepLayout);
        return out;
    }

    /** The statement with runs of whitespace outside literals reduced to one space: its comparable form. */
    public static String collapseWhitespace(String statement) {
        StringBuilder out = new StringBuilder(statement.length());
        int i = 0;
        int n = statement.length();
        boolean pendingSpace = false;
        while (i < n) {
            char c = statement.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = out.length() > 0;
                i++;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            if (c == '\'' || c == '"' || c == '`') {
                int end = endOfQuoted(statement, i, c);
                out.append(statement, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void addStatement(List<Located> out, StringBuilder current, Lines lines, int start,
                                     boolean keepLayout) {
        String statement = current.toString();
        if (!statement.isBlank()) {
            out.add(keepLayout ? new Located(statement, lines.line(start), lines.column(start))
                    : new Located(statement.strip(), 0, 0));
        }
        current.setLength(0);
    }

    /** An unterminated quote or comment, at its line and column in {@code sql}. */
    private static SqlParseException unterminated(String sql, int offset, String what, String closing) {
        Lines lines = new Lines(sql);
        return new SqlParseException("unterminated " + what + " in SQL: " + excerpt(sql, offset), lines.line(offset),
                lines.column(offset), closing, null);
    }

    /** Lines and columns of offsets asked for in increasing order: one walk over the text in all. */
    private static final class Lines {
        private final String text;
        private int walked;
        private int line = 1;
        private int lineStart;

        Lines(String text) {
            this.text = text;
        }

        int line(int offset) {
            walkTo(offset);
            return line;
        }

        int column(int offset) {
            walkTo(offset);
            return offset - lineStart + 1;
        }

        private void walkTo(int offset) {
            for (; walked < offset; walked++) {
                if (text.charAt(walked) == '\n') {
                    line++;
                    lineStart = walked + 1;
                }
            }
        }
    }

    /** Index just after the quoted text starting at {@code start}; backslash escapes only in string literals. */
    static int endOfQuoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        throw unterminated(sql, start, quote + " quote", String.valueOf(quote));
    }

    private static String excerpt(String sql, int at) {
        String rest = sql.substring(at);
        return rest.length() > 60 ? rest.substring(0, 60) + "..." : rest;
    }
}
