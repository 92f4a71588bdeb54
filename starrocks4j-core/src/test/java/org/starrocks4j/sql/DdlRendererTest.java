package org.starrocks4j.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.starrocks4j.operation.ColumnClause;
import org.starrocks4j.operation.ColumnPosition;
import org.starrocks4j.operation.MaterializedViewOperation;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.operation.ViewOperation;
import org.starrocks4j.rules.ServerVersion;
import org.starrocks4j.schema.AggregateType;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.IndexType;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;
import org.starrocks4j.schema.ViewSecurity;
import org.starrocks4j.types.Types;

class DdlRendererTest {

    private final DdlRenderer renderer = DdlRenderer.defaults();
    private static final ObjectName T = ObjectName.of("t");

    @Test
    void createTableUsesStarRocksClauseOrder() {
        Table table = Table.builder("events")
                .column("id", Types.BIGINT, c -> c.notNull().comment("User ID"))
                .column("dt", Types.DATE, Column.Builder::notNull)
                .column("city", Types.varchar(50), c -> c.defaultValue("Unknown"))
                .column("created", Types.DATETIME, Column.Builder::defaultCurrentTimestamp)
                .index(new Index("idx_city", List.of("city"), IndexType.BITMAP, Map.of(), "city index"))
                .primaryKey("id", "dt")
                .comment("all events")
                .partitionBy(Partitioning.rangeOn("dt").withPartitions(
                        PartitionDefinition.fixed("p2023", "2023-01-01", "2024-01-01"),
                        PartitionDefinition.batch("2024-01-01", "2025-01-01", "INTERVAL 1 MONTH"),
                        PartitionDefinition.fixed("pmax", "2025-01-01", PartitionDefinition.MAXVALUE)))
                .distributedBy(Distribution.hash(8, "id"))
                .orderBy("dt", "id")
                .property("replication_num", "1")
                .build();

        assertThat(renderer.createTable(table)).isEqualTo("""
                CREATE TABLE `events` (
                  `id` BIGINT NOT NULL COMMENT 'User ID',
                  `dt` DATE NOT NULL,
                  `city` VARCHAR(50) DEFAULT 'Unknown',
                  `created` DATETIME DEFAULT CURRENT_TIMESTAMP,
                  INDEX `idx_city` (`city`) USING BITMAP COMMENT 'city index'
                )
                PRIMARY KEY(`id`, `dt`)
                COMMENT 'all events'
                PARTITION BY RANGE(`dt`) (
                  PARTITION `p2023` VALUES [("2023-01-01"), ("2024-01-01")),
                  START ("2024-01-01") END ("2025-01-01") EVERY (INTERVAL 1 MONTH),
                  PARTITION `pmax` VALUES [("2025-01-01"), (MAXVALUE))
                )
                DISTRIBUTED BY HASH(`id`) BUCKETS 8
                ORDER BY (`dt`, `id`)
                PROPERTIES (
                  "replication_num" = "1"
                )""");
    }

    @Test
    void columnAttributesRenderInStarRocksOrder() {
        ClauseRenderer clauses = renderer.clauses();
        assertThat(clauses.columnDefinition(Column.builder("v", Types.INT).aggregate(AggregateType.SUM).nullable().build()))
                .isEqualTo("`v` INT SUM NULL");
        assertThat(clauses.columnDefinition(Column.builder("k2", Types.BIGINT).notNull().autoIncrement().build()))
                .isEqualTo("`k2` BIGINT NOT NULL AUTO_INCREMENT");
        assertThat(clauses.columnDefinition(Column.builder("k3", Types.INT).generatedAs("left(k2, 10)").build()))
                .isEqualTo("`k3` INT AS left(k2, 10)");
        assertThat(clauses.columnDefinition(Column.builder("u", Types.varchar(36)).defaultExpression("uuid()").build()))
                .isEqualTo("`u` VARCHAR(36) DEFAULT (uuid())");
        assertThat(clauses.columnDefinition(Column.builder("s", Types.STRING).defaultValue("").build()))
                .isEqualTo("`s` STRING DEFAULT ''");
    }

    @Test
    void expressionAndListPartitioning() {
        ClauseRenderer clauses = renderer.clauses();
        assertThat(clauses.partitionBy(Partitioning.expressions("date_trunc('day', event_time)")))
                .isEqualTo("PARTITION BY date_trunc('day', event_time)");
        assertThat(clauses.partitionBy(Partitioning.columns("dt", "region")))
                .isEqualTo("PARTITION BY (`dt`, `region`)");
        assertThat(clauses.partitionBy(Partitioning.listOn("city").withPartitions(
                PartitionDefinition.in("p_north", "Beihai", "Dalian"))))
                .isEqualTo("PARTITION BY LIST(`city`) (\n  PARTITION `p_north` VALUES IN (\"Beihai\", \"Dalian\")\n)");
        assertThat(clauses.partitionDefinition(PartitionDefinition.fixed("p1", "2021-01-01", "2021-01-02")))
                .isEqualTo("PARTITION `p1` VALUES [(\"2021-01-01\"), (\"2021-01-02\"))");
    }

    @Test
    void materializedViewRefreshKeywordFollowsServerVersion() {
        MaterializedView mv = MaterializedView.builder("mv1")
                .distributedBy(Distribution.hash("id"))
                .refresh(Refresh.async())
                .property("replication_num", "1")
                .as("SELECT id, count(*) FROM t GROUP BY id")
                .build();
        String old = new DdlRenderer(RenderOptions.forServer(ServerVersion.parse("4.1.1-ee"))).createMaterializedView(mv);
        String current = new DdlRenderer(RenderOptions.forServer(ServerVersion.parse("26.2.1-rc01"))).createMaterializedView(mv);
        assertThat(old).isEqualTo("""
                CREATE MATERIALIZED VIEW `mv1`
                DISTRIBUTED BY HASH(`id`)
                REFRESH ASYNC
                PROPERTIES (
                  "replication_num" = "1"
                )
                AS SELECT id, count(*) FROM t GROUP BY id""");
        assertThat(current).contains("REFRESH ON_CHANGE");
        Refresh hourly = Refresh.asyncEvery(1, "HOUR").deferred().startingAt("2024-01-01 00:00:00");
        assertThat(new DdlRenderer(RenderOptions.forServer(ServerVersion.parse("26.2.1")))
                .render(new MaterializedViewOperation.SetRefresh(ObjectName.of("mv1"), hourly)))
                .isEqualTo("ALTER MATERIALIZED VIEW `mv1` REFRESH DEFERRED ASYNC START('2024-01-01 00:00:00') EVERY(INTERVAL 1 HOUR)");
        assertThat(renderer.render(new MaterializedViewOperation.SetRefresh(ObjectName.of("mv1"), Refresh.manual())))
                .isEqualTo("ALTER MATERIALIZED VIEW `mv1` REFRESH MANUAL");
    }

    @Test
    void viewWithColumnsCommentAndSecurity() {
        View view = View.builder(ObjectName.of("test_db", "user_view"))
                .column("id", "User ID").column("name", "User name")
                .comment("A comprehensive user view").security(ViewSecurity.INVOKER)
                .as("SELECT id, name FROM users").build();
        assertThat(renderer.createView(view)).isEqualTo("""
                CREATE VIEW `test_db`.`user_view` (
                  `id` COMMENT 'User ID',
                  `name` COMMENT 'User name'
                )
                COMMENT 'A comprehensive user view'
                SECURITY INVOKER
                AS SELECT id, name FROM users""");
        assertThat(renderer.render(new ViewOperation.CreateView(View.builder("v").as("SELECT 1").build(), true, false)))
                .isEqualTo("CREATE OR REPLACE VIEW `v`\nAS SELECT 1");
        assertThat(renderer.render(new ViewOperation.AlterView(ObjectName.of("my_view"), List.of(), "SELECT 2")))
                .isEqualTo("ALTER VIEW `my_view`\nAS SELECT 2");
        assertThat(renderer.render(new ViewOperation.DropView(ObjectName.of("my_view"), true)))
                .isEqualTo("DROP VIEW IF EXISTS `my_view`");
    }

    @Test
    void alterStatements() {
        assertThat(renderer.render(new TableOperation.SetProperty(ObjectName.of("test_table"), "comment", "table with \"double quotes\"")))
                .isEqualTo("ALTER TABLE `test_table` SET (\"comment\" = \"table with \\\"double quotes\\\"\")");
        assertThat(renderer.render(new TableOperation.SetDistribution(ObjectName.of("analytics", "events"), Distribution.hash(16, "user_id"))))
                .isEqualTo("ALTER TABLE `analytics`.`events` DISTRIBUTED BY HASH(`user_id`) BUCKETS 16");
        assertThat(renderer.render(new TableOperation.SetDistribution(ObjectName.of("users"), Distribution.random(10))))
                .isEqualTo("ALTER TABLE `users` DISTRIBUTED BY RANDOM BUCKETS 10");
        assertThat(renderer.render(new TableOperation.SetOrderBy(T, List.of("a", "b"))))
                .isEqualTo("ALTER TABLE `t` ORDER BY (`a`, `b`)");
        assertThat(renderer.render(new TableOperation.SetComment(T, "it's")))
                .isEqualTo("ALTER TABLE `t` COMMENT = 'it\\'s'");
        assertThat(renderer.render(new TableOperation.AlterColumns(ObjectName.of("mydb", "my_table"), List.of(
                new ColumnClause.Add(Column.builder("a", Types.INT).build(), null),
                new ColumnClause.Add(Column.builder("b", Types.varchar(50)).notNull().build(), ColumnPosition.after("a")),
                new ColumnClause.Drop("c")))))
                .isEqualTo("""
                        ALTER TABLE `mydb`.`my_table`
                          ADD COLUMN `a` INT,
                          ADD COLUMN `b` VARCHAR(50) NOT NULL AFTER `a`,
                          DROP COLUMN `c`""");
        assertThat(renderer.render(new TableOperation.AlterColumns(T, List.of(
                new ColumnClause.Modify(Column.builder("old", Types.INT).notNull().defaultValue("0").comment("changed").build(), null),
                new ColumnClause.Rename("old", "new")))))
                .isEqualTo("ALTER TABLE `t`\n  MODIFY COLUMN `old` INT NOT NULL DEFAULT '0' COMMENT 'changed',\n  RENAME COLUMN `old` TO `new`");
        assertThat(renderer.render(new TableOperation.AddPartition(T, PartitionDefinition.lessThan("p1", "100"), true)))
                .isEqualTo("ALTER TABLE `t` ADD PARTITION IF NOT EXISTS `p1` VALUES LESS THAN (\"100\")");
        assertThat(renderer.render(new TableOperation.AddPartition(T, PartitionDefinition.batch("2024-01-01", "2024-02-01", "INTERVAL 1 DAY"), false)))
                .isEqualTo("ALTER TABLE `t` ADD PARTITIONS START (\"2024-01-01\") END (\"2024-02-01\") EVERY (INTERVAL 1 DAY)");
        assertThat(renderer.render(new TableOperation.DropPartition(T, "p1", true, false)))
                .isEqualTo("ALTER TABLE `t` DROP PARTITION IF EXISTS `p1`");
        TableOperation.ModifyPartitions all = new TableOperation.ModifyPartitions(T, List.of(),
                Map.of("storage_medium", "SSD"));
        assertThat(renderer.render(all))
                .isEqualTo("ALTER TABLE `t` MODIFY PARTITION (*) SET (\"storage_medium\" = \"SSD\")");
        TableOperation.ModifyPartitions some = new TableOperation.ModifyPartitions(T, List.of("p1", "p 2"),
                Map.of("replication_num", "2"));
        assertThat(renderer.render(some))
                .isEqualTo("ALTER TABLE `t` MODIFY PARTITION (`p1`, `p 2`) SET (\"replication_num\" = \"2\")");
        assertThat(DdlParser.parseStatement(renderer.render(all))).isEqualTo(all);
        assertThat(DdlParser.parseStatement(renderer.render(some))).isEqualTo(some);
        assertThat(DdlParser.parseStatement("alter table t modify partition p1 set ('replication_num' = '2')"))
                .isEqualTo(new TableOperation.ModifyPartitions(T, List.of("p1"), Map.of("replication_num", "2")));
        assertThat(renderer.render(new TableOperation.CreateIndex(T, new Index("gin_english", List.of("value"), IndexType.GIN, Map.of("parser", "english"), null))))
                .isEqualTo("ALTER TABLE `t` ADD INDEX `gin_english` (`value`) USING GIN (\"parser\" = \"english\")");
        assertThat(renderer.render(new TableOperation.DropIndex(T, "gin_english")))
                .isEqualTo("ALTER TABLE `t` DROP INDEX `gin_english`");
        assertThat(renderer.render(new TableOperation.Rename(T, "t2"))).isEqualTo("ALTER TABLE `t` RENAME `t2`");
        assertThat(renderer.render(new TableOperation.SwapWith(T, "t_new"))).isEqualTo("ALTER TABLE `t` SWAP WITH `t_new`");
        assertThat(renderer.render(new TableOperation.CopyRows(ObjectName.of("t_new"), T, List.of("a", "b"))))
                .isEqualTo("INSERT INTO `t_new` (`a`, `b`)\nSELECT `a`, `b` FROM `t`");
        assertThat(renderer.render(new TableOperation.DropTable(T, true, true))).isEqualTo("DROP TABLE IF EXISTS `t` FORCE");
        assertThat(renderer.render(new MaterializedViewOperation.SetProperties(ObjectName.of("mv"), Map.of("session.query_timeout", "600"))))
                .isEqualTo("ALTER MATERIALIZED VIEW `mv` SET (\"session.query_timeout\" = \"600\")");
        assertThat(renderer.render(new MaterializedViewOperation.SetActive(ObjectName.of("mv"), false)))
                .isEqualTo("ALTER MATERIALIZED VIEW `mv` INACTIVE");
        assertThat(renderer.render(new MaterializedViewOperation.Rename(ObjectName.of("mv"), "mv2")))
                .isEqualTo("ALTER MATERIALIZED VIEW `mv` RENAME `mv2`");
    }

    @Test
    void columnClausesTheServerRefusesAreNotRendered() {
        // python-client.md §8.2 item 14 and corpus rejected/0045: MODIFY COLUMN ... AUTO_INCREMENT
        assertThatThrownBy(() -> renderer.render(new TableOperation.AlterColumns(T, List.of(new ColumnClause.Modify(
                Column.builder("job2", Types.BIGINT).notNull().autoIncrement().build(), null)))))
                .hasMessage("ALTER TABLE t: column job2 can not be AUTO_INCREMENT when MODIFY COLUMN; StarRocks cannot "
                        + "add or change an AUTO_INCREMENT column, recreate the table instead");
        // rejected/0137: a generated column takes no position
        assertThatThrownBy(() -> renderer.render(new TableOperation.AlterColumns(T, List.of(new ColumnClause.Add(
                Column.builder("g", Types.BIGINT).generatedAs("v1 + 10").build(), ColumnPosition.after("v1"))))))
                .hasMessageContaining("AFTER can not be set when ADD GENERATED COLUMN g");
        // rejected/0139: nothing goes after a generated column
        assertThatThrownBy(() -> renderer.render(new TableOperation.AlterColumns(T, List.of(
                new ColumnClause.Add(Column.builder("g", Types.BIGINT).generatedAs("v1 + 10").build(), null),
                new ColumnClause.Add(Column.builder("n", Types.BIGINT).build(), ColumnPosition.after("g"))))))
                .hasMessageContaining("Can not add column after Generated Column g");
        // separate ADD COLUMN clauses may add ordinary and generated columns together (corpus pairs/0085; only one
        // ADD COLUMN (...) list holding both is refused, rejected/0136)
        assertThat(renderer.render(new TableOperation.AlterColumns(T, List.of(
                new ColumnClause.Add(Column.builder("n", Types.BIGINT).defaultValue("0").build(), null),
                new ColumnClause.Add(Column.builder("g", Types.BIGINT).generatedAs("id * 1000").build(), null)))))
                .isEqualTo("ALTER TABLE `t`\n  ADD COLUMN `n` BIGINT DEFAULT '0',\n  ADD COLUMN `g` BIGINT AS id * 1000");
        assertThat(renderer.render(new TableOperation.AlterColumns(T, List.of(new ColumnClause.Add(
                Column.builder("g", Types.BIGINT).generatedAs("id * 1000").build(), null)))))
                .isEqualTo("ALTER TABLE `t` ADD COLUMN `g` BIGINT AS id * 1000");
    }

    @Test
    void rendererRefusesInvalidObjectsBuiltUnchecked() {
        Table invalid = Table.builder("t").column("k", Types.INT).primaryKey("missing").buildUnchecked();
        assertThatThrownBy(() -> renderer.createTable(invalid))
                .hasMessageContaining("table t: PRIMARY KEY names column 'missing'");
    }

    @Test
    void engineNamesCannotCarrySql() {
        Table table = Table.builder("t").column("k", Types.INT).engine("OLAP; DROP TABLE x").buildUnchecked();
        assertThatThrownBy(() -> renderer.createTable(table)).hasMessageContaining("is not an engine name");
        Table mysql = Table.builder("t").column("k", Types.INT).engine("mysql").build();
        assertThat(renderer.createTable(mysql)).contains("\nENGINE=MYSQL");
    }

    @Test
    void serverVersionParsesEveryForm() {
        assertThat(ServerVersion.parse("3.5.17").atLeast(3, 5)).isTrue();
        assertThat(ServerVersion.parse("4.1.1-ee").qualifier()).contains("ee");
        assertThat(ServerVersion.parse("26.2.1-rc01").atLeast(26, 2)).isTrue();
        assertThat(ServerVersion.parse("main-d4df1c9").isUnknown()).isTrue();
        assertThat(ServerVersion.parse("main-d4df1c9").atLeast(0, 0)).isFalse();
        assertThat(ServerVersion.parse("4.1").compareTo(ServerVersion.parse("4.0.9"))).isPositive();
    }
}
