package org.starrocks4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a class as an asynchronous materialized view. The column list is {@link #columns()} when given, else
 * the class's instance fields (names only), else none.
 *
 * <pre>{@code
 * @StarRocksMaterializedView(name = "my_mv",
 *         definition = "SELECT name, count(1) FROM my_table GROUP BY name",
 *         refresh = @Refresh(kind = Refresh.Kind.ASYNC, every = "1 DAY"),
 *         properties = @Property(name = "replication_num", value = "1"))
 * public class MyMv { }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StarRocksMaterializedView {
    /** The MV name; by default the class name converted by {@link #naming()}. */
    String name() default "";

    /** The database; empty for an unqualified name. */
    String database() default "";

    /** The query (SELECT or WITH ...), verbatim. */
    String definition();

    /** The column list; when empty, the class's fields (if any). */
    ViewColumn[] columns() default {};

    /**
     * Secondary indexes on columns of the column list, e.g.
     * {@code indexes = @Index(name = "idx_c0", columns = "c0", type = IndexType.BITMAP)}; they need the column list.
     */
    Index[] indexes() default {};

    /** COMMENT; none when empty. */
    String[] comment() default {};

    /** PARTITION BY; none when empty. */
    PartitionBy[] partitionBy() default {};

    /** DISTRIBUTED BY; none when empty. */
    DistributedBy[] distributedBy() default {};

    /** ORDER BY columns. */
    String[] orderBy() default {};

    /** REFRESH; not stated when empty. */
    Refresh[] refresh() default {};

    /** PROPERTIES, in order. */
    Property[] properties() default {};

    /** How names are derived from Java names where not given. */
    Naming naming() default Naming.SNAKE_CASE;
}
