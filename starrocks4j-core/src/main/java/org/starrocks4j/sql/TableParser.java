package org.starrocks4j.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.starrocks4j.lexical.SqlToken;
import org.starrocks4j.operation.SelectQuery;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Table;

/**
 * Reads {@code CREATE TABLE} (after {@code CREATE [EXTERNAL] TABLE}): the column and index list, then ENGINE, key,
 * COMMENT, PARTITION BY, DISTRIBUTED BY, ORDER BY, ROLLUP and PROPERTIES. The clauses are accepted in any order, each
 * once: users write them in several orders and the server's own order differs between versions. Also
 * {@code CREATE TABLE t2 ... LIKE t1} and {@code CREATE TABLE t2 ... AS SELECT ...}.
 */
final class TableParser {

    private TableParser() {
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

    /**
     * True when the CREATE TABLE whose name has been read is {@code ... AS SELECT}: after the parenthesised list, if
     * any, an {@code AS} outside parentheses (a generated column's {@code AS} is inside the column list).
     */
    static boolean atAsSelect(TokenCursor cursor) {
        int from = cursor.position();
        if (cursor.acceptSymbol("(")) {
            cursor.verbatimUntil(t -> false);
            cursor.acceptSymbol(")");
        }
        cursor.verbatimUntil(t -> t.isKeyword("AS"));
        boolean asSelect = cursor.isKeyword("AS");
        cursor.reset(from);
        return asSelect;
    }

    /**
     * {@code [(names, INDEX ...)] [key] [COMMENT] [PARTITION BY] [DISTRIBUTED BY] [ORDER BY] [PROPERTIES] AS query},
     * after the new table's name: StarRocks' createTableAsSelectStatement, the clauses in any order, each once.
     */
    static TableOperation.CreateTableAsSelect asSelect(TokenCursor cursor, ObjectName name, boolean ifNotExists) {
        Table.Builder b = Table.builder(name);
        List<String> columnNames = new ArrayList<>();
        if (cursor.acceptSymbol("(")) {
            List<Index> indexes = new ArrayList<>();
            do {
                if (cursor.acceptKeywords("INDEX")) {
                    indexes.add(LayoutParser.index(cursor));
                } else if (!indexes.isEmpty()) {
                    throw cursor.expected("INDEX: the column names come before the indexes");
                } else {
                    columnNames.add(cursor.identifier("a column name"));
                    if (!cursor.isSymbol(",") && !cursor.isSymbol(")")) {
                        throw cursor.errorAt(cursor.peek(), "CREATE TABLE ... AS SELECT lists the new table's column "
                                + "names only: their types come from the query", "',' or ')'");
                    }
                }
            } while (cursor.acceptSymbol(","));
            cursor.expectSymbol(")");
            b.indexes(indexes);
        }
        clauses(cursor, b, true);
        cursor.expectKeywords("AS");
        SelectQuery query = SelectParser.query(cursor, name);
        return new TableOperation.CreateTableAsSelect(b.buildUnchecked(), columnNames, query, ifNotExists);
    }

    /** The table of a CREATE TABLE whose {@code IF NOT EXISTS} and name have been read; the cursor is at {@code (}. */
    static Table body(TokenCursor cursor, ObjectName name, boolean validate) {
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
        clauses(cursor, b, false);
        Table table = b.buildUnchecked();
        return validate ? StatementParser.validated(cursor, table) : table;
    }

    /**
     * The table clauses after the column list, up to the end of the statement, or up to its {@code AS} for
     * CREATE TABLE ... AS SELECT, which takes no ENGINE, ROLLUP or BROKER clause.
     */
    private static void clauses(TokenCursor cursor, Table.Builder b, boolean asSelect) {
        String expected = asSelect ? "a table clause (KEY, COMMENT, PARTITION BY, DISTRIBUTED BY, ORDER BY, "
                + "PROPERTIES) or AS" : "a table clause (ENGINE, KEY, COMMENT, PARTITION BY, DISTRIBUTED BY, ORDER BY, "
                + "ROLLUP, PROPERTIES) or the end of the statement";
        Set<String> seen = new HashSet<>();
        while (!cursor.atEnd() && !(asSelect && cursor.isKeyword("AS"))) {
            SqlToken at = cursor.peek();
            String clause = at.text().toUpperCase(Locale.ROOT);
            if (at.kind() != SqlToken.Kind.WORD) {
                throw cursor.expected(expected);
            }
            if (LayoutParser.atKey(cursor)) {
                clause = "KEY";
            }
            if (asSelect && Set.of("ENGINE", "ROLLUP", "BROKER").contains(clause)) {
                throw cursor.errorAt(at, "CREATE TABLE ... AS SELECT takes no " + clause + " clause (it makes an "
                        + "OLAP table)", expected);
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
                default -> throw cursor.expected(expected);
            }
        }
    }
}
