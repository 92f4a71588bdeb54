package org.starrocks4j.schema;

import java.util.List;
import java.util.Objects;

/** The key model and its columns, e.g. {@code PRIMARY KEY(id, dt)}. */
public record TableKey(KeyType type, List<String> columns) {

    public TableKey {
        Objects.requireNonNull(type, "key type");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new InvalidModelException(type.sql() + " needs at least one column");
        }
    }

    public static TableKey of(KeyType type, String... columns) {
        return new TableKey(type, List.of(columns));
    }
}
