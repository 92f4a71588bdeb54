package org.starrocks4j.schema;

import java.util.List;

/** How a table or materialized view is partitioned. */
public sealed interface Partitioning {

    /** The partition keys (columns or expressions). */
    List<PartitionExpression> keys();

    /** The pre-created partitions (empty for expression partitioning). */
    List<PartitionDefinition> partitions();

    /**
     * True when each partition holds a list of values rather than a range: LIST partitioning, and expression
     * partitioning other than a single {@code date_trunc} or {@code time_slice} ({@code PARTITION BY (a, b)},
     * {@code PARTITION BY from_unixtime(ts)}), which the server makes LIST partitioning.
     */
    default boolean partitionsByValue() {
        return this instanceof ListPartitioning
                || this instanceof Expression e && !PartitionRules.automaticRange(e);
    }

    /** {@code PARTITION BY RANGE(keys) (partitions...)}. */
    record Range(List<PartitionExpression> keys, List<PartitionDefinition> partitions) implements Partitioning {
        public Range {
            keys = nonEmpty(keys, "RANGE");
            partitions = List.copyOf(partitions);
            for (PartitionDefinition p : partitions) {
                if (p instanceof PartitionDefinition.In) {
                    throw new InvalidModelException("RANGE partitioning cannot hold the LIST partition '" + p.name()
                            + "'; use VALUES LESS THAN, a fixed range or START/END/EVERY");
                }
            }
        }

        /** The same keys with these pre-created partitions. */
        public Range withPartitions(PartitionDefinition... defs) {
            return new Range(keys, List.of(defs));
        }
    }

    /** {@code PARTITION BY LIST(keys) (partitions...)}. */
    record ListPartitioning(List<PartitionExpression> keys, List<PartitionDefinition> partitions) implements Partitioning {
        public ListPartitioning {
            keys = nonEmpty(keys, "LIST");
            partitions = List.copyOf(partitions);
            for (PartitionDefinition p : partitions) {
                if (!(p instanceof PartitionDefinition.In)) {
                    throw new InvalidModelException("LIST partitioning holds only VALUES IN partitions; '"
                            + p.name() + "' is a range");
                }
            }
        }

        /** The same keys with these pre-created partitions. */
        public ListPartitioning withPartitions(PartitionDefinition... defs) {
            return new ListPartitioning(keys, List.of(defs));
        }
    }

    /**
     * Expression (automatic) partitioning: {@code PARTITION BY date_trunc('day', dt)}, {@code PARTITION BY (a, b)}.
     * Partitions are created by the server as data arrives.
     */
    record Expression(List<PartitionExpression> keys) implements Partitioning {
        public Expression {
            keys = nonEmpty(keys, "expression");
        }

        @Override
        public List<PartitionDefinition> partitions() {
            return List.of();
        }
    }

    static Range range(List<PartitionExpression> keys, List<PartitionDefinition> partitions) {
        return new Range(keys, partitions);
    }

    /** RANGE on plain columns. */
    static Range rangeOn(String... columns) {
        return new Range(columns(columns), List.of());
    }

    static ListPartitioning list(List<PartitionExpression> keys, List<PartitionDefinition> partitions) {
        return new ListPartitioning(keys, partitions);
    }

    /** LIST on plain columns. */
    static ListPartitioning listOn(String... columns) {
        return new ListPartitioning(columns(columns), List.of());
    }

    /** Expression partitioning; each argument is SQL text, e.g. {@code "date_trunc('day', dt)"}. */
    static Expression expressions(String... sql) {
        return new Expression(java.util.Arrays.stream(sql).map(PartitionExpression::expression).toList());
    }

    /** Expression partitioning on plain columns, {@code PARTITION BY (a, b)}. */
    static Expression columns(String first, String... more) {
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(List.of(more));
        return new Expression(columns(all.toArray(String[]::new)));
    }

    private static List<PartitionExpression> columns(String... names) {
        return java.util.Arrays.stream(names).map(PartitionExpression::column).toList();
    }

    private static List<PartitionExpression> nonEmpty(List<PartitionExpression> keys, String kind) {
        List<PartitionExpression> copy = List.copyOf(keys);
        if (copy.isEmpty()) {
            throw new InvalidModelException(kind + " partitioning needs at least one partition key");
        }
        return copy;
    }
}
