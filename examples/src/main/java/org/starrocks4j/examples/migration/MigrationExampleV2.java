package org.starrocks4j.examples.migration;

import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaDefinition;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;
import org.starrocks4j.types.Types;

/**
 * The models of the README's migration walkthrough after a change (step 4 of the seed's Alembic walkthrough, and
 * more): {@code my_table} gets a column, a new comment and a bloom filter on the new column; a view and a
 * materialized view over it are added; {@code page_view_aggregates} is no longer wanted.
 */
public class MigrationExampleV2 implements SchemaDefinition {

    /** {@link MigrationExampleV1#myTable()} with {@code new_column}, another comment, a bloom filter on both. */
    public static Table myTable() {
        return MigrationExampleV1.myTable().toBuilder()
                .column("new_column", Types.DATETIME)
                .comment("A modified table comment")
                .property("bloom_filter_columns", "name, new_column")
                .build();
    }

    /** The rows with ids above 50, under their own column names. */
    public static View myView() {
        return View.builder("my_view")
                .column("user_id")
                .column("user_name")
                .comment("A sample view")
                .as("SELECT id, name FROM my_table WHERE id > 50")
                .build();
    }

    /** Row counts per name, refreshed when the server decides (asynchronously). */
    public static MaterializedView myMv() {
        return MaterializedView.builder("my_mv")
                .distributedBy(Distribution.hash("name"))
                .refresh(Refresh.async())
                .property("replication_num", "1")
                .as("SELECT name, count(1) AS cnt FROM my_table GROUP BY name")
                .build();
    }

    @Override
    public Schema schema() {
        return Schema.of(myTable(), myView(), myMv());
    }
}
