package org.starrocks4j.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.starrocks4j.schema.AggregateType;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.ColumnReferences;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.IndexType;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.PartitionExpression;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.TableKey;
import org.starrocks4j.schema.View;
import org.starrocks4j.types.Types;

class SchemaReplayTest {

    private static final ObjectName T = ObjectName.of("t");

    private static Table events() {
        return Table.builder("t")
                .column("id", Types.BIGINT, Column.Builder::notNull)
                .column("dt", Types.DATE, Column.Builder::notNull)
                .column("name", Types.varchar(20))
                .duplicateKey("id", "dt")
                .partitionBy(new Partitioning.Range(List.of(PartitionExpression.expression("date_trunc('day', dt)")),
                        List.of(PartitionDefinition.lessThan("p1", "2025-01-01"))))
                .distributedBy(Distribution.hash(4, "id"))
                .property("replication_num", "1")
                .build();
    }

    private static Schema start() {
        return Schema.of(events());
    }

    private static Table table(Schema s, String name) {
        return (Table) s.find(name).orElseThrow();
    }

    private static List<String> columnNames(Table t) {
        return t.columns().stream().map(Column::name).toList();
    }

    private static TableOperation.AlterColumns alter(ColumnClause... clauses) {
        return new TableOperation.AlterColumns(T, List.of(clauses));
    }

    @Test
    void createAndDropObjects() {
        View v = View.builder("v").as("SELECT id FROM t").build();
        Schema s = SchemaReplay.apply(Schema.empty(), List.of(
                new TableOperation.CreateTable(events(), false),
                new ViewOperation.CreateView(v, false, false),
                new TableOperation.CreateTable(events(), true)));
        assertThat(s.objects()).containsExactly(events(), v);

        Schema dropped = SchemaReplay.apply(s, List.of(new ViewOperation.DropView(ObjectName.of("v"), false),
                new ViewOperation.DropView(ObjectName.of("v"), true)));
        assertThat(dropped.objects()).containsExactly(events());
    }

    @Test
    void createOfAnExistingObjectFailsNamingItAndTheFix() {
        assertThatThrownBy(() -> SchemaReplay.apply(start(), new TableOperation.CreateTable(events(), false)))
                .isInstanceOf(ReplayException.class)
                .hasMessageContaining("statement 1 (CREATE TABLE `t`)")
                .hasMessageContaining("table `t` already exists")
                .hasMessageContaining("IF NOT EXISTS");
    }

    @Test
    void alterOfAMissingTableFails() {
        ReplayException e = org.junit.jupiter.api.Assertions.assertThrows(ReplayException.class,
                () -> SchemaReplay.apply(Schema.empty(), List.of(
                        new TableOperation.SetComment(T, "x"))));
        assertThat(e.getMessage()).contains("table `t` does not exist").contains("ALTER TABLE `t` COMMENT");
        assertThat(e.index()).isEqualTo(1);
        assertThat(e.operation()).isInstanceOf(TableOperation.SetComment.class);
    }

    @Test
    void dropOfTheWrongKindFails() {
        Schema s = Schema.of(View.builder("v").as("SELECT 1").build());
        assertThatThrownBy(() -> SchemaReplay.apply(s, new TableOperation.DropTable(ObjectName.of("v"), false, false)))
                .hasMessageContaining("`v` is a view, not a table")
                .hasMessageContaining("DROP VIEW");
        assertThatThrownBy(() -> SchemaReplay.apply(Schema.empty(),
                new TableOperation.DropTable(ObjectName.of("x"), false, false)))
                .hasMessageContaining("table `x` does not exist");
        assertThat(SchemaReplay.apply(Schema.empty(), new TableOperation.DropTable(ObjectName.of("x"), true, false))
                .objects()).isEmpty();
    }

    @Test
    void addColumnsAtTheirPositions() {
        Schema s = SchemaReplay.apply(start(), List.of(
                alter(new ColumnClause.Add(Column.builder("a", Types.INT).build(), ColumnPosition.after("dt")),
                        new ColumnClause.Add(Column.builder("b", Types.INT).build(), ColumnPosition.after("dt"))),
                alter(new ColumnClause.Add(Column.builder("first", Types.INT).build(), ColumnPosition.atFirst(), true),
                        new ColumnClause.Add(Column.builder("last", Types.INT).build(), null))));
        assertThat(columnNames(table(s, "t"))).containsExactly("first", "id", "dt", "b", "a", "name", "last");
        assertThat(table(s, "t").key()).isEqualTo(TableKey.of(KeyType.DUPLICATE, "first", "id", "dt"));
    }

    @Test
    void addWithoutPositionGoesBeforeGeneratedColumns() {
        Table t = Table.builder("t").column("id", Types.BIGINT, Column.Builder::notNull)
                .column("job", Types.INT)
                .column("mc", Types.INT, c -> c.generatedAs("job"))
                .primaryKey("id").build();
        Schema s = SchemaReplay.apply(Schema.of(t), List.of(
                alter(new ColumnClause.Add(Column.builder("newcol", Types.INT).defaultValue("0").build(), null)),
                alter(new ColumnClause.Add(Column.builder("g2", Types.BIGINT).generatedAs("id * 10").build(), null))));
        assertThat(columnNames(table(s, "t"))).containsExactly("id", "job", "newcol", "mc", "g2");
    }

    @Test
    void addOfAnExistingColumnFails() {
        assertThatThrownBy(() -> SchemaReplay.apply(start(),
                alter(new ColumnClause.Add(Column.builder("NAME", Types.INT).build(), null))))
                .isInstanceOf(ReplayException.class)
                .hasMessageContaining("table `t` already has a column `NAME`")
                .hasMessageContaining("MODIFY COLUMN");
        assertThatThrownBy(() -> SchemaReplay.apply(start(),
                alter(new ColumnClause.Add(Column.builder("x", Types.INT).build(), ColumnPosition.after("nope")))))
                .hasMessageContaining("AFTER names column `nope`")
                .hasMessageContaining("its columns: id, dt, name");
    }

    @Test
    void dropRefusesColumnsTheLayoutUses() {
        assertThatThrownBy(() -> SchemaReplay.apply(start(), alter(new ColumnClause.Drop("id"))))
                .hasMessageContaining("distributed by column `id`");
        assertThatThrownBy(() -> SchemaReplay.apply(start(), alter(new ColumnClause.Drop("dt"))))
                .hasMessageContaining("partitioned by column `dt`");
        assertThatThrownBy(() -> SchemaReplay.apply(start(), alter(new ColumnClause.Drop("missing"))))
                .hasMessageContaining("has no column `missing`");
        Table pk = Table.builder("t").column("k", Types.INT, Column.Builder::notNull)
                .column("k2", Types.INT, Column.Builder::notNull).primaryKey("k", "k2")
                .distributedBy(Distribution.hash("k")).build();
        assertThatThrownBy(() -> SchemaReplay.apply(Schema.of(pk), alter(new ColumnClause.Drop("k2"))))
                .hasMessageContaining("key column of a PRIMARY KEY table");
        Table indexed = events().toBuilder().index(Index.of("i", IndexType.BITMAP, "name")).build();
        assertThatThrownBy(() -> SchemaReplay.apply(Schema.of(indexed), alter(new ColumnClause.Drop("name"))))
                .hasMessageContaining("index `i` covers column `name`");
        assertThat(columnNames(table(SchemaReplay.apply(start(), alter(new ColumnClause.Drop("NAME"))), "t")))
                .containsExactly("id", "dt");
    }

    @Test
    void modifyRestatesTheWholeColumn() {
        Table agg = Table.builder("t").column("k", Types.INT)
                .column(Column.builder("v", Types.INT).aggregate(AggregateType.SUM).comment("old").build())
                .aggregateKey("k").distributedBy(Distribution.hash("k")).build();
        Schema s = SchemaReplay.apply(Schema.of(agg), alter(new ColumnClause.Modify(
                Column.builder("V", Types.BIGINT).aggregate(AggregateType.SUM).build(), null)));
        Column v = table(s, "t").column("v").orElseThrow();
        assertThat(v).isEqualTo(Column.builder("v", Types.BIGINT).aggregate(AggregateType.SUM).build());
    }

    @Test
    void modifyOfAUniqueKeyValueColumnKeepsItsReplaceMarker() {
        Table unique = Table.builder("t").column("k", Types.INT, Column.Builder::notNull)
                .column(Column.builder("v", Types.INT).aggregate(AggregateType.REPLACE).build())
                .uniqueKey("k").distributedBy(Distribution.hash("k")).build();
        Schema s = SchemaReplay.apply(Schema.of(unique), alter(
                new ColumnClause.Modify(Column.builder("v", Types.BIGINT).build(), null)));
        assertThat(table(s, "t").column("v").orElseThrow().aggregate()).isEqualTo(AggregateType.REPLACE);
    }

    @Test
    void modifyCanMoveTheColumn() {
        Schema s = SchemaReplay.apply(start(), List.of(
                alter(new ColumnClause.Add(Column.builder("extra", Types.INT).build(), null)),
                alter(new ColumnClause.Modify(Column.builder("name", Types.varchar(40)).build(),
                        ColumnPosition.after("extra")))));
        assertThat(columnNames(table(s, "t"))).containsExactly("id", "dt", "extra", "name");
        assertThat(table(s, "t").columns().get(3).type()).isEqualTo(Types.varchar(40));
    }

    @Test
    void addToAnAggregateTableWithoutAggregateTypeAddsAKeyColumn() {
        Table agg = Table.builder("t").column("k", Types.INT)
                .column(Column.builder("v", Types.INT).aggregate(AggregateType.SUM).build())
                .aggregateKey("k").distributedBy(Distribution.hash("k")).build();
        Schema s = SchemaReplay.apply(Schema.of(agg), alter(
                new ColumnClause.Add(Column.builder("k2", Types.INT).build(), ColumnPosition.after("k"))));
        assertThat(table(s, "t").key()).isEqualTo(TableKey.of(KeyType.AGGREGATE, "k", "k2"));
    }

    @Test
    void renameColumnRenamesEveryReference() {
        Table t = Table.builder("t")
                .column("event_day", Types.DATE, Column.Builder::notNull)
                .column("site", Types.INT)
                .column("g", Types.DATE, c -> c.generatedAs("date_add(event_day, 1)"))
                .duplicateKey("event_day")
                .partitionBy(Partitioning.expressions("date_trunc('day', event_day)"))
                .distributedBy(Distribution.hash("event_day", "site"))
                .orderBy("event_day")
                .index(Index.of("i", IndexType.BITMAP, "event_day"))
                .build();
        Table renamed = table(SchemaReplay.apply(Schema.of(t),
                alter(new ColumnClause.Rename("EVENT_DAY", "dt"))), "t");
        assertThat(columnNames(renamed)).containsExactly("dt", "site", "g");
        assertThat(renamed.key().columns()).containsExactly("dt");
        assertThat(renamed.orderBy()).containsExactly("dt");
        assertThat(((Distribution.Hash) renamed.distribution()).columns()).containsExactly("dt", "site");
        assertThat(renamed.partitioning().keys().get(0).sql()).isEqualTo("date_trunc('day', `dt`)");
        assertThat(renamed.indexes().get(0).columns()).containsExactly("dt");
        assertThat(renamed.column("g").orElseThrow().generatedAs()).isEqualTo("date_add(`dt`, 1)");

        assertThatThrownBy(() -> SchemaReplay.apply(Schema.of(t), alter(new ColumnClause.Rename("site", "g"))))
                .hasMessageContaining("already has a column `g`");
    }

    @Test
    void renameInExpressionsLeavesStringsFunctionsAndQualifiersAlone() {
        assertThat(ColumnReferences.rename("dt(dt) + 'dt' + \"dt\" + dt.x + `dt` + t.dt -- dt", "dt", "d"))
                .isEqualTo("dt(`d`) + 'dt' + \"dt\" + dt.x + `d` + t.`d` -- dt");
        assertThat(ColumnReferences.mentions("a + b1", "b")).isFalse();
        assertThat(ColumnReferences.mentions("a + `B`", "b")).isTrue();
    }

    @Test
    void propertiesCommentDistributionOrderBy() {
        Schema s = SchemaReplay.apply(start(), List.of(
                new TableOperation.SetProperty(T, "default.replication_num", "3"),
                new TableOperation.SetProperty(T, "bloom_filter_columns", "name"),
                new TableOperation.SetComment(T, "hello"),
                new TableOperation.SetDistribution(T, Distribution.random(8)),
                new TableOperation.SetOrderBy(T, List.of("name"))));
        Table t = table(s, "t");
        assertThat(t.properties()).containsExactly(Map.entry("replication_num", "3"),
                Map.entry("bloom_filter_columns", "name"));
        assertThat(t.comment()).isEqualTo("hello");
        assertThat(t.distribution()).isEqualTo(Distribution.random(8));
        assertThat(t.orderBy()).containsExactly("name");
        assertThat(table(SchemaReplay.apply(s, new TableOperation.SetComment(T, null)), "t").comment()).isNull();
        assertThatThrownBy(() -> SchemaReplay.apply(start(), new TableOperation.SetOrderBy(T, List.of("zzz"))))
                .hasMessageContaining("ORDER BY names column `zzz`");
    }

    @Test
    void partitionsAreAddedAndDropped() {
        Schema s = SchemaReplay.apply(start(), List.of(
                new TableOperation.AddPartition(T, PartitionDefinition.lessThan("p2", "2026-01-01"), false),
                new TableOperation.AddPartition(T, PartitionDefinition.lessThan("p2", "2027-01-01"), true),
                new TableOperation.DropPartition(T, "p1", false, false),
                new TableOperation.DropPartition(T, "p1", true, false)));
        // p2 began where p1 ended; dropping p1 leaves p2's range where it was, as the server keeps it
        assertThat(table(s, "t").partitioning().partitions())
                .containsExactly(PartitionDefinition.fixed("p2", "2025-01-01", "2026-01-01"));
        assertThatThrownBy(() -> SchemaReplay.apply(s, new TableOperation.DropPartition(T, "p9", false, false)))
                .hasMessageContaining("has no partition `p9`");
        assertThatThrownBy(() -> SchemaReplay.apply(s,
                new TableOperation.AddPartition(T, PartitionDefinition.lessThan("p2", "2028-01-01"), false)))
                .hasMessageContaining("already has a partition `p2`");
        assertThatThrownBy(() -> SchemaReplay.apply(s,
                new TableOperation.AddPartition(T, PartitionDefinition.in("p3", "a"), false)))
                .hasMessageContaining("RANGE partitioned");
    }

    @Test
    void modifyPartitionSetsThePartitionsOwnProperties() {
        Table ranged = events().toBuilder().partitionBy(new Partitioning.Range(List.of(PartitionExpression.column("dt")),
                List.of(PartitionDefinition.lessThan("p1", "2025-01-01"), PartitionDefinition.lessThan("p2",
                        "2026-01-01")))).build();
        Schema s = SchemaReplay.apply(Schema.of(ranged), List.of(
                new TableOperation.ModifyPartitions(T, List.of(), Map.of("storage_medium", "SSD")),
                new TableOperation.ModifyPartitions(T, List.of("P2"), Map.of("replication_num", "2"))));
        assertThat(table(s, "t").partitioning().partitions()).extracting(PartitionDefinition::properties)
                .containsExactly(Map.of("storage_medium", "SSD"),
                        Map.of("storage_medium", "SSD", "replication_num", "2"));
        assertThatThrownBy(() -> SchemaReplay.apply(s, new TableOperation.ModifyPartitions(T, List.of("p9"),
                Map.of("replication_num", "2")))).hasMessageContaining("has no partition `p9`");
        // an unpartitioned table has one partition, named like the table; its replica count is the table's
        Table plain = events().toBuilder().partitionBy(null).build();
        Schema unpartitioned = SchemaReplay.apply(Schema.of(plain),
                new TableOperation.ModifyPartitions(T, List.of("t"), Map.of("replication_num", "3")));
        assertThat(table(unpartitioned, "t").properties()).containsEntry("replication_num", "3");
        assertThatThrownBy(() -> SchemaReplay.apply(Schema.of(plain), new TableOperation.ModifyPartitions(T,
                List.of("p1"), Map.of("replication_num", "3")))).hasMessageContaining("its one partition is named `t`");
    }

    @Test
    void indexesAreCreatedAndDropped() {
        Index i = Index.of("idx", IndexType.BITMAP, "name");
        Schema s = SchemaReplay.apply(start(), new TableOperation.CreateIndex(T, i));
        assertThat(table(s, "t").indexes()).containsExactly(i);
        assertThatThrownBy(() -> SchemaReplay.apply(s, new TableOperation.CreateIndex(T, i)))
                .hasMessageContaining("already has an index `idx`");
        assertThat(table(SchemaReplay.apply(s, new TableOperation.DropIndex(T, "IDX")), "t").indexes()).isEmpty();
        assertThatThrownBy(() -> SchemaReplay.apply(start(), new TableOperation.DropIndex(T, "idx")))
                .hasMessageContaining("has no index `idx`");
    }

    @Test
    void renameAndSwapTables() {
        Table other = Table.builder("u").column("x", Types.INT).build();
        Schema s = SchemaReplay.apply(Schema.of(events(), other), new TableOperation.SwapWith(T, "u"));
        assertThat(table(s, "t").columns()).isEqualTo(other.columns());
        assertThat(table(s, "u").columns()).isEqualTo(events().columns());

        Schema renamed = SchemaReplay.apply(start(), new TableOperation.Rename(T, "t2"));
        assertThat(renamed.find("t2")).isPresent();
        assertThat(renamed.find("t")).isEmpty();
        assertThatThrownBy(() -> SchemaReplay.apply(Schema.of(events(), other), new TableOperation.Rename(T, "u")))
                .hasMessageContaining("table `u` already exists");
        assertThatThrownBy(() -> SchemaReplay.apply(start(), new TableOperation.SwapWith(T, "nope")))
                .hasMessageContaining("table `nope` does not exist");
    }

    @Test
    void qualifiedAndUnqualifiedNamesMeet() {
        Schema s = SchemaReplay.apply(start(), new TableOperation.SetComment(ObjectName.of("db", "t"), "c"));
        assertThat(table(s, "t").comment()).isEqualTo("c");
        assertThat(table(s, "t").name()).isEqualTo(T);
    }

    @Test
    void aReplayFedStatementByStatementKeepsDeclarationOrderThroughRenamesSwapsAndDrops() {
        Table a = Table.builder("a").column("x", Types.INT).build();
        Table b = Table.builder("b").column("y", Types.INT).build();
        Table c = Table.builder("c").column("z", Types.INT).build();
        SchemaReplay replay = SchemaReplay.startingFrom(Schema.of(a, b), SchemaReplay.ObjectRules.TRUST);
        replay.apply(new TableOperation.CreateTable(c, false));
        replay.apply(new TableOperation.Rename(ObjectName.of("a"), "a2"));
        replay.apply(new TableOperation.SwapWith(ObjectName.of("b"), "c"));
        replay.apply(new TableOperation.DropTable(ObjectName.of("a2"), false, false));
        replay.apply(new TableOperation.CreateTable(a, false));

        assertThat(replay.find(ObjectName.of("b"))).get().extracting(o -> ((Table) o).columns()).isEqualTo(c.columns());
        assertThat(replay.find(ObjectName.of("a2"))).isEmpty();
        assertThat(replay.schema().objects()).extracting(o -> o.name().name()).containsExactly("b", "c", "a");
        assertThatThrownBy(() -> replay.apply(new TableOperation.DropTable(ObjectName.of("a2"), false, false)))
                .isInstanceOf(ReplayException.class)
                .hasMessageStartingWith("statement 6 (DROP TABLE `a2`): table `a2` does not exist")
                .satisfies(e -> assertThat(((ReplayException) e).withoutIndex())
                        .startsWith("statement (DROP TABLE `a2`): table `a2` does not exist"));
        assertThat(replay.schema().objects()).hasSize(3); // the refused statement changed nothing
    }

    @Test
    void aNameWithoutDatabaseThatMatchesTwoObjectsIsAmbiguous() {
        Table inA = Table.builder(ObjectName.of("da", "t")).column("x", Types.INT).build();
        Table inB = Table.builder(ObjectName.of("db", "t")).column("x", Types.INT).build();
        SchemaReplay replay = SchemaReplay.startingFrom(Schema.of(inA, inB), SchemaReplay.ObjectRules.TRUST);
        assertThat(replay.find(ObjectName.of("db", "t"))).contains(inB);
        assertThat(replay.find(T)).isEmpty();
        assertThatThrownBy(() -> replay.apply(new TableOperation.SetComment(T, "c")))
                .hasMessageContaining("the name `t` matches both `da`.`t` and `db`.`t`; qualify it with its database");
        replay.apply(new TableOperation.DropTable(ObjectName.of("da", "t"), false, false));
        replay.apply(new TableOperation.SetComment(T, "c"));
        assertThat(replay.schema().objects()).containsExactly(inB.toBuilder().comment("c").build());
    }

    @Test
    void validatingReplayRefusesAStatementThatLeavesAnObjectTheServerWouldRefuse() {
        Table agg = Table.builder("agg").column("k", Types.INT).column("v", Types.INT, c -> c.aggregate(AggregateType.SUM))
                .aggregateKey("k").distributedBy(Distribution.hash("k")).build();
        Table noAggregate = agg.toBuilder().columns(List.of(agg.columns().get(0),
                Column.builder("v", Types.INT).build())).buildUnchecked();

        assertThat(SchemaReplay.apply(Schema.empty(), new TableOperation.CreateTable(noAggregate, false)).objects())
                .hasSize(1); // trusted: taken as written
        SchemaReplay validating = SchemaReplay.startingFrom(Schema.empty(), SchemaReplay.ObjectRules.VALIDATE);
        assertThatThrownBy(() -> validating.apply(new TableOperation.CreateTable(noAggregate, false)))
                .isInstanceOf(ReplayException.class)
                .hasMessageContaining("statement 1 (CREATE TABLE `agg`): table agg, column 'v': AGG_KEYS table should "
                        + "specify aggregate type");
        validating.apply(new TableOperation.CreateTable(agg, false));
        assertThatThrownBy(() -> validating.apply(new TableOperation.AlterColumns(ObjectName.of("agg"), List.of(
                new ColumnClause.Add(Column.builder("w", Types.INT).build(), ColumnPosition.after("v"))))))
                .hasMessageContaining("ADD COLUMN `w`): table `agg`: StarRocks keeps key columns first");
    }

    @Test
    void viewsAndMaterializedViews() {
        View v = View.builder("v").as("SELECT id FROM t").build();
        MaterializedView mv = MaterializedView.builder("mv").refresh(Refresh.manual())
                .as("SELECT dt, count(*) FROM t GROUP BY dt").build();
        ObjectName vn = ObjectName.of("v");
        ObjectName mn = ObjectName.of("mv");
        Schema s = SchemaReplay.apply(start(), List.of(
                new ViewOperation.CreateView(v, false, false),
                new ViewOperation.AlterView(vn, List.of(), "SELECT name FROM t"),
                new MaterializedViewOperation.CreateMaterializedView(mv, false),
                new MaterializedViewOperation.SetRefresh(mn, Refresh.asyncEvery(1, "DAY")),
                new MaterializedViewOperation.SetProperties(mn, Map.of("mv_rewrite_staleness_second", "60")),
                new MaterializedViewOperation.SetActive(mn, false),
                new MaterializedViewOperation.Rename(mn, "mv2")));
        assertThat(((View) s.find("v").orElseThrow()).definition()).isEqualTo("SELECT name FROM t");
        MaterializedView changed = (MaterializedView) s.find("mv2").orElseThrow();
        assertThat(changed.refresh()).isEqualTo(Refresh.asyncEvery(1, "DAY"));
        assertThat(changed.properties()).containsEntry("mv_rewrite_staleness_second", "60");

        View replaced = View.builder("v").as("SELECT 2").build();
        Schema r = SchemaReplay.apply(s, new ViewOperation.CreateView(replaced, true, false));
        assertThat(r.find("v")).contains(replaced);
        assertThatThrownBy(() -> SchemaReplay.apply(s, new ViewOperation.AlterView(ObjectName.of("t"), List.of(),
                "SELECT 1"))).hasMessageContaining("`t` is a table, not a view");
        assertThatThrownBy(() -> SchemaReplay.apply(s, new MaterializedViewOperation.SetActive(mn, true)))
                .hasMessageContaining("materialized view `mv` does not exist");
    }

    @Test
    void copyRowsChecksBothTablesAndColumns() {
        Table other = Table.builder("u").column("id", Types.BIGINT).build();
        Schema s = Schema.of(events(), other);
        assertThat(SchemaReplay.apply(s, new TableOperation.CopyRows(ObjectName.of("u"), T, List.of("id"))))
                .isEqualTo(s);
        assertThatThrownBy(() -> SchemaReplay.apply(s,
                new TableOperation.CopyRows(ObjectName.of("u"), T, List.of("name"))))
                .hasMessageContaining("INSERT INTO names column `name`");
    }
}
