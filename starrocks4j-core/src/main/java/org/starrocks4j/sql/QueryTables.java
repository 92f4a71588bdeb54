package org.starrocks4j.sql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.starrocks4j.lexical.SqlLexer;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.lexical.SqlToken;
import org.starrocks4j.schema.ObjectName;

/**
 * The tables (and views) a query reads: the names after {@code FROM} and {@code JOIN}, and after the commas of a
 * {@code FROM} list, in the query and its subqueries. Left out: names of common table expressions ({@code WITH x AS
 * (...)}), table functions ({@code unnest(...)}, {@code TABLE(...)}) and the {@code FROM} inside a function call such
 * as {@code EXTRACT(YEAR FROM dt)}. Good enough to tell a reader that a view reads a table nobody created; not a SQL
 * analyser.
 */
final class QueryTables {

    /** Words that end a table reference instead of being its alias. */
    private static final Set<String> NOT_ALIASES = Set.of("WHERE", "GROUP", "ORDER", "LIMIT", "HAVING", "JOIN",
            "LEFT", "RIGHT", "INNER", "OUTER", "FULL", "CROSS", "SEMI", "ANTI", "NATURAL", "ON", "USING", "UNION",
            "EXCEPT", "INTERSECT", "MINUS", "WINDOW", "QUALIFY", "LATERAL", "PARTITION", "TABLET", "FOR", "AS", "OFFSET");

    private final List<SqlToken> tokens;
    private int pos;

    private QueryTables(List<SqlToken> tokens) {
        this.tokens = tokens;
    }

    /** The names the query reads, as written (one, two or three parts), in order of first mention. */
    static Set<ObjectName> readBy(String query) {
        List<SqlToken> tokens;
        try {
            tokens = SqlLexer.tokenize(query);
        } catch (SqlParseException e) {
            return Set.of(); // the validator reports an unreadable query
        }
        return new QueryTables(tokens).scan();
    }

    private Set<ObjectName> scan() {
        Set<String> commonTableExpressions = new HashSet<>();
        Set<ObjectName> out = new LinkedHashSet<>();
        // for each open parenthesis: true when it holds a query (or joined tables), whose FROM and JOIN name tables
        Deque<Boolean> parentheses = new ArrayDeque<>();
        for (pos = 0; pos < tokens.size(); pos++) {
            SqlToken t = tokens.get(pos);
            if (t.isSymbol("(")) {
                SqlToken next = peek(1);
                SqlToken before = pos == 0 ? t : tokens.get(pos - 1);
                parentheses.push(next.isKeyword("SELECT") || next.isKeyword("WITH") || next.isSymbol("(")
                        || before.isKeyword("FROM") || before.isKeyword("JOIN"));
            } else if (t.isSymbol(")")) {
                parentheses.poll();
            } else if (t.isKeyword("WITH") || t.isSymbol(",") && parentheses.isEmpty()) {
                commonTableExpression(commonTableExpressions);
            } else if ((t.isKeyword("FROM") || t.isKeyword("JOIN"))
                    && (parentheses.isEmpty() || parentheses.peek())) {
                tableList(out);
            }
        }
        out.removeIf(name -> name.database() == null && commonTableExpressions.contains(name.name()));
        return out;
    }

    /** At {@code WITH} or a comma: {@code name [(columns)] AS (} after it names a common table expression. */
    private void commonTableExpression(Set<String> names) {
        int at = peek(1).isKeyword("RECURSIVE") ? 2 : 1;
        SqlToken name = peek(at);
        if (!name.isIdentifier()) {
            return;
        }
        int after = at + 1;
        if (peek(after).isSymbol("(")) {
            after = closing(pos + after) - pos + 1;
        }
        if (peek(after).isKeyword("AS") && peek(after + 1).isSymbol("(")) {
            names.add(name.value());
        }
    }

    /**
     * At FROM, JOIN: the table references after it, separated by commas. Stops at a subquery or a table function,
     * which name no table here (a subquery's own FROM is scanned in turn).
     */
    private void tableList(Set<ObjectName> out) {
        while (true) {
            SqlToken first = peek(1);
            if (!first.isIdentifier() || first.isKeyword("LATERAL") || first.isKeyword("SELECT")) {
                return;
            }
            int parts = 1;
            while (parts < 3 && peek(2 * parts).isSymbol(".") && peek(2 * parts + 1).isIdentifier()) {
                parts++;
            }
            if (peek(2 * parts).isSymbol("(")) {
                return;
            }
            out.add(name(parts));
            pos += 2 * parts - 1;
            skipAlias();
            if (!peek(1).isSymbol(",")) {
                return;
            }
            pos++;
        }
    }

    /** The name of {@code parts} parts that starts after the current token. */
    private ObjectName name(int parts) {
        String a = peek(1).value();
        return switch (parts) {
            case 1 -> ObjectName.of(a);
            case 2 -> ObjectName.of(a, peek(3).value());
            default -> new ObjectName(a, peek(3).value(), peek(5).value());
        };
    }

    private void skipAlias() {
        if (peek(1).isKeyword("AS") && peek(2).isIdentifier()) {
            pos += 2;
        } else if (peek(1).isIdentifier() && !NOT_ALIASES.contains(peek(1).text().toUpperCase(Locale.ROOT))) {
            pos++;
        }
    }

    /** The index of the parenthesis closing the one at {@code open}. */
    private int closing(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol("(")) {
                depth++;
            } else if (tokens.get(i).isSymbol(")") && --depth == 0) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    private SqlToken peek(int ahead) {
        int at = Math.min(pos + ahead, tokens.size() - 1);
        return tokens.get(at);
    }
}
