package org.starrocks4j.annotations;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A materialized view's REFRESH clause:
 * {@code @Refresh(kind = Refresh.Kind.ASYNC, every = "1 DAY")}, {@code @Refresh(kind = Refresh.Kind.MANUAL,
 * moment = Refresh.Moment.DEFERRED)}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Refresh {

    /** How refreshes are triggered. */
    enum Kind { ASYNC, MANUAL, INCREMENTAL }

    /** When the first refresh runs. */
    enum Moment {
        /** Not stated (the server refreshes immediately). */
        UNSTATED,
        IMMEDIATE,
        DEFERRED
    }

    Kind kind();

    Moment moment() default Moment.UNSTATED;

    /** START time (ASYNC only), unquoted, e.g. {@code 2024-01-01 00:00:00}; empty for none. */
    String start() default "";

    /** EVERY interval (ASYNC only): {@code 1 DAY} or {@code INTERVAL 1 DAY}; empty for none. */
    String every() default "";
}
