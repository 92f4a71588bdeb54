package org.starrocks4j.operation;

import org.starrocks4j.sql.SqlText;

/**
 * Column references inside expression text (partition expressions, generated columns): renaming one the way the
 * server does on {@code RENAME COLUMN}. String literals, comments, function names and table qualifiers are left
 * alone; a renamed reference is written back-quoted, as the server prints it.
 */
final class ColumnReferences {

    private ColumnReferences() {
    }

    /** True when {@code sql} refers to column {@code column} (case-insensitive). */
    static boolean mentions(String sql, String column) {
        String marker = "\u0000";
        return rename(sql, column, marker).contains(SqlText.identifier(marker));
    }

    /** {@code sql} with every reference to column {@code from} (case-insensitive) replaced by {@code to}. */
    static String rename(String sql, String from, String to) {
        StringBuilder out = new StringBuilder(sql.length() + 8);
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = skipQuoted(sql, i, c);
                out.append(sql, i, end);
                i = end;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-' || c == '#') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
                out.append(sql, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                out.append(sql, i, end);
                i = end;
            } else if (c == '`') {
                int end = skipQuoted(sql, i, '`');
                String name = sql.substring(i + 1, Math.max(i + 1, end - 1)).replace("``", "`");
                out.append(isReference(sql, end, name, from) ? SqlText.identifier(to) : sql.substring(i, end));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                String word = sql.substring(i, end);
                out.append(isReference(sql, end, word, from) ? SqlText.identifier(to) : word);
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
                    end++;
                }
                out.append(sql, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** A name is a column reference unless a call ({@code f(}) or a qualifier ({@code t.}) follows it. */
    private static boolean isReference(String sql, int end, String name, String column) {
        if (!name.equalsIgnoreCase(column)) {
            return false;
        }
        int j = end;
        while (j < sql.length() && Character.isWhitespace(sql.charAt(j))) {
            j++;
        }
        return j >= sql.length() || (sql.charAt(j) != '(' && sql.charAt(j) != '.');
    }

    /** The index after the closing quote; doubled quotes and (outside back-quotes) backslash escapes are skipped. */
    private static int skipQuoted(String sql, int start, char quote) {
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
        return sql.length();
    }
}
