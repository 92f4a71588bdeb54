package org.starrocks4j.schema;

/** The kinds of secondary index StarRocks builds: {@code USING BITMAP | NGRAMBF | GIN | VECTOR}. */
public enum IndexType {
    BITMAP, NGRAMBF, GIN, VECTOR
}
