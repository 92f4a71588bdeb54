package org.starrocks4j.schema;

/** A table, view or materialized view. */
public sealed interface SchemaObject permits Table, View, MaterializedView {

    ObjectName name();

    /** The comment, or {@code null}. */
    String comment();

    /** A short word for messages: {@code table}, {@code view}, {@code materialized view}. */
    String kind();
}
