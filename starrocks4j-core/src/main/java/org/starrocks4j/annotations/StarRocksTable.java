package org.starrocks4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a class as a StarRocks table; its instance fields are the columns.
 *
 * <pre>{@code
 * @StarRocksTable(
 *         key = @Key(type = KeyType.AGGREGATE, columns = {"page_id", "visit_date"}),
 *         partitionBy = @PartitionBy(expressions = "date_trunc('day', visit_date)"),
 *         distributedBy = @DistributedBy(hash = "page_id"),
 *         properties = @Property(name = "replication_num", value = "1"))
 * public class PageViewAggregates {
 *     Integer pageId;
 *     LocalDate visitDate;
 *     @StarRocksColumn(aggregate = AggregateType.SUM) Integer totalViews;
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StarRocksTable {
    /** The table name; by default the class name converted by {@link #naming()} (or JPA {@code @Table(name)}). */
    String name() default "";

    /** The database; empty for an unqualified name. */
    String database() default "";

    /** The key model, e.g. {@code @Key(type = KeyType.PRIMARY, columns = "id")}; none when empty. */
    Key[] key() default {};

    /** COMMENT; none when empty. */
    String[] comment() default {};

    /** ENGINE. */
    String engine() default "OLAP";

    /** PARTITION BY; none when empty. */
    PartitionBy[] partitionBy() default {};

    /** DISTRIBUTED BY; the server's default when empty. */
    DistributedBy[] distributedBy() default {};

    /** ORDER BY columns (sort key). */
    String[] orderBy() default {};

    /** PROPERTIES, in order. */
    Property[] properties() default {};

    /** Secondary indexes. */
    Index[] indexes() default {};

    /** Rollups. */
    Rollup[] rollups() default {};

    /** Synchronous materialized views of the table. */
    SyncMaterializedView[] syncMaterializedViews() default {};

    /** How the table and column names are derived from Java names where not given. */
    Naming naming() default Naming.SNAKE_CASE;
}
