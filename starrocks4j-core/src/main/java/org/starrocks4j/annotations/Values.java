package org.starrocks4j.annotations;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One value tuple of a LIST partition with several keys: {@code @Values({"Beijing", "2024-01-01"})}. */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Values {
    /** The values, unquoted, one per partition key. */
    String[] value();
}
