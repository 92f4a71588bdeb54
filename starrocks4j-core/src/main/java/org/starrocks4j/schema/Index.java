package org.starrocks4j.schema;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code INDEX name (cols) USING type [("k" = "v")] [COMMENT 'c']}. */
public record Index(String name, List<String> columns, IndexType type, Map<String, String> properties, String comment) {

    public Index {
        Objects.requireNonNull(name, "index name");
        Objects.requireNonNull(type, "type of index " + name);
        columns = List.copyOf(columns);
        properties = Properties.copyOf(properties);
        if (columns.isEmpty()) {
            throw new InvalidModelException("index '" + name + "' names no column; give the column it indexes");
        }
    }

    public static Index of(String name, IndexType type, String... columns) {
        return new Index(name, List.of(columns), type, Map.of(), null);
    }
}
