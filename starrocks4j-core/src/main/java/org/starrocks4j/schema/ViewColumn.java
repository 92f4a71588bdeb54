package org.starrocks4j.schema;

import java.util.Objects;

/** A column of a view's or materialized view's column list: a name and an optional comment. */
public record ViewColumn(String name, String comment) {

    public ViewColumn {
        Objects.requireNonNull(name, "view column name");
    }

    public static ViewColumn of(String name) {
        return new ViewColumn(name, null);
    }
}
