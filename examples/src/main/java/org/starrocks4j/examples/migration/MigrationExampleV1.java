package org.starrocks4j.examples.migration;

import org.starrocks4j.examples.SeedExamples;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaDefinition;
import org.starrocks4j.schema.Table;
import org.starrocks4j.types.Types;

/**
 * The models of the README's migration walkthrough, first version: the seed's {@code my_table} (step 2 of its
 * Alembic walkthrough) and the aggregate table {@code page_view_aggregates}. {@link MigrationExampleV2} is the
 * same application one change later. Every property is one a single-backend server accepts, so the walkthrough
 * also runs against a real database.
 */
public class MigrationExampleV1 implements SchemaDefinition {

    /** A primary-key table with one pre-created RANGE partition. */
    public static Table myTable() {
        return Table.builder("my_table")
                .column("id", Types.INT, c -> c.notNull())
                .column("name", Types.varchar(50))
                .primaryKey("id")
                .comment("table comment")
                .partitionBy(Partitioning.rangeOn("id").withPartitions(PartitionDefinition.lessThan("p1", "100")))
                .distributedBy(Distribution.hash(10, "id"))
                .property("replication_num", "1")
                .property("bloom_filter_columns", "name")
                .build();
    }

    @Override
    public Schema schema() {
        return Schema.of(myTable(), SeedExamples.pageViewAggregates());
    }
}
