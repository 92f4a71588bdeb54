package org.starrocks4j.annotations;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rollup of the table: {@code @Rollup(name = "r_city", columns = {"city", "pv"})}. See
 * {@link org.starrocks4j.schema.Rollup}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Rollup {
    /** The rollup name. */
    String name();

    /** The table's columns the rollup holds (SQL names), in its order. */
    String[] columns();

    /** DUPLICATE KEY of a rollup of a DUPLICATE KEY table; the server's choice when empty. */
    String[] duplicateKey() default {};

    /** The rollup's properties. */
    Property[] properties() default {};
}
