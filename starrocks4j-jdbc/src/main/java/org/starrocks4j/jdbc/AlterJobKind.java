package org.starrocks4j.jdbc;

/**
 * Which {@code SHOW ALTER TABLE <kind>} list shows an asynchronous table change: column, index and sort key
 * ({@code ORDER BY} alone) changes are {@link #COLUMN} jobs, {@code DISTRIBUTED BY} changes are {@link #OPTIMIZE}
 * jobs, rollups (synchronous materialized views) are {@link #ROLLUP} jobs.
 */
public enum AlterJobKind {
    COLUMN, OPTIMIZE, ROLLUP
}
