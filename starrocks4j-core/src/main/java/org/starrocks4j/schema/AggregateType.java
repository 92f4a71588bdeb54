package org.starrocks4j.schema;

/** How an AGGREGATE KEY table combines a value column's values. */
public enum AggregateType {
    SUM, MIN, MAX, REPLACE, REPLACE_IF_NOT_NULL, HLL_UNION, BITMAP_UNION, PERCENTILE_UNION
}
