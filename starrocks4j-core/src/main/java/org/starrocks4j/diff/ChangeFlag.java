package org.starrocks4j.diff;

/** What a reviewer or an executor must know about a {@link Change} before applying it. */
public enum ChangeFlag {
    /** Applying it drops a table, column, partition, view or materialized view: data or definitions are lost. */
    DESTRUCTIVE,
    /**
     * The object is dropped and created again because ALTER cannot express the change (a view's comment or
     * SECURITY, a materialized view's query or layout); dependants may break in between and MVs are refilled.
     */
    RECREATE,
    /**
     * The table is rebuilt (new table, rows copied, names swapped, old table dropped) because StarRocks cannot
     * ALTER the change; it copies all rows, needs room for two copies and must not run while data is loaded.
     */
    REBUILD,
    /** It starts an asynchronous schema-change or OPTIMIZE job: wait for it before the next ALTER of the table. */
    ASYNC_JOB,
    /**
     * The downgrade cannot undo all of it (e.g. a widened column, which StarRocks refuses to narrow back, or a
     * dropped NOT NULL column without DEFAULT, which it refuses to add back): {@link Change#notUndone()} says what,
     * why and how. A runner must not run such a downgrade without the user's consent.
     */
    IRREVERSIBLE
}
