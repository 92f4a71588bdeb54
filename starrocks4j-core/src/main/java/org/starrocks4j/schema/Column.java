package org.starrocks4j.schema;

import java.util.Objects;
import org.starrocks4j.types.AggregateStateType;
import org.starrocks4j.types.DataType;

/**
 * A table column.
 *
 * @param name          column name
 * @param type          StarRocks type
 * @param aggregate     aggregate type (AGGREGATE KEY value columns only), or {@code null}
 * @param nullable      {@code TRUE} for {@code NULL}, {@code FALSE} for {@code NOT NULL}, {@code null} when not
 *                      stated (the server then decides: key columns of PRIMARY KEY tables become NOT NULL)
 * @param defaultValue  DEFAULT, or {@code null}
 * @param autoIncrement {@code AUTO_INCREMENT}
 * @param generatedAs   generated-column expression ({@code AS expr}), verbatim, or {@code null}
 * @param comment       COMMENT, or {@code null}
 * @param renamedFrom   the column's previous name, or {@code null}: a migration hint, not part of the column's
 *                      definition. A diff from a table that has a column of that name (and none of this name) renames
 *                      it ({@code RENAME COLUMN old TO new}, keeping its data) instead of dropping it and adding this
 *                      one. {@link #equals} and {@link #hashCode} leave it out: two columns that define the same
 *                      thing are equal, whatever history they name.
 */
public record Column(String name, DataType type, AggregateType aggregate, Boolean nullable,
                     ColumnDefault defaultValue, boolean autoIncrement, String generatedAs, String comment,
                     String renamedFrom) {

    public Column {
        Objects.requireNonNull(name, "column name");
        Objects.requireNonNull(type, "type of column " + name);
        if (name.isEmpty()) {
            throw new InvalidModelException("a column name must not be empty");
        }
        if (renamedFrom != null && (renamedFrom.isBlank() || renamedFrom.equalsIgnoreCase(name))) {
            throw new InvalidModelException("column " + name + ": renamedFrom '" + renamedFrom + "' must name the "
                    + "column's previous name, which differs from its name; remove it once the rename is applied "
                    + "everywhere, or correct it");
        }
    }

    /** Equal when the definitions are equal; {@link #renamedFrom} is a migration hint and is left out. */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Column c && name.equals(c.name) && type.equals(c.type)
                && aggregate == c.aggregate && Objects.equals(nullable, c.nullable)
                && Objects.equals(defaultValue, c.defaultValue) && autoIncrement == c.autoIncrement
                && Objects.equals(generatedAs, c.generatedAs) && Objects.equals(comment, c.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, aggregate, nullable, defaultValue, autoIncrement, generatedAs, comment);
    }

    /**
     * True when the column says how an AGGREGATE KEY table combines its values: it has an aggregate type, or its type
     * is the state of an aggregate function. Such a column is a value column, never a key column.
     */
    public boolean isAggregated() {
        return aggregate != null || type instanceof AggregateStateType;
    }

    /**
     * True for a column the server made to hold a partition expression ({@code __generated_partition_column_0 ... AS
     * substring(k4, 1, 5)}, as SHOW CREATE TABLE printed them until 2025): hidden from {@code SELECT *}, and folded
     * back into the partition keys for comparison.
     */
    public boolean isGeneratedPartitionColumn() {
        return generatedAs != null
                && name.toLowerCase(java.util.Locale.ROOT).startsWith(GENERATED_PARTITION_COLUMN_PREFIX);
    }

    /** The prefix of the names the server gives the columns that hold partition expressions, reserved for them. */
    public static final String GENERATED_PARTITION_COLUMN_PREFIX = "__generated_partition_column_";

    /** True unless the column is declared NOT NULL. */
    public boolean isNullable() {
        return !Boolean.FALSE.equals(nullable);
    }

    public static Builder builder(String name, DataType type) {
        return new Builder(name, type);
    }

    /** A builder preset with this column's values. */
    public Builder toBuilder() {
        Builder b = new Builder(name, type);
        b.aggregate = aggregate;
        b.nullable = nullable;
        b.defaultValue = defaultValue;
        b.autoIncrement = autoIncrement;
        b.generatedAs = generatedAs;
        b.comment = comment;
        b.renamedFrom = renamedFrom;
        return b;
    }

    /** Fluent construction of a {@link Column}. */
    public static final class Builder {
        private String name;
        private DataType type;
        private AggregateType aggregate;
        private Boolean nullable;
        private ColumnDefault defaultValue;
        private boolean autoIncrement;
        private String generatedAs;
        private String comment;
        private String renamedFrom;

        private Builder(String name, DataType type) {
            this.name = name;
            this.type = type;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder type(DataType value) {
            this.type = value;
            return this;
        }

        /** The aggregate type of a value column in an AGGREGATE KEY table. */
        public Builder aggregate(AggregateType value) {
            this.aggregate = value;
            return this;
        }

        public Builder notNull() {
            this.nullable = false;
            return this;
        }

        /** Explicitly {@code NULL}. */
        public Builder nullable() {
            this.nullable = true;
            return this;
        }

        /** {@code TRUE}, {@code FALSE}, or {@code null} for unstated. */
        public Builder nullable(Boolean value) {
            this.nullable = value;
            return this;
        }

        /** {@code DEFAULT 'value'}. */
        public Builder defaultValue(String literal) {
            this.defaultValue = literal == null ? null : ColumnDefault.literal(literal);
            return this;
        }

        public Builder defaultValue(ColumnDefault value) {
            this.defaultValue = value;
            return this;
        }

        /** {@code DEFAULT CURRENT_TIMESTAMP}. */
        public Builder defaultCurrentTimestamp() {
            this.defaultValue = ColumnDefault.currentTimestamp();
            return this;
        }

        /** {@code DEFAULT (expression)}. */
        public Builder defaultExpression(String sql) {
            this.defaultValue = ColumnDefault.expression(sql);
            return this;
        }

        public Builder autoIncrement() {
            return autoIncrement(true);
        }

        public Builder autoIncrement(boolean value) {
            this.autoIncrement = value;
            return this;
        }

        /** Makes this a generated column: {@code AS expression}. */
        public Builder generatedAs(String expression) {
            this.generatedAs = expression;
            return this;
        }

        public Builder comment(String value) {
            this.comment = value;
            return this;
        }

        /**
         * The column's previous name: a diff from a table that still has that column renames it
         * ({@code RENAME COLUMN old TO new}) instead of dropping it and adding this one, so its data is kept.
         */
        public Builder renamedFrom(String previousName) {
            this.renamedFrom = previousName;
            return this;
        }

        public Column build() {
            return new Column(name, type, aggregate, nullable, defaultValue, autoIncrement, generatedAs, comment,
                    renamedFrom);
        }
    }
}
