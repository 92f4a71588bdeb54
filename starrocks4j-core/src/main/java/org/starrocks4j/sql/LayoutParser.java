package org.starrocks4j.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.starrocks4j.lexical.SqlToken;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.IndexType;
import org.starrocks4j.schema.InvalidModelException;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.PartitionExpression;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Rollup;
import org.starrocks4j.schema.TableKey;

/**
 * Reads the clauses tables and materialized views share: KEY, PARTITION BY (RANGE, LIST, expressions) with its
 * partitions, DISTRIBUTED BY, ORDER BY, PROPERTIES, and index definitions.
 */
final class LayoutParser {

    /** Keywords that start the next clause after a CREATE statement's PARTITION BY expressions. */
    private static final Set<String> CLAUSE_WORDS = Set.of("DISTRIBUTED", "ORDER", "PROPERTIES", "REFRESH", "AS",
            "COMMENT", "ROLLUP", "BROKER", "DUPLICATE", "AGGREGATE", "UNIQUE", "PRIMARY", "ENGINE", "LIKE");

    private LayoutParser() {
    }

    /** True when a key clause ({@code DUPLICATE KEY}, ...) starts at the cursor. */
    static boolean atKey(TokenCursor cursor) {
        return cursor.isKeyword(1, "KEY") && (cursor.isKeyword("DUPLICATE") || cursor.isKeyword("AGGREGATE")
                || cursor.isKeyword("UNIQUE") || cursor.isKeyword("PRIMARY"));
    }

    /** {@code DUPLICATE | AGGREGATE | UNIQUE | PRIMARY KEY (cols)}. */
    static TableKey key(TokenCursor cursor) {
        KeyType type = KeyType.valueOf(cursor.next().text().toUpperCase(Locale.ROOT));
        cursor.expectKeywords("KEY");
        return new TableKey(type, identifierList(cursor, "a key column"));
    }

    /** {@code (a, b, ...)}: a parenthesised list of names. */
    static List<String> identifierList(TokenCursor cursor, String what) {
        cursor.expectSymbol("(");
        List<String> names = new ArrayList<>();
        do {
            names.add(cursor.identifier(what));
        } while (cursor.acceptSymbol(","));
        cursor.expectSymbol(")");
        return names;
    }

    /** After {@code PARTITION BY}: RANGE(...) (...), LIST(...) (...), or expression partitioning. */
    static Partitioning partitionBy(TokenCursor cursor) {
        if (cursor.acceptKeywords("RANGE")) {
            List<PartitionExpression> keys = keyList(cursor);
            List<PartitionDefinition> partitions = partitionList(cursor, false);
            return checked(cursor, () -> new Partitioning.Range(keys, partitions));
        }
        if (cursor.acceptKeywords("LIST")) {
            List<PartitionExpression> keys = keyList(cursor);
            List<PartitionDefinition> partitions = cursor.isSymbol("(") ? partitionList(cursor, true) : List.of();
            return checked(cursor, () -> new Partitioning.ListPartitioning(keys, partitions));
        }
        if (cursor.isSymbol("(")) {
            List<PartitionExpression> keys = keyList(cursor);
            skipCreatedPartitions(cursor);
            return new Partitioning.Expression(keys);
        }
        // bare expression partitioning: PARTITION BY date_trunc('day', dt) or PARTITION BY a, b
        List<PartitionExpression> keys = new ArrayList<>();
        do {
            keys.add(partitionKey(cursor, t -> t.isSymbol(",") || atPartitionList(cursor)
                    || (t.kind() == SqlToken.Kind.WORD && CLAUSE_WORDS.contains(t.text().toUpperCase(Locale.ROOT)))));
        } while (cursor.acceptSymbol(","));
        skipCreatedPartitions(cursor);
        return new Partitioning.Expression(keys);
    }

    /** True at the {@code (} of a partition list: {@code (PARTITION ...} or {@code (START ...}. */
    private static boolean atPartitionList(TokenCursor cursor) {
        return cursor.isSymbol("(") && (cursor.isKeyword(1, "PARTITION") || cursor.isKeyword(1, "START"));
    }

    /**
     * Servers before 3.1 printed the partitions they had created for expression partitioning after the expressions
     * (corpus: show_create/table/344), and users may pre-create some ({@code PARTITION BY date_trunc('day', dt)
     * (START (...) END (...) EVERY (...))}, corpus pairs/0023). Either way the server creates partitions as data
     * arrives and SHOW CREATE TABLE no longer prints them, so they are read and left out of the model.
     */
    private static void skipCreatedPartitions(TokenCursor cursor) {
        if (atPartitionList(cursor)) {
            partitionList(cursor, false);
        }
    }

    /** {@code (key, key, ...)}: each key a column name or an expression kept verbatim. */
    private static List<PartitionExpression> keyList(TokenCursor cursor) {
        cursor.expectSymbol("(");
        List<PartitionExpression> keys = new ArrayList<>();
        do {
            keys.add(partitionKey(cursor, t -> t.isSymbol(",")));
        } while (cursor.acceptSymbol(","));
        cursor.expectSymbol(")");
        return keys;
    }

    private static PartitionExpression partitionKey(TokenCursor cursor, java.util.function.Predicate<SqlToken> stop) {
        int from = cursor.position();
        SqlToken first = cursor.peek();
        String text = cursor.verbatimUntil(stop);
        if (text.isEmpty()) {
            throw cursor.expected("a partition column or expression");
        }
        return cursor.position() == from + 1 && first.isIdentifier()
                ? PartitionExpression.column(first.value()) : PartitionExpression.expression(text);
    }

    /** {@code ( partition, ... )}; tolerates the trailing comma servers before 3.1 printed. */
    private static List<PartitionDefinition> partitionList(TokenCursor cursor, boolean list) {
        cursor.expectSymbol("(");
        List<PartitionDefinition> partitions = new ArrayList<>();
        while (!cursor.isSymbol(")")) {
            partitions.add(partition(cursor, list));
            if (!cursor.acceptSymbol(",")) {
                break;
            }
        }
        cursor.expectSymbol(")");
        return partitions;
    }

    /**
     * {@code PARTITION p VALUES LESS THAN (...) | [(...), (...)) | IN (...) [(props)]} or
     * {@code START (...) END (...) EVERY (...)}.
     */
    private static PartitionDefinition partition(TokenCursor cursor, boolean list) {
        if (cursor.isKeyword("START")) {
            return batch(cursor);
        }
        cursor.expectKeywords("PARTITION");
        return partitionBody(cursor, list);
    }

    /**
     * A partition after its {@code PARTITION} keyword: {@code p VALUES ...}. {@code list} says which kind the table
     * takes ({@code null}: either, as in ALTER TABLE ... ADD PARTITION where the table is not known).
     */
    static PartitionDefinition partitionBody(TokenCursor cursor, Boolean list) {
        SqlToken at = cursor.peek();
        String name = cursor.identifier("a partition name");
        cursor.expectKeywords("VALUES");
        PartitionDefinition result;
        if (cursor.acceptKeywords("LESS", "THAN")) {
            // MAXVALUE and (MAXVALUE) both mean "no upper bound"
            boolean maxValue = cursor.acceptKeywords("MAXVALUE") || (cursor.isSymbol("(")
                    && cursor.isKeyword(1, "MAXVALUE") && cursor.peek(2).isSymbol(")") && skip(cursor, 3));
            List<String> values = maxValue ? List.of() : tuple(cursor, Bound.RANGE);
            Map<String, String> properties = optionalProperties(cursor);
            result = new PartitionDefinition.LessThan(name, values, properties);
        } else if (cursor.acceptSymbol("[")) {
            List<String> lower = tuple(cursor, Bound.RANGE);
            cursor.expectSymbol(",");
            List<String> upper = tuple(cursor, Bound.RANGE);
            cursor.expectSymbol(")");
            Map<String, String> properties = optionalProperties(cursor);
            result = checked(cursor, at, () -> new PartitionDefinition.Fixed(name, lower, upper, properties));
        } else if (cursor.acceptKeywords("IN")) {
            cursor.expectSymbol("(");
            List<List<String>> values = new ArrayList<>();
            do {
                values.add(cursor.isSymbol("(") ? tuple(cursor, Bound.LIST) : List.of(value(cursor, Bound.LIST)));
            } while (cursor.acceptSymbol(","));
            cursor.expectSymbol(")");
            Map<String, String> properties = optionalProperties(cursor);
            result = checked(cursor, at, () -> new PartitionDefinition.In(name, values, properties));
        } else {
            throw cursor.expected("LESS THAN, '[' or IN after VALUES");
        }
        if (list != null && list != (result instanceof PartitionDefinition.In)) {
            throw cursor.errorAt(at, list ? "a LIST partitioned table takes VALUES IN partitions"
                    : "a RANGE partitioned table takes VALUES LESS THAN or VALUES [...) partitions",
                    list ? "VALUES IN" : "VALUES LESS THAN");
        }
        return result;
    }

    private static boolean skip(TokenCursor cursor, int tokens) {
        for (int i = 0; i < tokens; i++) {
            cursor.next();
        }
        return true;
    }

    /** {@code START ("s") END ("e") EVERY (INTERVAL 1 DAY | n)}. */
    static PartitionDefinition batch(TokenCursor cursor) {
        cursor.expectKeywords("START");
        String start = singleValue(cursor, "START");
        cursor.expectKeywords("END");
        String end = singleValue(cursor, "END");
        cursor.expectKeywords("EVERY");
        cursor.expectSymbol("(");
        String every = cursor.verbatimUntil(t -> false);
        if (every.isEmpty()) {
            throw cursor.expected("the EVERY interval");
        }
        cursor.expectSymbol(")");
        return PartitionDefinition.batch(start, end, every);
    }

    private static String singleValue(TokenCursor cursor, String clause) {
        SqlToken at = cursor.peek();
        List<String> values = tuple(cursor, Bound.START_END);
        if (values.size() != 1) {
            throw cursor.unsupported(at, clause + " with several values", "use one bound value per START and END");
        }
        return values.get(0);
    }

    /** Where partition values stand, which decides the bare words they may be. */
    private enum Bound {
        /** A RANGE bound: {@code MAXVALUE} may stand for the type's maximum. */
        RANGE,
        /** A LIST value: {@code NULL} is the null value. */
        LIST,
        /** START or END of a batch: values only. */
        START_END
    }

    /**
     * {@code ("v", 1, ...)}: partition values, unquoted. In range bounds a bare {@code MAXVALUE} is
     * {@link PartitionDefinition#MAXVALUE}, as in {@code [("2024-01-01"), (MAXVALUE))}.
     */
    private static List<String> tuple(TokenCursor cursor, Bound bound) {
        cursor.expectSymbol("(");
        List<String> values = new ArrayList<>();
        do {
            if (bound == Bound.RANGE && cursor.acceptKeywords("MAXVALUE")) {
                values.add(PartitionDefinition.MAXVALUE);
                continue;
            }
            values.add(value(cursor, bound));
        } while (cursor.acceptSymbol(","));
        cursor.expectSymbol(")");
        return values;
    }

    /**
     * One value: a string, a (signed) number, or in LIST values the bare {@code NULL}
     * ({@link PartitionDefinition#NULL}); other bare words such as {@code true} are refused.
     */
    private static String value(TokenCursor cursor, Bound bound) {
        SqlToken t = cursor.peek();
        if (t.kind() == SqlToken.Kind.STRING || t.kind() == SqlToken.Kind.NUMBER) {
            cursor.next();
            return t.value();
        }
        if (t.isSymbol("-") && cursor.peek(1).kind() == SqlToken.Kind.NUMBER) {
            cursor.next();
            return "-" + cursor.next().text();
        }
        if (bound == Bound.LIST && cursor.acceptKeywords("NULL")) {
            return PartitionDefinition.NULL;
        }
        if (t.kind() == SqlToken.Kind.WORD && (t.isKeyword("NULL") || t.isKeyword("TRUE") || t.isKeyword("FALSE"))) {
            throw cursor.unsupported(t, "the partition value " + t.text().toUpperCase(Locale.ROOT),
                    "quote the value if it is meant as text");
        }
        throw cursor.expected("a partition value (a quoted string or a number)");
    }

    /** After {@code ROLLUP} in CREATE TABLE: {@code (rollup, rollup, ...)}. */
    static List<Rollup> rollups(TokenCursor cursor) {
        cursor.expectSymbol("(");
        List<Rollup> rollups = new ArrayList<>();
        do {
            rollups.add(rollup(cursor));
        } while (cursor.acceptSymbol(","));
        cursor.expectSymbol(")");
        return rollups;
    }

    /**
     * {@code name (cols) [DUPLICATE KEY (cols)] [FROM index] [PROPERTIES (...)]}. {@code FROM} names the index the
     * server builds the rollup from (the base table or another rollup): how the rollup is built, not what it holds,
     * so it is read and left out of the model.
     */
    static Rollup rollup(TokenCursor cursor) {
        SqlToken at = cursor.peek();
        String name = cursor.identifier("a rollup name");
        List<String> columns = identifierList(cursor, "a rollup column");
        List<String> duplicateKey = cursor.acceptKeywords("DUPLICATE", "KEY")
                ? identifierList(cursor, "a duplicate key column of the rollup") : List.of();
        if (cursor.isKeywords("ORDER", "BY")) {
            throw cursor.unsupported(cursor.peek(), "ORDER BY of a rollup",
                    "list the rollup's columns in the order to sort by");
        }
        if (cursor.acceptKeywords("FROM")) {
            cursor.identifier("the index to build the rollup from");
        }
        Map<String, String> properties = cursor.acceptKeywords("PROPERTIES") ? properties(cursor) : Map.of();
        return checked(cursor, at, () -> new Rollup(name, columns, duplicateKey, properties));
    }

    /** {@code HASH(cols) [BUCKETS n]} or {@code RANDOM [BUCKETS n]}, after {@code DISTRIBUTED BY}. */
    static Distribution distribution(TokenCursor cursor) {
        SqlToken at = cursor.peek();
        if (cursor.acceptKeywords("HASH")) {
            List<String> columns = identifierList(cursor, "a distribution column");
            return checked(cursor, at, () -> new Distribution.Hash(columns, buckets(cursor)));
        }
        if (cursor.acceptKeywords("RANDOM")) {
            return checked(cursor, at, () -> new Distribution.Random(buckets(cursor)));
        }
        throw cursor.expected("HASH or RANDOM");
    }

    private static Integer buckets(TokenCursor cursor) {
        if (!cursor.acceptKeywords("BUCKETS")) {
            return null;
        }
        if (cursor.isKeyword("AUTO")) {
            // Apache Doris syntax: StarRocks' grammar takes BUCKETS <integer> only
            throw cursor.errorAt(cursor.peek(), "BUCKETS AUTO is not StarRocks SQL (StarRocks takes a bucket count); "
                    + "leave BUCKETS out to let the server choose", "the bucket count");
        }
        return cursor.intNumber("the bucket count");
    }

    /**
     * After {@code ORDER BY}: {@code (a, b)} or {@code a, b}. A direction after a column ({@code ts DESC, k ASC}) is
     * accepted and left out: a current server accepts it and SHOW CREATE prints the sort columns without it, so the
     * model holds the sort columns only.
     */
    static List<String> orderBy(TokenCursor cursor) {
        boolean parenthesized = cursor.acceptSymbol("(");
        List<String> names = new ArrayList<>();
        do {
            names.add(cursor.identifier("a sort column"));
            if (!cursor.acceptKeywords("ASC")) {
                cursor.acceptKeywords("DESC");
            }
        } while (cursor.acceptSymbol(","));
        if (parenthesized) {
            cursor.expectSymbol(")");
        }
        return names;
    }

    /** {@code ("k" = "v", ...)}: keys and values are strings (numbers and bare words are taken as written). */
    static Map<String, String> properties(TokenCursor cursor) {
        cursor.expectSymbol("(");
        Map<String, String> properties = new LinkedHashMap<>();
        if (cursor.acceptSymbol(")")) {
            return properties;
        }
        do {
            if (cursor.isSymbol(")")) {
                break; // a trailing comma
            }
            SqlToken keyToken = cursor.peek();
            String key = propertyText(cursor, "a property name");
            cursor.expectSymbol("=");
            String value = propertyText(cursor, "the value of property '" + key + "'");
            if (properties.put(key, value) != null) {
                throw cursor.errorAt(keyToken, "property '" + key + "' is given twice", "each property once");
            }
        } while (cursor.acceptSymbol(","));
        cursor.expectSymbol(")");
        return properties;
    }

    private static String propertyText(TokenCursor cursor, String what) {
        SqlToken t = cursor.peek();
        if (t.kind() == SqlToken.Kind.STRING || t.kind() == SqlToken.Kind.NUMBER || t.kind() == SqlToken.Kind.WORD) {
            cursor.next();
            return t.value();
        }
        throw cursor.expected(what + " (a quoted string)");
    }

    private static Map<String, String> optionalProperties(TokenCursor cursor) {
        return cursor.isSymbol("(") ? properties(cursor) : Map.of();
    }

    /**
     * After {@code INDEX}: {@code name (cols) [USING type [("k" = "v")]] [("k" = "v")] [COMMENT '...']}. Without USING
     * the index is a BITMAP index, StarRocks' default.
     */
    static Index index(TokenCursor cursor) {
        return indexAfterName(cursor, cursor.identifier("an index name"));
    }

    /** An index definition after its name: {@code (cols) [USING type] ...}. */
    static Index indexAfterName(TokenCursor cursor, String name) {
        SqlToken at = cursor.peek();
        List<String> columns = identifierList(cursor, "an indexed column");
        IndexType type = IndexType.BITMAP;
        if (cursor.acceptKeywords("USING")) {
            SqlToken typeToken = cursor.peek();
            String typeName = cursor.identifier("an index type").toUpperCase(Locale.ROOT);
            try {
                type = IndexType.valueOf(typeName);
            } catch (IllegalArgumentException e) {
                throw cursor.errorAt(typeToken, "'" + typeName + "' is not an index type StarRocks builds",
                        "BITMAP, NGRAMBF, GIN or VECTOR");
            }
        }
        cursor.acceptKeywords("PROPERTIES");
        Map<String, String> properties = optionalProperties(cursor);
        String comment = cursor.acceptKeywords("COMMENT") ? cursor.string("the index comment") : null;
        IndexType finalType = type;
        return checked(cursor, at, () -> new Index(name, columns, finalType, properties, comment));
    }

    private static <T> T checked(TokenCursor cursor, java.util.function.Supplier<T> make) {
        return checked(cursor, cursor.peek(), make);
    }

    /** Builds a model value, turning the model's own rule violations into errors at the clause's position. */
    static <T> T checked(TokenCursor cursor, SqlToken at, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidModelException e) {
            throw cursor.errorAt(at, e.getMessage(), null);
        }
    }
}
