package org.starrocks4j.schema;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rollup of a table: a synchronously maintained copy of some of its columns, sorted (and, in AGGREGATE KEY tables,
 * aggregated) by its own leading columns, which the server picks for queries that need only those columns. Declared
 * in CREATE TABLE ({@code ROLLUP (r1 (k2, k1) DUPLICATE KEY (k2))}) or added later ({@code ALTER TABLE t ADD ROLLUP
 * r1 (k2, k1)}, an asynchronous job).
 *
 * <p>{@code SHOW CREATE TABLE} does not print rollups (corpus live/pairs/0853): a live database is read for them
 * with {@code DESC t ALL}, which shows each rollup's columns but neither its properties nor whether its duplicate
 * key was stated.
 *
 * @param name         the rollup name
 * @param columns      the table's columns it holds, in its order (its leading columns are its sort key)
 * @param duplicateKey {@code DUPLICATE KEY} of a rollup of a DUPLICATE KEY table, a prefix of {@code columns}; empty
 *                     when not stated (the server then picks leading columns)
 * @param properties   PROPERTIES of the rollup (e.g. {@code storage_type}), in the order given
 */
public record Rollup(String name, List<String> columns, List<String> duplicateKey, Map<String, String> properties) {

    public Rollup {
        Objects.requireNonNull(name, "rollup name");
        columns = List.copyOf(columns);
        duplicateKey = List.copyOf(duplicateKey);
        properties = Properties.copyOf(properties);
        if (name.isEmpty()) {
            throw new InvalidModelException("a rollup name must not be empty");
        }
        if (columns.isEmpty()) {
            throw new InvalidModelException("rollup '" + name + "' needs at least one column");
        }
    }

    /** A rollup of {@code columns}, with the server's duplicate key and no properties. */
    public static Rollup of(String name, String... columns) {
        return new Rollup(name, List.of(columns), List.of(), Map.of());
    }

    /** This rollup with {@code DUPLICATE KEY (keyColumns)}. */
    public Rollup withDuplicateKey(String... keyColumns) {
        return new Rollup(name, columns, List.of(keyColumns), properties);
    }

    /** This rollup with these PROPERTIES. */
    public Rollup withProperties(Map<String, String> values) {
        return new Rollup(name, columns, duplicateKey, values);
    }
}
