package org.starrocks4j.annotations;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One entry of a PROPERTIES clause, e.g. {@code @Property(name = "replication_num", value = "1")}. */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Property {
    /** The property key. */
    String name();

    /** The property value, as the server prints it (always text). */
    String value();
}
