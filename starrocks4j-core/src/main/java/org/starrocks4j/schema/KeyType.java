package org.starrocks4j.schema;

/** The table's data model, written {@code <sql> KEY(cols)}. */
public enum KeyType {
    DUPLICATE("DUPLICATE KEY"), AGGREGATE("AGGREGATE KEY"), UNIQUE("UNIQUE KEY"), PRIMARY("PRIMARY KEY");

    private final String sql;

    KeyType(String sql) {
        this.sql = sql;
    }

    /** The clause keywords, e.g. {@code PRIMARY KEY}. */
    public String sql() {
        return sql;
    }
}
