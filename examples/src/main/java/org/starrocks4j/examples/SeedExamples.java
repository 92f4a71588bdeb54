package org.starrocks4j.examples;

import org.starrocks4j.schema.AggregateType;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaDefinition;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;
import org.starrocks4j.schema.ViewSecurity;
import org.starrocks4j.types.Types;

/**
 * The StarRocks Python client README's schema, written with the Java DSL: the aggregate table
 * {@code page_view_aggregates}, the primary-key table {@code my_table} with its RANGE partition and PROPERTIES,
 * a view over it and a materialized view.
 *
 * <pre>
 * ./starrocks4j inspect --classpath examples/target/classes --from models:org.starrocks4j.examples.SeedExamples
 * </pre>
 */
public class SeedExamples implements SchemaDefinition {

    /** Page views per page and day: the rows of one page and day are combined as they are loaded. */
    public static Table pageViewAggregates() {
        return Table.builder("page_view_aggregates")
                .column("page_id", Types.INT)
                .column("visit_date", Types.DATE)
                .column("total_views", Types.INT, c -> c.aggregate(AggregateType.SUM))
                .column("last_user", Types.STRING, c -> c.aggregate(AggregateType.REPLACE))
                .column("distinct_users", Types.BITMAP, c -> c.aggregate(AggregateType.BITMAP_UNION))
                .aggregateKey("page_id", "visit_date")
                .partitionBy(Partitioning.expressions("date_trunc('day', visit_date)"))
                .distributedBy(Distribution.hash("page_id"))
                .property("replication_num", "1")
                .build();
    }

    /**
     * A primary-key table with one pre-created RANGE partition, as in the seed's Alembic walkthrough. The seed also
     * sets {@code "storage_cooldown_time" = "2025-06-04 00:00:00"}, which a current server refuses twice: the time is
     * past, and PRIMARY KEY tables take no cooldown (StarRocks 3.1 and later); {@code storage_medium} stays.
     */
    public static Table myTable() {
        return Table.builder("my_table")
                .column("id", Types.INT, c -> c.notNull())
                .column("name", Types.varchar(50))
                .primaryKey("id")
                .comment("table comment")
                .partitionBy(Partitioning.rangeOn("id").withPartitions(PartitionDefinition.lessThan("p1", "100")))
                .distributedBy(Distribution.hash(10, "id"))
                .property("storage_medium", "SSD")
                .property("replication_num", "1")
                .build();
    }

    /** A view with its own column names and comment, run with the caller's privileges. */
    public static View myView() {
        return View.builder("my_view")
                .column("user_id")
                .column("user_name")
                .comment("A sample view with all options.")
                .security(ViewSecurity.INVOKER)
                .as("SELECT id, name FROM my_table WHERE id > 50")
                .build();
    }

    /** Row counts per name, refreshed every hour. */
    public static MaterializedView myMv() {
        return MaterializedView.builder("my_mv")
                .distributedBy(Distribution.hash("name"))
                .refresh(Refresh.asyncEvery(1, "HOUR"))
                .property("replication_num", "1")
                .as("SELECT name, count(1) AS cnt FROM my_table GROUP BY name")
                .build();
    }

    @Override
    public Schema schema() {
        return Schema.of(pageViewAggregates(), myTable(), myView(), myMv());
    }
}
