package org.starrocks4j.schema;

import java.util.Objects;

/** A column's DEFAULT: a literal value, {@code CURRENT_TIMESTAMP}, or an expression such as {@code (uuid())}. */
public sealed interface ColumnDefault {

    /** {@code DEFAULT 'value'}; the value is kept unquoted and quoted when rendered. */
    record Literal(String value) implements ColumnDefault {
        public Literal {
            Objects.requireNonNull(value, "default value");
        }
    }

    /** {@code DEFAULT CURRENT_TIMESTAMP}. */
    record CurrentTimestamp() implements ColumnDefault {
    }

    /** {@code DEFAULT (expr)}; the expression text is kept verbatim, without the outer parentheses. */
    record Expression(String sql) implements ColumnDefault {
        public Expression {
            Objects.requireNonNull(sql, "default expression");
        }
    }

    static ColumnDefault literal(String value) {
        return new Literal(value);
    }

    static ColumnDefault currentTimestamp() {
        return new CurrentTimestamp();
    }

    static ColumnDefault expression(String sql) {
        return new Expression(sql);
    }
}
