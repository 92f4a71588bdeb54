package org.starrocks4j.annotations;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code DISTRIBUTED BY HASH(cols) [BUCKETS n]}: {@code @DistributedBy(hash = "id", buckets = 10)}, or
 * {@code DISTRIBUTED BY RANDOM [BUCKETS n]}: {@code @DistributedBy(random = true)}. Give exactly one of the two.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface DistributedBy {
    /** The hash columns (SQL names). */
    String[] hash() default {};

    /** RANDOM distribution. */
    boolean random() default false;

    /** The bucket count; 0 lets the server choose. */
    int buckets() default 0;
}
