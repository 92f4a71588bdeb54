package org.starrocks4j.annotations;

/** How table and column names are derived from class and field names when no explicit name is given. */
public enum Naming {
    /** {@code PageViewAggregates} → {@code page_view_aggregates}, {@code visitDate} → {@code visit_date}. */
    SNAKE_CASE,
    /** The Java name exactly as written. */
    AS_IS
}
