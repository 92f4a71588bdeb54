package org.starrocks4j.jdbc;

/**
 * Which {@code SHOW ALTER TABLE <kind>} list shows an asynchronous table change: column (and index) changes are
 * {@link #COLUMN} jobs, {@code DISTRIBUTED BY} / {@code ORDER BY} changes are {@link #OPTIMIZE} jobs, rollups
 * (synchronous materialized views) are {@link #ROLLUP} jobs.
 */
public enum AlterJobKind {
    COLUMN, OPTIMIZE, ROLLUP
}
