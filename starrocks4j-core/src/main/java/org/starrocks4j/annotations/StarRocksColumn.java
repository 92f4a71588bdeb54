package org.starrocks4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.starrocks4j.schema.AggregateType;

/**
 * The StarRocks attributes of a column (on a field of a {@link StarRocksTable} class) or of a STRUCT field (on a
 * component of a record used as a STRUCT). Every attribute is optional: without {@code type}, the type is inferred
 * from the Java type ({@code Integer} → INT, {@code Long} → BIGINT, {@code BigInteger} → LARGEINT, {@code Short}
 * → SMALLINT, {@code Byte} → TINYINT, {@code Boolean} → BOOLEAN, {@code Float} → FLOAT, {@code Double} → DOUBLE,
 * {@code LocalDate} → DATE, {@code LocalDateTime} → DATETIME, {@code String} → VARCHAR({@link #length()}) or
 * STRING without a length, {@code BigDecimal} → DECIMAL({@link #precision()}, {@link #scale()}), {@code byte[]} →
 * VARBINARY, {@code List<T>} and {@code T[]} → ARRAY, {@code Map<K, V>} → MAP, a record → STRUCT of its
 * components). {@code LocalTime} is not inferred: StarRocks tables cannot store TIME, so give the type you store it
 * as, e.g. {@code type = "VARCHAR(8)"}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface StarRocksColumn {
    /** The column name; by default the field name converted by the table's {@link Naming}. */
    String name() default "";

    /** The StarRocks type as SQL text, e.g. {@code "BITMAP"}, {@code "DECIMAL64(18, 4)"}; inferred when empty. */
    String type() default "";

    /** VARCHAR / VARBINARY length for {@code String} / {@code byte[]} fields; 0 = none (STRING, VARBINARY). */
    int length() default 0;

    /** DECIMAL precision for {@code BigDecimal} fields. */
    int precision() default 0;

    /** DECIMAL scale for {@code BigDecimal} fields. */
    int scale() default 0;

    /** Marks a key column when {@code @Key} lists no columns. */
    boolean key() default false;

    /** The aggregate type of a value column of an AGGREGATE KEY table; none when empty. */
    AggregateType[] aggregate() default {};

    /** NULL / NOT NULL. */
    Nullability nullable() default Nullability.UNSTATED;

    /** {@code DEFAULT 'value'} (unquoted); none when empty. */
    String[] defaultValue() default {};

    /** {@code DEFAULT (expression)}, e.g. {@code "uuid()"}; none when empty. */
    String[] defaultExpression() default {};

    /** {@code DEFAULT CURRENT_TIMESTAMP}. */
    boolean defaultCurrentTimestamp() default false;

    /** {@code AUTO_INCREMENT}. */
    boolean autoIncrement() default false;

    /** A generated column's expression ({@code AS expr}); none when empty. */
    String generatedAs() default "";

    /** COMMENT; none when empty. */
    String[] comment() default {};

    /**
     * The column's previous name, a migration hint: a diff from a table that still has a column of that name (and
     * none of this one) renames it ({@code RENAME COLUMN old TO new}, keeping its data) instead of dropping it and
     * adding this one. Remove it once every database is migrated, or keep it: a renamed table ignores it.
     */
    String[] renamedFrom() default {};
}
