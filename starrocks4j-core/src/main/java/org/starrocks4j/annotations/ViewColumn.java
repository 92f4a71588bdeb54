package org.starrocks4j.annotations;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A declared column of a view's or materialized view's column list: {@code @ViewColumn(name = "user_id")}. */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface ViewColumn {
    /** The column name. */
    String name();

    /** COMMENT; empty array for none. */
    String[] comment() default {};
}
