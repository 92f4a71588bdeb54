package org.starrocks4j.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.starrocks4j.types.Types;

class SchemaModelTest {

    @Test
    void builderProducesImmutableTableWithEveryAttribute() {
        Table table = Table.builder("events")
                .database("analytics")
                .column("id", Types.BIGINT, c -> c.notNull().comment("event id"))
                .column("dt", Types.DATE, Column.Builder::notNull)
                .column("payload", Types.JSON)
                .primaryKey("id", "dt")
                .comment("all events")
                .partitionBy(Partitioning.rangeOn("dt").withPartitions(
                        PartitionDefinition.lessThan("p2024", "2025-01-01"),
                        PartitionDefinition.maxValue("pmax")))
                .distributedBy(Distribution.hash(8, "id"))
                .orderBy("dt")
                .property("replication_num", "1")
                .property("compression", "ZSTD")
                .build();

        assertThat(table.name().toSql()).isEqualTo("`analytics`.`events`");
        assertThat(table.engine()).isEqualTo(Table.OLAP);
        assertThat(table.column("ID")).map(Column::comment).contains("event id");
        assertThat(table.properties().keySet()).containsExactly("replication_num", "compression");
        assertThatThrownBy(() -> table.columns().add(Column.builder("x", Types.INT).build()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.properties().put("a", "b"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(table.toBuilder().build()).isEqualTo(table);
    }

    @Test
    void propertiesKeepInsertionOrderAndRejectNullValues() {
        Map<String, String> source = new LinkedHashMap<>();
        source.put("z", "1");
        source.put("a", "2");
        assertThat(Properties.copyOf(source).keySet()).containsExactly("z", "a");
        source.put("n", null);
        assertThatThrownBy(() -> Properties.copyOf(source))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("property 'n' has no value");
    }

    @Test
    void duplicateObjectNamesInOneSchemaAreRejected() {
        Table t = Table.builder("t").column("k", Types.INT).build();
        View v = View.builder("t").as("SELECT 1").build();
        assertThatThrownBy(() -> Schema.of(t, v))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("'t' twice");
    }

    @Test
    void schemaSelectsObjectsByKind() {
        Table t = Table.builder("t").column("k", Types.INT).build();
        View v = View.builder("v").as("SELECT k FROM t").build();
        MaterializedView mv = MaterializedView.builder("mv").refresh(Refresh.manual()).as("SELECT k FROM t").build();
        Schema schema = Schema.of(t, v, mv);
        assertThat(schema.tables()).containsExactly(t);
        assertThat(schema.views()).containsExactly(v);
        assertThat(schema.materializedViews()).containsExactly(mv);
        assertThat(schema.find("mv")).contains(mv);
    }

    @Test
    void partitioningRejectsMixedPartitionKinds() {
        assertThatThrownBy(() -> Partitioning.rangeOn("dt").withPartitions(PartitionDefinition.in("p", "a")))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("RANGE partitioning cannot hold the LIST partition 'p'");
        assertThatThrownBy(() -> Partitioning.listOn("c").withPartitions(PartitionDefinition.lessThan("p", "1")))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("LIST partitioning holds only VALUES IN partitions");
    }

    @Test
    void batchPartitionIntervalIsAnIntervalOrANumber() {
        assertThat(PartitionDefinition.batch("1", "5", "1").every()).isEqualTo("1");
        assertThat(PartitionDefinition.batch("2024-01-01", "2024-02-01", "interval 1 day").every()).isEqualTo("interval 1 day");
        // EVERY is written into the statement unquoted, so nothing but an interval or a number may pass
        assertThatThrownBy(() -> PartitionDefinition.batch("2024-01-01", "2025-01-01", "INTERVAL 1 MONTH); DROP TABLE t; --"))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("EVERY must be 'INTERVAL <n> <unit>' (unit SECOND .. YEAR) or a whole number");
        assertThatThrownBy(() -> PartitionDefinition.batch("a", "b", "INTERVAL 1 FORTNIGHT"))
                .isInstanceOf(InvalidModelException.class);
    }

    @Test
    void refreshRejectsScheduleOnNonAsyncKinds() {
        assertThatThrownBy(() -> new Refresh(null, Refresh.Kind.MANUAL, null, new Refresh.Interval(1, "hour")))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("REFRESH MANUAL takes no START or EVERY");
        assertThat(Refresh.asyncEvery(5, "minute").every().toSql()).isEqualTo("INTERVAL 5 MINUTE");
        assertThatThrownBy(() -> Refresh.asyncEvery(1, "fortnight"))
                .hasMessageContaining("'FORTNIGHT' is not one of");
    }

    @Test
    void bucketsMustBePositive() {
        assertThatThrownBy(() -> Distribution.hash(0, "k"))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("Illegal bucket size: 0");
        assertThat(Distribution.random().buckets()).isNull();
    }

    @Test
    void objectNameQuotesEveryPart() {
        ObjectName name = new ObjectName("hive`cat", "d b", "t`x");
        assertThat(name.toSql()).isEqualTo("`hive``cat`.`d b`.`t``x`");
        assertThat(name.unqualified()).isEqualTo(ObjectName.of("t`x"));
        assertThatThrownBy(() -> new ObjectName("cat", null, "t")).hasMessageContaining("give the database too");
    }

    @Test
    void invalidModelExceptionListsEveryProblem() {
        InvalidModelException e = new InvalidModelException(List.of("first", "second"));
        assertThat(e.getMessage()).isEqualTo("2 problems:\n  - first\n  - second");
        assertThat(e.problems()).containsExactly("first", "second");
    }
}
