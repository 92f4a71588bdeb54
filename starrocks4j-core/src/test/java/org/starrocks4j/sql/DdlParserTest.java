package org.starrocks4j.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.operation.MaterializedViewOperation;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.operation.ViewOperation;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.PartitionExpression;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;
import org.starrocks4j.schema.ViewSecurity;
import org.starrocks4j.types.Types;

class DdlParserTest {

    @Test
    void readsATableAsTheServerPrintsIt() {
        Table table = DdlParser.parseTable("""
                CREATE TABLE `db`.`orders` (
                  `id` bigint(20) NOT NULL COMMENT "",
                  `dt` date NOT NULL COMMENT "day",
                  `name` varchar(65533) NULL DEFAULT "" COMMENT ""
                ) ENGINE=OLAP\s
                PRIMARY KEY(`id`, `dt`)
                PARTITION BY RANGE(`dt`)
                (PARTITION p1 VALUES [("2024-01-01"), ("2024-02-01")))
                DISTRIBUTED BY HASH(`id`) BUCKETS 3\s
                PROPERTIES (
                "replication_num" = "1",
                "compression" = "LZ4"
                );""");
        assertThat(table).isEqualTo(Table.builder(ObjectName.of("db", "orders"))
                .column("id", Types.BIGINT, c -> c.notNull().comment(""))
                .column("dt", Types.DATE, c -> c.notNull().comment("day"))
                .column("name", Types.varchar(65533), c -> c.nullable().defaultValue("").comment(""))
                .primaryKey("id", "dt")
                .partitionBy(Partitioning.rangeOn("dt").withPartitions(PartitionDefinition.fixed("p1", "2024-01-01", "2024-02-01")))
                .distributedBy(Distribution.hash(3, "id"))
                .property("replication_num", "1").property("compression", "LZ4")
                .buildUnchecked());
    }

    @Test
    void readsViewsAndMaterializedViewsWithTheirQueryVerbatim() {
        List<Operation> ops = DdlParser.parse("""
                create view v (a comment 'x', b) security invoker as select a, -- note; not the end
                  b from t;
                CREATE MATERIALIZED VIEW mv
                PARTITION BY date_trunc('day', dt)
                REFRESH DEFERRED ASYNC START("2024-01-01 00:00:00") EVERY(INTERVAL 1 DAY)
                AS SELECT dt, count(*) FROM t GROUP BY dt
                """);
        View view = ((ViewOperation.CreateView) ops.get(0)).view();
        assertThat(view.security()).isEqualTo(ViewSecurity.INVOKER);
        assertThat(view.columns().get(0).comment()).isEqualTo("x");
        assertThat(view.definition()).isEqualTo("select a, -- note; not the end\n  b from t");
        MaterializedView mv = ((MaterializedViewOperation.CreateMaterializedView) ops.get(1)).view();
        assertThat(mv.partitioning()).isEqualTo(new Partitioning.Expression(
                List.of(PartitionExpression.expression("date_trunc('day', dt)"))));
        assertThat(mv.refresh()).isEqualTo(Refresh.asyncEvery(1, "DAY").startingAt("2024-01-01 00:00:00").deferred());
        assertThat(mv.definition()).isEqualTo("SELECT dt, count(*) FROM t GROUP BY dt");
    }

    @Test
    void readsDrops() {
        assertThat(DdlParser.parse("DROP TABLE IF EXISTS a.b FORCE; drop view v; DROP MATERIALIZED VIEW c.d.e"))
                .containsExactly(new TableOperation.DropTable(ObjectName.of("a", "b"), true, true),
                        new ViewOperation.DropView(ObjectName.of("v"), false),
                        new MaterializedViewOperation.DropMaterializedView(new ObjectName("c", "d", "e"), false));
    }

    @Test
    void readsTableProperties() {
        Table table = DdlParser.parseTable("create table t (k int) properties ('a' = 'b')");
        assertThat(table.properties()).isEqualTo(Map.of("a", "b"));
        assertThat(table.columns()).containsExactly(Column.builder("k", Types.INT).build());
    }

    @Test
    void malformedSqlNamesLineColumnAndWhatWasExpected() {
        assertThatThrownBy(() -> DdlParser.parse("CREATE TABLE t (\n  k int,\n  v varchar(10) NOT NUL\n)"))
                .isInstanceOfSatisfying(SqlParseException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(21);
                    assertThat(e.getMessage()).contains("line 3, column 21", "expected", "NUL");
                });
    }

    @Test
    void unsupportedConstructsAreNamed() {
        assertThatThrownBy(() -> DdlParser.parse("CREATE TABLE t2 AS SELECT k, count(*) AS n FROM t1 GROUP BY k"))
                .isInstanceOfSatisfying(UnsupportedSqlException.class,
                        e -> assertThat(e.construct()).isEqualTo("CREATE TABLE ... AS SELECT ... GROUP BY"));
    }
}
