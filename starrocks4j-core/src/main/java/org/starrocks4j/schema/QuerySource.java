package org.starrocks4j.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.starrocks4j.lexical.SqlLexer;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.lexical.SqlText;
import org.starrocks4j.lexical.SqlToken;

/**
 * The table a single-table query reads: what a synchronous materialized view belongs to. The server takes its base
 * table from the query's one {@code FROM} item ({@code MaterializedViewAnalyzer}: "The materialized view only support
 * one table in from clause"), so a query with a join, a list of tables or a subquery after {@code FROM} has none.
 */
public final class QuerySource {

    private QuerySource() {
    }

    /**
     * The table named after the query's top-level {@code FROM} ({@code t}, {@code db.t}, {@code `t` AS a}), or empty
     * when the query reads no single table: no FROM, a subquery or a table function, a join or a comma-separated list;
     * also when the text does not tokenize.
     */
    public static Optional<ObjectName> singleTable(String query) {
        return fromItem(query).map(item -> {
            List<SqlToken> name = item.nameParts();
            return switch (name.size()) {
                case 1 -> ObjectName.of(name.get(0).value());
                case 2 -> ObjectName.of(name.get(0).value(), name.get(1).value());
                default -> new ObjectName(name.get(0).value(), name.get(1).value(), name.get(2).value());
            };
        });
    }

    /**
     * The query reading table {@code newName} instead of its single table (the table was renamed; a qualifier
     * before the name stays), or the query as it is when it reads no single table.
     */
    public static String withTable(String query, String newName) {
        return fromItem(query).map(item -> {
            SqlToken last = item.nameParts().get(item.nameParts().size() - 1);
            return query.substring(0, last.start()) + SqlText.identifier(newName) + query.substring(last.end());
        }).orElse(query);
    }

    /** The name tokens of the one FROM item ({@code db}, {@code t}; dots left out). */
    private record FromItem(List<SqlToken> nameParts) {
    }

    private static Optional<FromItem> fromItem(String query) {
        List<SqlToken> tokens;
        try {
            tokens = SqlLexer.tokenize(query);
        } catch (SqlParseException e) {
            return Optional.empty();
        }
        int depth = 0;
        int from = -1;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && t.isKeyword("FROM")) {
                if (from >= 0) {
                    return Optional.empty(); // a second top-level FROM: a UNION of several queries
                }
                from = i;
            }
        }
        if (from < 0) {
            return Optional.empty();
        }
        List<SqlToken> parts = new ArrayList<>();
        int i = from + 1;
        while (tokens.get(i).isIdentifier() && parts.size() < 3) {
            parts.add(tokens.get(i));
            i++;
            if (!tokens.get(i).isSymbol(".")) {
                break;
            }
            i++;
        }
        if (parts.isEmpty() || tokens.get(i).isSymbol("(") || readsMore(tokens, i)) {
            return Optional.empty();
        }
        return Optional.of(new FromItem(List.copyOf(parts)));
    }

    /** After the table name (and its alias): another FROM item or a join at the same level. */
    private static boolean readsMore(List<SqlToken> tokens, int from) {
        int depth = 0;
        for (int i = from; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && (t.isKeyword("WHERE") || t.isKeyword("GROUP") || t.isKeyword("ORDER")
                    || t.isKeyword("HAVING") || t.isKeyword("LIMIT") || t.isKeyword("UNION"))) {
                return false;
            } else if (depth == 0 && (t.isSymbol(",") || t.isKeyword("JOIN"))) {
                return true;
            }
        }
        return false;
    }
}
