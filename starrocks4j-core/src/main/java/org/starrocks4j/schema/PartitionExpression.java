package org.starrocks4j.schema;

import java.util.Objects;

/**
 * A partition key: a plain column reference, or an expression kept as SQL text verbatim
 * (e.g. {@code date_trunc('day', dt)}, {@code str2date(dt, '%Y-%m-%d')}).
 *
 * @param column the referenced column, when this key is a plain column; else {@code null}
 * @param sql    the expression text, when this key is an expression; else {@code null}
 */
public record PartitionExpression(String column, String sql) {

    public PartitionExpression {
        if ((column == null) == (sql == null)) {
            throw new InvalidModelException("a partition key is either a column or an expression, not both or neither");
        }
    }

    public static PartitionExpression column(String name) {
        return new PartitionExpression(Objects.requireNonNull(name, "column"), null);
    }

    public static PartitionExpression expression(String sql) {
        return new PartitionExpression(null, Objects.requireNonNull(sql, "expression"));
    }

    public boolean isColumn() {
        return column != null;
    }

    @Override
    public String toString() {
        return isColumn() ? column : sql;
    }
}
