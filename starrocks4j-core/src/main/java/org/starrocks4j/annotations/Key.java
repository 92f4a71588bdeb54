package org.starrocks4j.annotations;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.starrocks4j.schema.KeyType;

/**
 * The table's key model: {@code key = @Key(type = KeyType.AGGREGATE, columns = {"page_id", "visit_date"})}.
 * Without {@code columns}, the key columns are the fields marked {@code @StarRocksColumn(key = true)} or JPA
 * {@code @Id}, in field order.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Key {
    /** DUPLICATE, AGGREGATE, UNIQUE or PRIMARY. */
    KeyType type();

    /** The key columns (SQL names), in key order. */
    String[] columns() default {};
}
