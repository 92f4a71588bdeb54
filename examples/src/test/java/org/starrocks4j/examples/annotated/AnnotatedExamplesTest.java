package org.starrocks4j.examples.annotated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.starrocks4j.annotations.AnnotatedModelReader;
import org.starrocks4j.schema.AggregateType;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;
import org.starrocks4j.schema.ViewSecurity;
import org.starrocks4j.source.SchemaSources;
import org.starrocks4j.source.SourceContext;
import org.starrocks4j.types.Types;

/** The annotated examples declare exactly what the seed README's Python models declare. */
class AnnotatedExamplesTest {

    static Schema expected() {
        return Schema.of(
                Table.builder("page_view_aggregates")
                        .column("page_id", Types.INT)
                        .column("visit_date", Types.DATE)
                        .column("total_views", Types.INT, c -> c.aggregate(AggregateType.SUM))
                        .column("last_user", Types.STRING, c -> c.aggregate(AggregateType.REPLACE))
                        .column("distinct_users", Types.BITMAP, c -> c.aggregate(AggregateType.BITMAP_UNION))
                        .aggregateKey("page_id", "visit_date")
                        .partitionBy(Partitioning.expressions("date_trunc('day', visit_date)"))
                        .distributedBy(Distribution.hash("page_id"))
                        .property("replication_num", "1")
                        .build(),
                Table.builder("my_table")
                        .column("id", Types.INT)
                        .column("name", Types.varchar(50))
                        .primaryKey("id")
                        .comment("table comment")
                        .partitionBy(Partitioning.rangeOn("id").withPartitions(PartitionDefinition.lessThan("p1", "100")))
                        .distributedBy(Distribution.hash(10, "id"))
                        .properties(Map.of("storage_medium", "SSD", "replication_num", "1"))
                        .build(),
                View.builder(ObjectName.of("my_schema", "my_view"))
                        .column("user_id")
                        .column("user_name")
                        .comment("A sample view with all options.")
                        .security(ViewSecurity.INVOKER)
                        .as("SELECT id, name FROM my_table WHERE id > 50")
                        .build(),
                MaterializedView.builder("my_mv")
                        .property("replication_num", "1")
                        .as("SELECT name, count(1) FROM my_table GROUP BY name")
                        .build());
    }

    @Test
    void annotatedClassesReadAsTheSeedModels() {
        Schema schema = AnnotatedModelReader.read(PageViewAggregates.class, MyTable.class, MyView.class, MyMv.class);

        assertThat(schema).isEqualTo(expected());
        assertThat(schema.tables().get(1).properties().keySet())
                .containsExactly("storage_medium", "replication_num");
    }

    @Test
    void renderAsTheSeedDdl() {
        String ddl = org.starrocks4j.sql.DdlRenderer.defaults().create(AnnotatedModelReader.readObject(
                PageViewAggregates.class));

        assertThat(ddl).contains("CREATE TABLE `page_view_aggregates`", "`total_views` INT SUM",
                "`last_user` STRING REPLACE", "`distinct_users` BITMAP BITMAP_UNION",
                "AGGREGATE KEY(`page_id`, `visit_date`)", "PARTITION BY date_trunc('day', visit_date)",
                "DISTRIBUTED BY HASH(`page_id`)", "\"replication_num\" = \"1\"");
    }

    @Test
    void theModelsSourceFindsThemByPackage() throws Exception {
        Schema schema = SchemaSources.load("models:org.starrocks4j.examples.annotated", SourceContext.defaults());

        assertThat(schema.objects()).containsExactlyInAnyOrderElementsOf(expected().objects());
    }
}
