package org.starrocks4j.migrate;

import java.util.ArrayList;
import java.util.List;

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
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
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
                    throw new IllegalArgumentException("unterminated /* comment in SQL: " + excerpt(sql, i));
                }
                current.append(' ');
                i = end + 2;
            } else if (c == ';') {
                addStatement(out, current);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        addStatement(out, current);
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

    private static void addStatement(List<String> out, StringBuilder current) {
        String statement = current.toString().strip();
        if (!statement.isEmpty()) {
            out.add(statement);
        }
        current.setLength(0);
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
        throw new IllegalArgumentException("unterminated " + quote + " quote in SQL: " + excerpt(sql, start));
    }

    private static String excerpt(String sql, int at) {
        String rest = sql.substring(at);
        return rest.length() > 60 ? rest.substring(0, 60) + "..." : rest;
    }
}
