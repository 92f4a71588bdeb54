package org.starrocks4j.types;

/** The StarRocks types that take no parameters. */
public enum Primitive {
    BOOLEAN, TINYINT, SMALLINT, INT, BIGINT, LARGEINT,
    FLOAT, DOUBLE,
    STRING,
    DATE, DATETIME, TIME,
    JSON, VARIANT,
    HLL, BITMAP, PERCENTILE;

    /** True for the integral number types (display widths such as {@code int(11)} are ignored). */
    public boolean isInteger() {
        return switch (this) {
            case TINYINT, SMALLINT, INT, BIGINT, LARGEINT -> true;
            default -> false;
        };
    }
}
