package org.starrocks4j.schema;

import java.util.ArrayList;
import java.util.List;
import org.starrocks4j.lexical.SqlLexer;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.lexical.SqlText;
import org.starrocks4j.lexical.SqlToken;

/**
 * Column references inside expression text (partition expressions, generated columns): renaming one the way the
 * server does on {@code RENAME COLUMN}. String literals, comments, function names and table qualifiers are left
 * alone; a renamed reference is written back-quoted, as the server prints it.
 */
public final class ColumnReferences {

    private ColumnReferences() {
    }

    /** True when {@code sql} refers to column {@code column} (case-insensitive). */
    public static boolean mentions(String sql, String column) {
        return !references(sql, column).isEmpty();
    }

    /** {@code sql} with every reference to column {@code from} (case-insensitive) replaced by {@code to}. */
    public static String rename(String sql, String from, String to) {
        StringBuilder out = new StringBuilder(sql.length() + 8);
        int copied = 0;
        for (SqlToken reference : references(sql, from)) {
            out.append(sql, copied, reference.start()).append(SqlText.identifier(to));
            copied = reference.end();
        }
        return out.append(sql, copied, sql.length()).toString();
    }

    /**
     * The {@link SqlLexer} tokens of {@code sql} that name {@code column}: bare or back-quoted, and not followed by
     * a call's {@code (} or a qualifier's {@code .}. Text that is not SQL (it does not tokenise) holds none.
     */
    private static List<SqlToken> references(String sql, String column) {
        List<SqlToken> tokens;
        try {
            tokens = SqlLexer.tokenize(sql);
        } catch (SqlParseException notSql) {
            return List.of();
        }
        List<SqlToken> out = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            SqlToken next = tokens.get(i + 1);
            if (token.isIdentifier() && token.value().equalsIgnoreCase(column)
                    && !next.isSymbol("(") && !next.isSymbol(".")) {
                out.add(token);
            }
        }
        return out;
    }
}
