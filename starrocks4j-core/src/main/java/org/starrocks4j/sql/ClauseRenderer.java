package org.starrocks4j.sql;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.starrocks4j.lexical.SqlText;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.ColumnDefault;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.PartitionExpression;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.Rollup;
import org.starrocks4j.schema.ViewColumn;

/**
 * The SQL of the clauses statements share: column definitions, partitioning, distribution, refresh, PROPERTIES,
 * indexes. Every name goes through {@link SqlText#identifier} and every value through a literal quoter; only
 * expression text the user wrote as SQL (partition expressions, generated columns, default expressions) is
 * emitted verbatim.
 */
public final class ClauseRenderer {

    private static final String INDENT = "  ";

    private final RenderOptions options;

    public ClauseRenderer(RenderOptions options) {
        this.options = options;
    }

    /** {@code `name` TYPE [AGG] [NULL|NOT NULL] [AUTO_INCREMENT | DEFAULT ...] [AS expr] [COMMENT '...']}. */
    public String columnDefinition(Column column) {
        return columnDefinition(column, false);
    }

    /** A column definition, with the {@code KEY} marker after the type when {@code key} (ADD/MODIFY COLUMN only). */
    public String columnDefinition(Column column, boolean key) {
        StringBuilder out = new StringBuilder(SqlText.identifier(column.name())).append(' ').append(column.type().toSql());
        if (key) {
            out.append(" KEY");
        }
        if (column.aggregate() != null) {
            out.append(' ').append(column.aggregate().name());
        }
        if (column.nullable() != null) {
            out.append(column.nullable() ? " NULL" : " NOT NULL");
        }
        if (column.autoIncrement()) {
            out.append(" AUTO_INCREMENT");
        }
        if (column.defaultValue() != null) {
            out.append(" DEFAULT ").append(defaultValue(column.defaultValue()));
        }
        if (column.generatedAs() != null) {
            out.append(" AS ").append(column.generatedAs());
        }
        if (column.comment() != null) {
            out.append(" COMMENT ").append(SqlText.literal(column.comment()));
        }
        return out.toString();
    }

    /** The text after {@code DEFAULT}. */
    public String defaultValue(ColumnDefault value) {
        if (value instanceof ColumnDefault.Literal literal) {
            return SqlText.literal(literal.value());
        }
        if (value instanceof ColumnDefault.Expression expression) {
            return "(" + expression.sql() + ")";
        }
        return "CURRENT_TIMESTAMP";
    }

    /** {@code INDEX `i` (`c`) USING TYPE [("k" = "v")] [COMMENT '...']}, as written inside CREATE TABLE. */
    public String indexDefinition(Index index) {
        return "INDEX " + indexBody(index);
    }

    /** {@code `i` (`c`) USING TYPE [("k" = "v")] [COMMENT '...']}: shared by CREATE TABLE and ADD INDEX. */
    String indexBody(Index index) {
        return SqlText.identifier(index.name()) + " " + indexAfterName(index);
    }

    /** {@code (`c`) USING TYPE [("k" = "v")] [COMMENT '...']}: an index after its name (and CREATE INDEX's ON). */
    String indexAfterName(Index index) {
        StringBuilder out = new StringBuilder("(").append(SqlText.identifiers(index.columns())).append(") USING ")
                .append(index.type().name());
        if (!index.properties().isEmpty()) {
            out.append(' ').append(inlineProperties(index.properties()));
        }
        if (index.comment() != null) {
            out.append(" COMMENT ").append(SqlText.literal(index.comment()));
        }
        return out.toString();
    }

    /** {@code PARTITION BY ...} including pre-created partitions, over several lines. */
    public String partitionBy(Partitioning partitioning) {
        if (partitioning instanceof Partitioning.Expression expression) {
            List<PartitionExpression> keys = expression.keys();
            boolean bare = keys.size() == 1 && !keys.get(0).isColumn();
            return "PARTITION BY " + (bare ? keys.get(0).sql() : "(" + keys(keys) + ")");
        }
        String kind = partitioning instanceof Partitioning.Range ? "RANGE" : "LIST";
        StringBuilder out = new StringBuilder("PARTITION BY ").append(kind).append('(')
                .append(keys(partitioning.keys())).append(')');
        List<PartitionDefinition> partitions = partitioning.partitions();
        out.append(" (");
        if (!partitions.isEmpty()) {
            out.append('\n').append(partitions.stream().map(p -> INDENT + partitionDefinition(p))
                    .collect(Collectors.joining(",\n"))).append('\n');
        }
        return out.append(')').toString();
    }

    /** Partition keys: columns back-quoted, expressions verbatim. */
    public String keys(List<PartitionExpression> keys) {
        return keys.stream().map(k -> k.isColumn() ? SqlText.identifier(k.column()) : k.sql())
                .collect(Collectors.joining(", "));
    }

    /** One pre-created partition: {@code PARTITION `p` VALUES ...} or a {@code START ... END ... EVERY} batch. */
    public String partitionDefinition(PartitionDefinition definition) {
        if (definition instanceof PartitionDefinition.Batch batch) {
            return "START (" + SqlText.doubleQuoted(batch.start()) + ") END (" + SqlText.doubleQuoted(batch.end())
                    + ") EVERY (" + batch.every() + ")";
        }
        StringBuilder out = new StringBuilder("PARTITION ").append(SqlText.identifier(definition.name())).append(" VALUES ");
        if (definition instanceof PartitionDefinition.LessThan lessThan) {
            out.append(lessThan.maxValue() ? "LESS THAN MAXVALUE" : "LESS THAN " + tuple(lessThan.values()));
        } else if (definition instanceof PartitionDefinition.Fixed fixed) {
            out.append('[').append(tuple(fixed.lower())).append(", ").append(tuple(fixed.upper())).append(')');
        } else {
            PartitionDefinition.In in = (PartitionDefinition.In) definition;
            boolean single = in.values().stream().allMatch(v -> v.size() == 1);
            out.append("IN (").append(in.values().stream()
                    .map(v -> single ? listValue(v.get(0)) : v.stream().map(ClauseRenderer::listValue)
                            .collect(Collectors.joining(", ", "(", ")")))
                    .collect(Collectors.joining(", "))).append(')');
        }
        if (!definition.properties().isEmpty()) {
            out.append(' ').append(inlineProperties(definition.properties()));
        }
        return out.toString();
    }

    /** A LIST value, quoted, except {@link PartitionDefinition#NULL}, which is a keyword. */
    private static String listValue(String value) {
        return PartitionDefinition.NULL.equals(value) ? value : SqlText.doubleQuoted(value);
    }

    /** Range bound values, quoted, except {@link PartitionDefinition#MAXVALUE}, which is a keyword. */
    private static String tuple(List<String> values) {
        return values.stream().map(v -> PartitionDefinition.MAXVALUE.equals(v) ? v : SqlText.doubleQuoted(v))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /** {@code DISTRIBUTED BY HASH(`a`) [BUCKETS n]} or {@code DISTRIBUTED BY RANDOM [BUCKETS n]}. */
    public String distributedBy(Distribution distribution) {
        String method = distribution instanceof Distribution.Hash hash
                ? "HASH(" + SqlText.identifiers(hash.columns()) + ")" : "RANDOM";
        return "DISTRIBUTED BY " + method + (distribution.buckets() == null ? "" : " BUCKETS " + distribution.buckets());
    }

    /** {@code ROLLUP (} one rollup per line {@code )}, as CREATE TABLE takes it. */
    public String rollups(List<Rollup> rollups) {
        return rollups.stream().map(r -> INDENT + rollup(r)).collect(Collectors.joining(",\n", "ROLLUP (\n", "\n)"));
    }

    /** {@code `r` (`a`, `b`) [DUPLICATE KEY (`a`)] [PROPERTIES ("k" = "v")]}: shared by CREATE TABLE and ADD ROLLUP. */
    public String rollup(Rollup rollup) {
        StringBuilder out = new StringBuilder(SqlText.identifier(rollup.name())).append(" (")
                .append(SqlText.identifiers(rollup.columns())).append(')');
        if (!rollup.duplicateKey().isEmpty()) {
            out.append(" DUPLICATE KEY (").append(SqlText.identifiers(rollup.duplicateKey())).append(')');
        }
        if (!rollup.properties().isEmpty()) {
            out.append(" PROPERTIES ").append(inlineProperties(rollup.properties()));
        }
        return out.toString();
    }

    /** {@code ORDER BY (`a`, `b`)}. */
    public String orderBy(List<String> columns) {
        return "ORDER BY (" + SqlText.identifiers(columns) + ")";
    }

    /**
     * {@code REFRESH ...} in the target server's spelling: from 26.2 an untimed asynchronous refresh is
     * {@code ON_CHANGE}; the scheduled form stays {@code ASYNC [START(...)] EVERY(...)} on every version.
     */
    public String refresh(Refresh refresh) {
        StringJoiner out = new StringJoiner(" ", "REFRESH ", "");
        if (refresh.moment() != null) {
            out.add(refresh.moment().name());
        }
        boolean untimedAsync = refresh.kind() == Refresh.Kind.ASYNC && refresh.every() == null;
        out.add(untimedAsync && options.serverVersion().atLeast(26, 2) ? "ON_CHANGE" : refresh.kind().name());
        if (refresh.start() != null) {
            out.add("START(" + SqlText.literal(refresh.start()) + ")");
        }
        if (refresh.every() != null) {
            out.add("EVERY(" + refresh.every().toSql() + ")");
        }
        return out.toString();
    }

    /** {@code PROPERTIES (} one {@code "k" = "v"} per line {@code )}. */
    public String propertiesBlock(Map<String, String> properties) {
        return properties.entrySet().stream()
                .map(e -> INDENT + SqlText.doubleQuoted(e.getKey()) + " = " + SqlText.doubleQuoted(e.getValue()))
                .collect(Collectors.joining(",\n", "PROPERTIES (\n", "\n)"));
    }

    /** {@code ("k" = "v", "k2" = "v2")} on one line. */
    public String inlineProperties(Map<String, String> properties) {
        return properties.entrySet().stream()
                .map(e -> SqlText.doubleQuoted(e.getKey()) + " = " + SqlText.doubleQuoted(e.getValue()))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /** A view or MV column list: {@code (`a` COMMENT '...', `b`)}, one column per line when any has a comment. */
    public String viewColumns(List<ViewColumn> columns) {
        boolean commented = columns.stream().anyMatch(c -> c.comment() != null);
        List<String> items = columns.stream()
                .map(c -> SqlText.identifier(c.name()) + (c.comment() == null ? "" : " COMMENT " + SqlText.literal(c.comment())))
                .toList();
        return commented
                ? items.stream().map(i -> INDENT + i).collect(Collectors.joining(",\n", "(\n", "\n)"))
                : items.stream().collect(Collectors.joining(", ", "(", ")"));
    }

    /**
     * A materialized view's column list with its indexes after the columns, as the server prints it: one item per
     * line when there are indexes, {@code (`a`, `b`,\n  INDEX `i` (`a`) USING BITMAP)}-like; otherwise as
     * {@link #viewColumns}.
     */
    public String materializedViewColumns(List<ViewColumn> columns, List<Index> indexes) {
        if (indexes.isEmpty()) {
            return viewColumns(columns);
        }
        java.util.stream.Stream<String> items = java.util.stream.Stream.concat(
                columns.stream().map(c -> SqlText.identifier(c.name())
                        + (c.comment() == null ? "" : " COMMENT " + SqlText.literal(c.comment()))),
                indexes.stream().map(this::indexDefinition));
        return items.map(i -> INDENT + i).collect(Collectors.joining(",\n", "(\n", "\n)"));
    }

    static String indent() {
        return INDENT;
    }
}
