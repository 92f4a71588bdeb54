package org.starrocks4j.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.starrocks4j.lexical.SqlParseException;
import org.starrocks4j.schema.AggregateType;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.ColumnDefault;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.IndexType;
import org.starrocks4j.schema.InvalidModelException;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.PartitionExpression;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.ViewColumn;
import org.starrocks4j.types.Types;

/** One construct per test, as users write it and as servers print it. */
class DdlParserConstructsTest {

    private static Table table(String sql) {
        return DdlParser.parseTable(sql);
    }

    @Test
    void columnAttributes() {
        // unchecked: the attributes are what is tested here, not whether one table may hold them all
        Table t = (Table) DdlParser.parseObject("""
                create table t (
                  id bigint not null auto_increment comment 'id',
                  k int,
                  v bigint sum default "0",
                  created datetime default current_timestamp,
                  u varchar(36) default (uuid()),
                  tags array<varchar(20)> default ['a', 'b'],
                  m map<int, float> default map<int, float>{1: 1.5},
                  g bigint as (k + 1) comment 'generated'
                ) aggregate key(id, k) distributed by hash(id)""", DdlParser.Validation.UNCHECKED);
        assertThat(t.columns()).containsExactly(
                Column.builder("id", Types.BIGINT).notNull().autoIncrement().comment("id").build(),
                Column.builder("k", Types.INT).build(),
                Column.builder("v", Types.BIGINT).aggregate(AggregateType.SUM).defaultValue("0").build(),
                Column.builder("created", Types.DATETIME).defaultCurrentTimestamp().build(),
                Column.builder("u", Types.varchar(36)).defaultExpression("uuid()").build(),
                Column.builder("tags", Types.array(Types.varchar(20))).defaultExpression("['a', 'b']").build(),
                Column.builder("m", Types.map(Types.INT, Types.FLOAT)).defaultExpression("map<int, float>{1: 1.5}").build(),
                Column.builder("g", Types.BIGINT).generatedAs("(k + 1)").comment("generated").build());
        assertThat(t.key().type()).isEqualTo(KeyType.AGGREGATE);
    }

    @Test
    void serverDefaultNullIsNoDefault() {
        assertThat(table("CREATE TABLE `t` (\n  `k1` int(11) DEFAULT NULL\n) ENGINE=OLAP").columns().get(0).defaultValue())
                .isNull();
    }

    @Test
    void rangePartitionsInEveryForm() {
        // a table writes its ranges one way: LESS THAN bounds, or fixed ranges and START/END/EVERY (the server refuses
        // a mix: "You can only use one of these methods to create partitions")
        Table lessThan = table("""
                CREATE TABLE t (dt date, k int) DUPLICATE KEY(dt)
                PARTITION BY RANGE(dt) (
                  PARTITION p1 VALUES LESS THAN ("2024-01-01"),
                  PARTITION p9 VALUES LESS THAN (MAXVALUE),
                )
                DISTRIBUTED BY RANDOM BUCKETS 4""");
        assertThat(lessThan.partitioning()).isEqualTo(Partitioning.range(List.of(PartitionExpression.column("dt")),
                List.of(PartitionDefinition.lessThan("p1", "2024-01-01"), PartitionDefinition.maxValue("p9"))));
        assertThat(lessThan.distribution()).isEqualTo(Distribution.random(4));
        Table fixed = table("""
                CREATE TABLE t (dt date, k int) DUPLICATE KEY(dt)
                PARTITION BY RANGE(dt) (
                  PARTITION p2 VALUES [("2024-01-01"), ("2024-02-01")) ("storage_medium" = "SSD"),
                  START ("2024-02-01") END ("2024-05-01") EVERY (INTERVAL 1 MONTH)
                )""");
        assertThat(fixed.partitioning()).isEqualTo(Partitioning.range(List.of(PartitionExpression.column("dt")), List.of(
                new PartitionDefinition.Fixed("p2", List.of("2024-01-01"), List.of("2024-02-01"),
                        Map.of("storage_medium", "SSD")),
                PartitionDefinition.batch("2024-02-01", "2024-05-01", "INTERVAL 1 MONTH"))));
    }

    @Test
    void listAndExpressionPartitioning() {
        assertThat(table("create table t (a varchar(5), b int) partition by list(a, b) "
                + "(partition p1 values in ((\"x\", 1), ('y', 2)))").partitioning())
                .isEqualTo(Partitioning.list(List.of(PartitionExpression.column("a"), PartitionExpression.column("b")),
                        List.of(new PartitionDefinition.In("p1", List.of(List.of("x", "1"), List.of("y", "2")), Map.of()))));
        assertThat(table("create table t (dt datetime, k varchar(9)) partition by date_trunc('day', dt), k "
                + "distributed by hash(k)").partitioning())
                .isEqualTo(new Partitioning.Expression(List.of(PartitionExpression.expression("date_trunc('day', dt)"),
                        PartitionExpression.column("k"))));
        assertThat(table("CREATE TABLE t (k4 varchar(9), k3 int) PARTITION BY (substring(k4, 1, 5),`k3`)").partitioning())
                .isEqualTo(new Partitioning.Expression(List.of(PartitionExpression.expression("substring(k4, 1, 5)"),
                        PartitionExpression.column("k3"))));
    }

    @Test
    void indexesWithPropertiesAndComments() {
        Table t = table("""
                CREATE TABLE t (
                  k int, s varchar(100),
                  INDEX i1 (`s`) USING NGRAMBF ("gram_num" = "4", "bloom_filter_fpp" = "0.05") COMMENT 'ngram',
                  INDEX i2 (k) COMMENT ''
                ) DUPLICATE KEY(k)""");
        assertThat(t.indexes()).containsExactly(
                new Index("i1", List.of("s"), IndexType.NGRAMBF, Map.of("gram_num", "4", "bloom_filter_fpp", "0.05"), "ngram"),
                new Index("i2", List.of("k"), IndexType.BITMAP, Map.of(), ""));
    }

    @Test
    void clausesInAnyOrderAndKeywordsInAnyCase() {
        Table t = table("CrEaTe TaBlE IF NOT EXISTS cat.db.t (k int) properties ('a'='b') order by k "
                + "Distributed By Hash(k) Buckets 2 comment = 'c' engine = olap duplicate key (k)");
        assertThat(t.name()).isEqualTo(new ObjectName("cat", "db", "t"));
        assertThat(t.orderBy()).containsExactly("k");
        assertThat(t.comment()).isEqualTo("c");
        assertThat(t.engine()).isEqualTo("OLAP");
        assertThat(t.distribution()).isEqualTo(Distribution.hash(2, "k"));
    }

    @Test
    void materializedViewsOfEveryServerGeneration() {
        MaterializedView old = DdlParser.parseMaterializedView("""
                CREATE MATERIALIZED VIEW `mv2` (k1, count(v1))
                DISTRIBUTED BY RANDOM BUCKETS 64
                REFRESH ASYNC
                AS SELECT k1, count(v1) FROM t GROUP BY k1""");
        assertThat(old.columns()).containsExactly(ViewColumn.of("k1"), ViewColumn.of("count(v1)"));
        assertThat(DdlParser.parseMaterializedView("CREATE MATERIALIZED VIEW mv REFRESH DEFERRED SCHEDULE "
                + "EVERY(INTERVAL 1 HOUR) AS SELECT 1").refresh()).isEqualTo(Refresh.asyncEvery(1, "HOUR").deferred());
        assertThat(DdlParser.parseMaterializedView("CREATE MATERIALIZED VIEW mv REFRESH ON_CHANGE AS SELECT 1").refresh())
                .isEqualTo(Refresh.async());
        assertThat(DdlParser.parseMaterializedView("create materialized view mv (a comment 'x') order by (a) "
                + "refresh incremental as select a from t").columns()).containsExactly(new ViewColumn("a", "x"));
    }

    @Test
    void defaultValueKinds() {
        assertThat(table("create table t (a int default '5', b int default -1, c double default 1.5)").columns())
                .extracting(Column::defaultValue)
                .containsExactly(ColumnDefault.literal("5"), ColumnDefault.literal("-1"), ColumnDefault.literal("1.5"));
    }

    @Test
    void errorsSayWhereAndWhatWasExpected() {
        assertThatThrownBy(() -> DdlParser.parse("CREATE TABLE t (k int) DISTRIBUTED BY HASH(k) DISTRIBUTED BY RANDOM"))
                .isInstanceOf(SqlParseException.class).hasMessageContaining("line 1, column 47")
                .hasMessageContaining("DISTRIBUTED clause is given twice");
        assertThatThrownBy(() -> DdlParser.parse("CREATE TABLE t (k int\nDUPLICATE KEY(k)"))
                .isInstanceOfSatisfying(SqlParseException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.expected()).isNotNull();
                    assertThat(e.snippet()).contains("DUPLICATE KEY(k)").contains("^");
                });
        assertThatThrownBy(() -> DdlParser.parse("CREATE VIEW v (a) COMMENT 'x'"))
                .isInstanceOf(SqlParseException.class).hasMessageContaining("expected COMMENT, SECURITY or AS")
                .hasMessageContaining("end of input");
        assertThatThrownBy(() -> DdlParser.parse("create materialized view mv refresh every day as select 1"))
                .isInstanceOf(SqlParseException.class).hasMessageContaining("expected ASYNC, MANUAL");
        assertThatThrownBy(() -> DdlParser.parseStatement("drop table a; drop table b"))
                .isInstanceOf(SqlParseException.class).hasMessageContaining("expected one statement");
    }

    @Test
    void unsupportedButValidConstructsAreNamed() {
        assertThat(construct("CREATE TABLE t (k int) DUPLICATE KEY(k) ROLLUP (r1 (k) ORDER BY (k))"))
                .isEqualTo("ORDER BY of a rollup");
        assertThat(construct("CREATE TABLE t2 DISTRIBUTED BY RANDOM AS SELECT * FROM t UNION SELECT * FROM u"))
                .isEqualTo("CREATE TABLE ... AS SELECT ... UNION");
        assertThatThrownBy(() -> DdlParser.parse("create table pk_t1 primary key(k1) as select * from t1 join t2 using (k1)"))
                .isInstanceOf(UnsupportedSqlException.class)
                .hasMessageContaining("line 1, column 56")
                .hasMessageContaining("the columns of `pk_t1` come from a query whose column types only the server")
                .hasMessageContaining("SHOW CREATE TABLE `pk_t1` prints its definition");
        assertThat(construct("SELECT 1")).isEqualTo("SELECT");
        assertThat(construct("CREATE DATABASE d")).isEqualTo("CREATE DATABASE");
        assertThat(construct("ALTER TABLE t COMPACT")).isEqualTo("ALTER TABLE ... COMPACT");
        assertThat(construct("INSERT INTO t VALUES (1)")).isEqualTo("INSERT");
    }

    @Test
    void rulesTheServerEnforcesAreCheckedUnlessUnchecked() {
        String sql = "CREATE TABLE t (v int, k int) PRIMARY KEY(k)";
        assertThatThrownBy(() -> DdlParser.parse(sql)).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("line 1: table t");
        assertThat(DdlParser.parseObject(sql, DdlParser.Validation.UNCHECKED)).isInstanceOf(Table.class);
    }

    private static String construct(String sql) {
        try {
            DdlParser.parse(sql);
        } catch (UnsupportedSqlException e) {
            return e.construct();
        }
        throw new AssertionError("expected " + sql + " to be reported as unsupported");
    }

    @Test
    void preCreatedPartitionsOfExpressionPartitioningAreReadAndLeftOutNotReadIntoTheExpression() {
        // corpus pairs/0023: the server accepted it, and printed only PARTITION BY date_trunc('day', `dt`) back
        String sql = """
                CREATE TABLE site_access (event_day DATE NOT NULL, pv BIGINT)
                DUPLICATE KEY(event_day)
                PARTITION BY date_trunc('day', event_day) (
                    START ("2022-06-01") END ("2022-06-05") EVERY (INTERVAL 1 day)
                )
                DISTRIBUTED BY HASH(event_day)""";
        Table t = DdlParser.parseTable(sql);
        assertThat(t.partitioning()).isEqualTo(Partitioning.expressions("date_trunc('day', event_day)"));
        assertThat(t.distribution()).isEqualTo(Distribution.hash("event_day"));
        assertThat(DdlParser.parseTable("CREATE TABLE t (dt DATE) PARTITION BY (dt) "
                + "(START ('2024-01-01') END ('2024-02-01') EVERY (INTERVAL 1 DAY)) DISTRIBUTED BY RANDOM")
                .partitioning()).isEqualTo(Partitioning.columns("dt"));
    }

    @Test
    void bucketsAutoIsDorisSyntaxAndFailsAsMalformed() {
        assertThatThrownBy(() -> DdlParser.parseTable("CREATE TABLE t (k INT) DISTRIBUTED BY HASH(k) BUCKETS AUTO"))
                .isInstanceOf(SqlParseException.class)
                .isNotInstanceOf(UnsupportedSqlException.class)
                .hasMessageContaining("BUCKETS AUTO is not StarRocks SQL")
                .hasMessageContaining("line 1, column 55");
    }

    @Test
    void alterViewSetSecurityIsReadRenderedAndReplayed() {
        // corpus accepted/alter/0652.sql (test_security_view, 2026-04)
        org.starrocks4j.operation.Operation op = DdlParser.parseStatement("alter view v1 set security invoker;");
        assertThat(op).isEqualTo(new org.starrocks4j.operation.ViewOperation.SetSecurity(ObjectName.of("v1"),
                org.starrocks4j.schema.ViewSecurity.INVOKER));
        assertThat(DdlRenderer.defaults().render(op)).isEqualTo("ALTER VIEW `v1` SET SECURITY INVOKER");
        org.starrocks4j.schema.Schema after = org.starrocks4j.operation.SchemaReplay.apply(
                org.starrocks4j.schema.Schema.of(),
                DdlParser.parse("CREATE VIEW v1 AS SELECT 1; ALTER VIEW v1 SET SECURITY INVOKER"));
        assertThat(after.views().get(0).security()).isEqualTo(org.starrocks4j.schema.ViewSecurity.INVOKER);
        assertThatThrownBy(() -> DdlParser.parseStatement("ALTER VIEW v1 SET SECURITY DEFINER"))
                .isInstanceOf(UnsupportedSqlException.class);
    }
}
