package org.starrocks4j.schema;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A pre-created partition (or a batch of them) in a RANGE or LIST partitioned table. Bound values are kept
 * unquoted; the renderer quotes them. {@code VALUES LESS THAN MAXVALUE} is {@link LessThan#maxValue()}; a
 * {@code MAXVALUE} inside a range bound tuple ({@code [("2024-01-01"), (MAXVALUE))}, the form servers print for a
 * partition without upper bound) is the value {@link #MAXVALUE}.
 */
public sealed interface PartitionDefinition {

    /**
     * A range bound value meaning "the key type's maximum", written bare ({@code MAXVALUE}, never quoted). RANGE
     * partition keys are dates and integers, so no real bound value reads {@code MAXVALUE}.
     */
    String MAXVALUE = "MAXVALUE";

    /**
     * A LIST value meaning SQL {@code NULL} (rows whose key is null), written bare ({@code VALUES IN ('a', NULL)}).
     * The server prints its NULL value as the text {@code 'NULL'}, so in LIST values the text {@code NULL} is read as
     * this value too: SHOW CREATE cannot tell them apart.
     */
    String NULL = "NULL";

    /** The partition's name, or {@code null} for a {@link Batch}. */
    String name();

    /**
     * The partition's own PROPERTIES ({@code ("replication_num" = "1")} after the bounds, as SHOW CREATE prints a
     * partition whose replica count differs from the table's); empty for a {@link Batch}. They are not bounds.
     */
    Map<String, String> properties();

    /** This partition with other PROPERTIES; a {@link Batch}, which has none, stays as it is. */
    PartitionDefinition withProperties(Map<String, String> properties);

    /** {@code PARTITION p VALUES LESS THAN ("v1", ...)} or {@code VALUES LESS THAN MAXVALUE}. */
    record LessThan(String name, List<String> values, Map<String, String> properties) implements PartitionDefinition {
        public LessThan {
            Objects.requireNonNull(name, "partition name");
            values = List.copyOf(values);
            properties = Properties.copyOf(properties);
        }

        /** True for {@code VALUES LESS THAN MAXVALUE} (no values). */
        public boolean maxValue() {
            return values.isEmpty();
        }

        @Override
        public LessThan withProperties(Map<String, String> properties) {
            return new LessThan(name, values, properties);
        }
    }

    /** {@code PARTITION p VALUES [("lower"), ("upper"))}. */
    record Fixed(String name, List<String> lower, List<String> upper, Map<String, String> properties)
            implements PartitionDefinition {
        public Fixed {
            Objects.requireNonNull(name, "partition name");
            lower = List.copyOf(lower);
            upper = List.copyOf(upper);
            properties = Properties.copyOf(properties);
            if (lower.isEmpty() || lower.size() != upper.size()) {
                throw new InvalidModelException("partition '" + name
                        + "': a fixed range needs as many lower as upper bound values, at least one");
            }
        }

        @Override
        public Fixed withProperties(Map<String, String> properties) {
            return new Fixed(name, lower, upper, properties);
        }
    }

    /**
     * {@code START ("s") END ("e") EVERY (INTERVAL 1 MONTH)}; {@code every} is kept verbatim ({@code INTERVAL 1 MONTH}
     * or a whole number such as {@code 1}) and must be one of those two forms, since it is written into the SQL
     * unquoted.
     */
    record Batch(String start, String end, String every) implements PartitionDefinition {
        private static final java.util.regex.Pattern EVERY = java.util.regex.Pattern.compile(
                "(?i)INTERVAL\\s+\\d+\\s+(SECOND|MINUTE|HOUR|DAY|WEEK|MONTH|QUARTER|YEAR)|\\d+");

        public Batch {
            Objects.requireNonNull(start, "START");
            Objects.requireNonNull(end, "END");
            Objects.requireNonNull(every, "EVERY");
            if (!EVERY.matcher(every.strip()).matches()) {
                throw new InvalidModelException("START (\"" + start + "\") END (\"" + end + "\") EVERY (" + every
                        + "): EVERY must be 'INTERVAL <n> <unit>' (unit SECOND .. YEAR) or a whole number");
            }
        }

        @Override
        public String name() {
            return null;
        }

        @Override
        public Map<String, String> properties() {
            return Map.of();
        }

        @Override
        public Batch withProperties(Map<String, String> properties) {
            return this;
        }
    }

    /** {@code PARTITION p VALUES IN ("a", "b")}, or with several keys {@code VALUES IN (("a", 1), ("b", 2))}. */
    record In(String name, List<List<String>> values, Map<String, String> properties) implements PartitionDefinition {
        public In {
            Objects.requireNonNull(name, "partition name");
            values = values.stream().map(List::copyOf).toList();
            properties = Properties.copyOf(properties);
            if (values.isEmpty()) {
                throw new InvalidModelException("partition '" + name + "': VALUES IN needs at least one value");
            }
        }

        @Override
        public In withProperties(Map<String, String> properties) {
            return new In(name, values, properties);
        }
    }

    /** {@code PARTITION name VALUES LESS THAN ("v", ...)}. */
    static LessThan lessThan(String name, String... values) {
        return new LessThan(name, List.of(values), Map.of());
    }

    /** {@code PARTITION name VALUES LESS THAN MAXVALUE}. */
    static LessThan maxValue(String name) {
        return new LessThan(name, List.of(), Map.of());
    }

    /** {@code PARTITION name VALUES [(lower), (upper))} for a single key. */
    static Fixed fixed(String name, String lower, String upper) {
        return new Fixed(name, List.of(lower), List.of(upper), Map.of());
    }

    /** {@code START ("start") END ("end") EVERY (every)}. */
    static Batch batch(String start, String end, String every) {
        return new Batch(start, end, every);
    }

    /** {@code PARTITION name VALUES IN ("v1", "v2")} for a single key. */
    static In in(String name, String... values) {
        return new In(name, java.util.Arrays.stream(values).map(List::of).toList(), Map.of());
    }
}
