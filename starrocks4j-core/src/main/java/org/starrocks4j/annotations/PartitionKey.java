package org.starrocks4j.annotations;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One partition key when plain columns and expressions are mixed: {@code @PartitionKey(column = "city")} or
 * {@code @PartitionKey(expression = "date_trunc('day', dt)")}. Give exactly one of the two.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface PartitionKey {
    /** A column (SQL name). */
    String column() default "";

    /** An expression, SQL text kept verbatim. */
    String expression() default "";
}
