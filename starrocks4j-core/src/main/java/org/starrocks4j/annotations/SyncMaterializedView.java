package org.starrocks4j.annotations;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A synchronous materialized view of the table:
 * {@code @SyncMaterializedView(name = "pv_by_city", definition = "SELECT city, sum(pv) FROM visits GROUP BY city")}.
 * See {@link org.starrocks4j.schema.SyncMaterializedView}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface SyncMaterializedView {
    /** The view name. */
    String name();

    /** The query, on this table only (SQL names). */
    String definition();

    /** The view's properties (e.g. {@code colocate_mv}). */
    Property[] properties() default {};
}
