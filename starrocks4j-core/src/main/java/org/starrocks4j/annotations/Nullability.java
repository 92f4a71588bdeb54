package org.starrocks4j.annotations;

/** A column's {@code NULL} / {@code NOT NULL} clause. */
public enum Nullability {
    /** No clause: the server decides (key columns of PRIMARY KEY tables become NOT NULL, others NULL). */
    UNSTATED,
    /** {@code NULL}, stated explicitly. */
    NULL,
    /** {@code NOT NULL}. */
    NOT_NULL
}
