package org.starrocks4j.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.starrocks4j.lexical.SqlLexer;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.lexical.SqlToken;
import org.starrocks4j.schema.ColumnReferences;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.SyncMaterializedView;
import org.starrocks4j.schema.Table;

/**
 * What StarRocks does with a table's synchronous materialized views when {@code ALTER TABLE} drops, modifies or
 * renames a column one of them reads. The FE checks every DROP COLUMN, MODIFY COLUMN (not a comment-only change) and
 * RENAME COLUMN against the table's indexes ({@code AlterMVJobExecutor.checkModifiedColumWithMaterializedViews},
 * called from {@code SchemaChangeHandler} and {@code AlterJobExecutor.visitColumnRenameClause}) and refuses it when
 * <ul>
 *     <li>the table is not an AGGREGATE KEY table, the view aggregates (its index has aggregated columns) and it
 *     reads the column, as an output column or inside an aggregate's expression ("Can not drop/modify the column c,
 *     because the column is used in the related rollup mv, please drop the rollup index first."); or</li>
 *     <li>the view's WHERE reads the column ("... used in the related rollup mv with the where expr: ...").</li>
 * </ul>
 * Otherwise the statement runs: a view that only selects columns (like a rollup) loses a dropped column
 * ({@code SchemaChangeHandler.processDropColumn} removes it from every index) and keeps the statement it was created
 * with, which {@code information_schema.materialized_views} goes on showing.
 */
public final class SyncViewColumnRules {

    /** The aggregate functions a synchronous materialized view may use (and a few the FE accepts through agg state). */
    private static final Set<String> AGGREGATES = Set.of("sum", "min", "max", "count", "avg", "bitmap_union",
            "bitmap_agg", "hll_union", "hll_raw_agg", "percentile_union", "ndv", "approx_count_distinct",
            "any_value", "array_agg", "group_concat", "bitmap_union_count", "hll_union_agg");

    private SyncViewColumnRules() {
    }

    /**
     * Why the server refuses DROP, MODIFY or RENAME COLUMN {@code column} of {@code table} because of one of its
     * synchronous materialized views, or {@code null} when none stands in the way.
     */
    public static ServerRules.Refusal refusal(Table table, String column) {
        boolean aggregateKey = table.key() != null && table.key().type() == KeyType.AGGREGATE;
        for (SyncMaterializedView view : table.syncMaterializedViews()) {
            Query query = Query.of(view.definition());
            String where = null;
            if (!aggregateKey && query.aggregates && ColumnReferences.mentions(view.definition(), column)) {
                where = "";
            } else if (query.where != null && ColumnReferences.mentions(query.where, column)) {
                where = " with the where expr: " + query.where.strip();
            }
            if (where != null) {
                return new ServerRules.Refusal("StarRocks refuses to drop, modify or rename a column a synchronous "
                        + "materialized view reads (\"Can not drop/modify the column " + column + ", because the "
                        + "column is used in the related rollup " + view.name() + where + ", please drop the "
                        + "rollup index first.\")", "drop the view first (DROP MATERIALIZED VIEW `" + view.name()
                        + "`) and create it again after the change, reading the column as it then is");
            }
        }
        return null;
    }

    /** The synchronous materialized views of {@code table} whose query reads any of {@code columns}. */
    public static List<SyncMaterializedView> readers(Table table, Set<String> columns) {
        List<SyncMaterializedView> out = new ArrayList<>();
        for (SyncMaterializedView view : table.syncMaterializedViews()) {
            if (columns.stream().anyMatch(c -> ColumnReferences.mentions(view.definition(), c))) {
                out.add(view);
            }
        }
        return out;
    }

    /**
     * What the rules need of a view's query: whether it calls an aggregate function, and its WHERE condition (up to
     * GROUP BY, ORDER BY or the end), or {@code null}.
     */
    private record Query(boolean aggregates, String where) {

        static Query of(String sql) {
            List<SqlToken> tokens;
            try {
                tokens = SqlLexer.tokenize(sql);
            } catch (SqlParseException notSql) {
                return new Query(false, null);
            }
            boolean aggregates = false;
            int whereStart = -1;
            int whereEnd = sql.length();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                SqlToken token = tokens.get(i);
                if (token.isIdentifier() && tokens.get(i + 1).isSymbol("(")
                        && AGGREGATES.contains(token.value().toLowerCase(Locale.ROOT))) {
                    aggregates = true;
                } else if (token.isKeyword("WHERE") && whereStart < 0) {
                    whereStart = token.end();
                } else if (whereStart >= 0 && whereEnd == sql.length()
                        && (token.isKeyword("GROUP") || token.isKeyword("ORDER"))) {
                    whereEnd = token.start();
                }
            }
            return new Query(aggregates, whereStart < 0 ? null : sql.substring(whereStart, whereEnd));
        }
    }
}
