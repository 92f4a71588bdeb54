package org.starrocks4j.operation;

import java.util.Objects;

/** Where ADD/MODIFY COLUMN puts a column: {@code FIRST} or {@code AFTER col}. */
public record ColumnPosition(boolean first, String after) {

    public ColumnPosition {
        if (first == (after != null)) {
            throw new IllegalArgumentException("a column position is either FIRST or AFTER a column");
        }
    }

    public static ColumnPosition atFirst() {
        return new ColumnPosition(true, null);
    }

    public static ColumnPosition after(String column) {
        return new ColumnPosition(false, Objects.requireNonNull(column, "column"));
    }
}
