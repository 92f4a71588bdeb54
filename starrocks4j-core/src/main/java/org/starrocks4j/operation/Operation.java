package org.starrocks4j.operation;

import org.starrocks4j.schema.ObjectName;

/**
 * One DDL statement, as a value: what the diff engine produces, what the renderer turns into SQL, what the
 * parser reads back from SQL text, and what replay applies to a schema. Operations say only what the statement
 * says; the state needed to undo them (for downgrades) is the diff's business, not the statement's.
 */
public sealed interface Operation permits TableOperation, ViewOperation, MaterializedViewOperation {

    /** The object the statement acts on. */
    ObjectName target();

    /** True when the statement can lose data or definitions (drops), so callers may require confirmation. */
    default boolean destructive() {
        return false;
    }
}
