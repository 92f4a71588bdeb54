package org.starrocks4j.annotations;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.starrocks4j.schema.IndexType;

/** A secondary index: {@code @Index(name = "idx_city", columns = "city", type = IndexType.BITMAP)}. */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Index {
    /** The index name. */
    String name();

    /** The indexed columns (SQL names). */
    String[] columns();

    /** BITMAP, NGRAMBF, GIN or VECTOR. */
    IndexType type();

    /** The index's properties, e.g. {@code gram_num}. */
    Property[] properties() default {};

    /** COMMENT; empty array for none. */
    String[] comment() default {};
}
