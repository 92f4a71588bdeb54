package org.starrocks4j.annotations;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code PARTITION BY}. The keys are given by one of {@code columns} (plain columns), {@code expressions} (SQL
 * text) or {@code keys} (a mix, in order):
 * <pre>{@code
 * @PartitionBy(expressions = "date_trunc('day', visit_date)")
 * @PartitionBy(type = PartitionBy.Type.RANGE, columns = "id", partitions = @Partition(name = "p1", lessThan = "100"))
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface PartitionBy {

    /** The partitioning scheme. */
    enum Type {
        /** Expression (automatic) partitioning: {@code PARTITION BY expr, ...}; no pre-created partitions. */
        EXPRESSION,
        /** {@code PARTITION BY RANGE(keys) (partitions)}. */
        RANGE,
        /** {@code PARTITION BY LIST(keys) (partitions)}. */
        LIST
    }

    /** The scheme; EXPRESSION by default. */
    Type type() default Type.EXPRESSION;

    /** Keys that are plain columns (SQL names). */
    String[] columns() default {};

    /** Keys that are expressions, SQL text kept verbatim. */
    String[] expressions() default {};

    /** Keys mixing columns and expressions, in order. */
    PartitionKey[] keys() default {};

    /** Pre-created partitions (RANGE and LIST only), in order. */
    Partition[] partitions() default {};
}
