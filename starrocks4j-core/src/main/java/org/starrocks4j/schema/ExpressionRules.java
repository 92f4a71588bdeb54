package org.starrocks4j.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.starrocks4j.lexical.SqlLexer;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.lexical.SqlToken;
import org.starrocks4j.lexical.VerbatimSql;

/**
 * Rules on the SQL expressions a table keeps verbatim (generated columns, defaults, partition expressions), as far
 * as the expression text shows them: which columns an expression refers to and which functions it calls. An
 * expression that does not tokenise is left to the server.
 */
final class ExpressionRules {

    /** Aggregate functions, which a generated column cannot call (corpus: rejected/0111). */
    private static final Set<String> AGGREGATES = Set.of("sum", "count", "min", "max", "avg", "any_value",
            "approx_count_distinct", "ndv", "group_concat", "array_agg", "map_agg", "bitmap_union", "bitmap_agg",
            "bitmap_union_count", "bitmap_union_int", "hll_union", "hll_union_agg", "hll_raw_agg", "percentile_union",
            "percentile_approx", "stddev", "stddev_pop", "stddev_samp", "variance", "var_pop", "var_samp", "covar_pop",
            "covar_samp", "corr", "multi_distinct_count", "multi_distinct_sum", "retention", "window_funnel");

    private ExpressionRules() {
    }

    /** A column's own expressions: each one piece of SQL, and no aggregate function in a generated column. */
    static void column(Column c, String col, List<String> problems) {
        if (c.generatedAs() != null) {
            verbatim(col + ": the generated column expression", c.generatedAs(), problems);
            tokens(c.generatedAs()).flatMap(tokens -> calls(tokens).stream().filter(AGGREGATES::contains).findFirst())
                    .ifPresent(f -> problems.add(col + ": Generated Column don't support aggregation function (" + f
                            + "); use a scalar expression"));
        }
        if (c.defaultValue() instanceof ColumnDefault.Expression e) {
            verbatim(col + ": the DEFAULT expression", e.sql(), problems);
        }
    }

    static void check(Table table, List<String> problems) {
        String t = TableRules.describe(table);
        if (table.partitioning() != null) {
            for (PartitionExpression key : table.partitioning().keys()) {
                if (!key.isColumn()) {
                    verbatim(t + ": the partition expression", key.sql(), problems);
                }
            }
        }
        generatedColumns(table, problems);
    }

    /**
     * SQL written into a statement as it is must stay one piece of it: nothing may end the statement, leave a
     * quote or parenthesis open, or comment out what the renderer writes after it on the line.
     */
    static void verbatim(String what, String sql, List<String> problems) {
        VerbatimSql facts = VerbatimSql.of(sql);
        if (sql.isBlank()) {
            problems.add(what + " is empty; give the expression");
        } else if (!facts.readable()) {
            problems.add(what + " '" + sql + "' leaves a quote, back-quote or comment open; close it");
        } else if (facts.semicolon() || facts.trailingSemicolon()) {
            problems.add(what + " '" + sql + "' contains ';', which would end the statement; remove it");
        } else if (!facts.balanced()) {
            problems.add(what + " '" + sql + "' has unbalanced parentheses; close each '(' once");
        } else if (facts.lineComment()) {
            problems.add(what + " '" + sql + "' contains a line comment (-- or #), which would comment out the "
                    + "rest of the line; use /* ... */ or remove it");
        }
    }

    private static void generatedColumns(Table table, List<String> problems) {
        String t = TableRules.describe(table);
        for (Column c : table.columns()) {
            if (c.generatedAs() == null) {
                continue;
            }
            String col = t + ", column '" + c.name() + "'";
            Optional<List<SqlToken>> tokens = tokens(c.generatedAs());
            if (tokens.isEmpty()) {
                continue;
            }
            for (Column referenced : references(table, tokens.get())) {
                if (referenced.autoIncrement()) {
                    problems.add(col + ": Expression can not refers to AUTO_INCREMENT columns: " + referenced.name()
                            + "; compute it from other columns");
                } else if (referenced.generatedAs() != null) {
                    problems.add(col + ": Expression can not refers to other generated columns: " + referenced.name()
                            + "; repeat that column's expression instead");
                }
            }
        }
    }

    static Optional<List<SqlToken>> tokens(String sql) {
        try {
            return Optional.of(SqlLexer.tokenize(sql));
        } catch (SqlParseException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The table's columns the expression names: identifiers that are neither function names nor the database or
     * table qualifying a column ({@code `db`.`t`.`c`} names {@code c}, as the server prints it).
     */
    static List<Column> references(Table table, List<SqlToken> tokens) {
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            boolean call = i + 1 < tokens.size() && tokens.get(i + 1).isSymbol("(");
            boolean qualifier = i + 1 < tokens.size() && tokens.get(i + 1).isSymbol(".");
            if (token.isIdentifier() && !call && !qualifier) {
                table.column(token.value()).filter(c -> !out.contains(c)).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The names of the functions the expression calls, lower-case. */
    private static List<String> calls(List<SqlToken> tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).kind() == SqlToken.Kind.WORD && tokens.get(i + 1).isSymbol("(")) {
                out.add(tokens.get(i).text().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
