package org.starrocks4j.sql;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Table;

/**
 * Reads {@code CREATE TABLE} (after {@code CREATE [EXTERNAL] TABLE}): the column and index list, then ENGINE, key,
 * COMMENT, PARTITION BY, DISTRIBUTED BY, ORDER BY, ROLLUP and PROPERTIES. The clauses are accepted in any order, each
 * once: users write them in several orders and the server's own order differs between versions. Also
 * {@code CREATE TABLE t2 ... LIKE t1}.
 */
final class TableParser {

    private TableParser() {
    }

    /** True for {@code (a, b) AS SELECT ...}: a column list of bare names (no types), as CTAS writes it. */
    private static boolean isColumnNamesOfCreateAsSelect(TokenCursor cursor) {
        int i = 1;
        while (cursor.peek(i).isIdentifier() && (cursor.peek(i + 1).isSymbol(",") || cursor.peek(i + 1).isSymbol(")"))) {
            if (cursor.peek(i + 1).isSymbol(")")) {
                return true;
            }
            i += 2;
        }
        return false;
    }

    /**
     * CTAS, the cursor at its {@code AS}: the table's columns and their types are what the query returns, which only
     * the server can work out, so the statement does not describe the table. Once it has run, the server prints the
     * table as an ordinary CREATE TABLE (SHOW CREATE TABLE), which reads like any other.
     */
    private static UnsupportedSqlException createAsSelect(TokenCursor cursor, ObjectName name) {
        return cursor.unsupported(cursor.peek(), "CREATE TABLE ... AS SELECT", "the columns of " + name.toSql()
                + " and their types come from the query, which only the server can evaluate; declare the table (after "
                + "it ran, SHOW CREATE TABLE " + name.toSql() + " prints its definition) and fill it with INSERT INTO "
                + name.toSql() + " SELECT ...");
    }

    /** True when the CREATE TABLE whose name has been read is {@code ... LIKE source}: no columns, LIKE before AS. */
    static boolean atLike(TokenCursor cursor) {
        if (cursor.isSymbol("(")) {
            return false;
        }
        int from = cursor.position();
        cursor.verbatimUntil(t -> t.isKeyword("AS") || t.isKeyword("LIKE"));
        boolean like = cursor.isKeyword("LIKE");
        cursor.reset(from);
        return like;
    }

    /** {@code [PARTITION BY ...] [DISTRIBUTED BY ...] [PROPERTIES (...)] LIKE source}, after the new table's name. */
    static TableOperation.CreateTableLike like(TokenCursor cursor, ObjectName name, boolean ifNotExists) {
        Partitioning partitioning = null;
        Distribution distribution = null;
        Map<String, String> properties = Map.of();
        while (!cursor.isKeyword("LIKE")) {
            if (partitioning == null && cursor.acceptKeywords("PARTITION", "BY")) {
                partitioning = LayoutParser.partitionBy(cursor);
            } else if (distribution == null && cursor.acceptKeywords("DISTRIBUTED", "BY")) {
                distribution = LayoutParser.distribution(cursor);
            } else if (properties.isEmpty() && cursor.acceptKeywords("PROPERTIES")) {
                properties = LayoutParser.properties(cursor);
            } else {
                throw cursor.expected("PARTITION BY, DISTRIBUTED BY, PROPERTIES or LIKE");
            }
        }
        cursor.expectKeywords("LIKE");
        ObjectName source = StatementParser.objectName(cursor);
        return new TableOperation.CreateTableLike(name, source, ifNotExists, partitioning, distribution, properties);
    }

    /** The table of a CREATE TABLE whose {@code IF NOT EXISTS} and name have been read; the cursor is at {@code (}. */
    static Table body(TokenCursor cursor, ObjectName name, boolean validate) {
        if (!cursor.isSymbol("(") || isColumnNamesOfCreateAsSelect(cursor)) {
            // CREATE TABLE t [(names)] [clauses] AS SELECT: the columns come from the query, which the model cannot hold
            int from = cursor.position();
            cursor.verbatimUntil(t -> t.isKeyword("AS"));
            if (cursor.isKeyword("AS")) {
                throw createAsSelect(cursor, name);
            }
            cursor.reset(from);
        }
        Table.Builder b = Table.builder(name);
        cursor.expectSymbol("(");
        do {
            if (cursor.acceptKeywords("INDEX")) {
                b.index(LayoutParser.index(cursor));
            } else {
                b.column(ColumnParser.column(cursor));
            }
        } while (cursor.acceptSymbol(","));
        cursor.expectSymbol(")");
        Set<String> seen = new HashSet<>();
        while (!cursor.atEnd()) {
            SqlToken at = cursor.peek();
            String clause = at.text().toUpperCase(Locale.ROOT);
            if (at.kind() != SqlToken.Kind.WORD) {
                throw cursor.expected("a table clause (ENGINE, KEY, COMMENT, PARTITION BY, DISTRIBUTED BY, ORDER BY, "
                        + "ROLLUP, PROPERTIES) or the end of the statement");
            }
            if (LayoutParser.atKey(cursor)) {
                clause = "KEY";
            }
            if (!seen.add(clause)) {
                throw cursor.errorAt(at, "the " + clause + " clause is given twice", "each clause once");
            }
            switch (clause) {
                case "ENGINE" -> {
                    cursor.next();
                    cursor.acceptSymbol("=");
                    b.engine(cursor.identifier("an engine name").toUpperCase(Locale.ROOT));
                }
                case "KEY" -> b.key(LayoutParser.key(cursor));
                case "COMMENT" -> {
                    cursor.next();
                    cursor.acceptSymbol("=");
                    b.comment(cursor.string("the table comment"));
                }
                case "PARTITION" -> {
                    cursor.next();
                    cursor.expectKeywords("BY");
                    b.partitionBy(LayoutParser.partitionBy(cursor));
                }
                case "DISTRIBUTED" -> {
                    cursor.next();
                    cursor.expectKeywords("BY");
                    b.distributedBy(LayoutParser.distribution(cursor));
                }
                case "ORDER" -> {
                    cursor.next();
                    cursor.expectKeywords("BY");
                    b.orderBy(LayoutParser.orderBy(cursor));
                }
                case "PROPERTIES" -> {
                    cursor.next();
                    b.properties(LayoutParser.properties(cursor));
                }
                case "ROLLUP" -> {
                    cursor.next();
                    b.rollups(LayoutParser.rollups(cursor));
                }
                case "BROKER" -> throw cursor.unsupported(at, "BROKER PROPERTIES", null);
                case "AS" -> throw createAsSelect(cursor, name);
                default -> throw cursor.expected("a table clause (ENGINE, KEY, COMMENT, PARTITION BY, DISTRIBUTED BY, "
                        + "ORDER BY, ROLLUP, PROPERTIES) or the end of the statement");
            }
        }
        Table table = b.buildUnchecked();
        return validate ? StatementParser.validated(cursor, table) : table;
    }

}
