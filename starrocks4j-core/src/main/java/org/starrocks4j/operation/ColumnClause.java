package org.starrocks4j.operation;

import java.util.Objects;
import org.starrocks4j.schema.Column;

/** One clause of {@code ALTER TABLE t <clause>, <clause>, ...}; several run as one schema-change job. */
public sealed interface ColumnClause {

    /**
     * {@code ADD COLUMN <spec> [FIRST | AFTER c]}; position {@code null} = at the end. {@code key}: the spec carries
     * the {@code KEY} marker ({@code ADD COLUMN k INT KEY}), which adds a key column to the table's key.
     */
    record Add(Column column, ColumnPosition position, boolean key) implements ColumnClause {
        public Add {
            Objects.requireNonNull(column, "column");
        }

        /** A value column, or in an AGGREGATE KEY table a column without aggregate type (a key column). */
        public Add(Column column, ColumnPosition position) {
            this(column, position, false);
        }
    }

    /** {@code DROP COLUMN c}. */
    record Drop(String column) implements ColumnClause {
        public Drop {
            Objects.requireNonNull(column, "column");
        }
    }

    /**
     * {@code MODIFY COLUMN <full spec> [FIRST | AFTER c]}: StarRocks restates the whole column. {@code key}: the spec
     * carries the {@code KEY} marker, with which the server takes a restated key column of an AGGREGATE or UNIQUE
     * KEY table ({@code MODIFY COLUMN k2 BIGINT KEY}).
     */
    record Modify(Column column, ColumnPosition position, boolean key) implements ColumnClause {
        public Modify {
            Objects.requireNonNull(column, "column");
        }

        public Modify(Column column, ColumnPosition position) {
            this(column, position, false);
        }
    }

    /**
     * {@code MODIFY COLUMN c COMMENT '...'}: changes only the column's comment. Servers that accept it (4.0 on) change
     * the metadata at once, without the schema-change job a full {@code MODIFY COLUMN} starts. An empty comment
     * removes it.
     */
    record Comment(String column, String comment) implements ColumnClause {
        public Comment {
            Objects.requireNonNull(column, "column");
            comment = comment == null ? "" : comment;
        }
    }

    /** {@code RENAME COLUMN a TO b}. */
    record Rename(String from, String to) implements ColumnClause {
        public Rename {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }
}
