package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.starrocks4j.operation.ColumnClause;
import org.starrocks4j.operation.ColumnPosition;
import org.starrocks4j.operation.MaterializedViewOperation;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.operation.ViewOperation;
import org.starrocks4j.rules.RunMode;
import org.starrocks4j.rules.ServerProfile;
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
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;
import org.starrocks4j.schema.ViewSecurity;
import org.starrocks4j.types.Types;

/** The diff engine on DSL-built schemas; cases follow python-client.md §8.2 items 12–22. */
class SchemaDiffTest {

    private static final ObjectName T = ObjectName.of("t");

    private static Table.Builder table() {
        return Table.builder("t").column("id", Types.INT).column("col2", Types.INT).column("col3", Types.INT)
                .duplicateKey("id");
    }

    private static DiffResult diff(Table from, Table to) {
        return SchemaDiff.between(Schema.of(from), Schema.of(to));
    }

    private static DiffResult diff(Table from, Table to, DiffOptions options) {
        return SchemaDiff.between(Schema.of(from), Schema.of(to), options);
    }

    @Test
    void aSchemaAgainstItselfGivesNothing() {
        Table t = table().comment("c").distributedBy(Distribution.hash(8, "id")).orderBy("id")
                .property("replication_num", "1").index(Index.of("ix", IndexType.BITMAP, "col2")).build();
        View v = View.builder("v").comment("view").security(ViewSecurity.INVOKER).as("SELECT id FROM t").build();
        MaterializedView mv = MaterializedView.builder("mv").refresh(Refresh.asyncEvery(1, "HOUR"))
                .property("replication_num", "1").as("SELECT id, count(*) FROM t GROUP BY id").build();
        Schema s = Schema.of(t, v, mv);
        DiffResult result = SchemaDiff.between(s, s);
        assertThat(result.isEmpty()).isTrue();
        assertThat(result.warnings()).isEmpty();
    }

    @Nested
    class Properties {

        @Test
        void partitionedTablesChangeReplicationAndMediumThroughDefaultPrefix() {
            Table from = table().partitionBy(Partitioning.rangeOn("id")).property("replication_num", "2").build();
            Table to = table().partitionBy(Partitioning.rangeOn("id")).property("replication_num", "3")
                    .property("storage_medium", "SSD").build();
            DiffResult result = diff(from, to);
            // default.* for partitions created later, MODIFY PARTITION (*) for the existing ones (live/alter/14, 37)
            assertThat(result.upgrade()).containsExactly(
                    new TableOperation.SetProperty(T, "default.replication_num", "3"),
                    new TableOperation.ModifyPartitions(T, List.of(), Map.of("replication_num", "3")),
                    new TableOperation.SetProperty(T, "default.storage_medium", "SSD"),
                    new TableOperation.ModifyPartitions(T, List.of(), Map.of("storage_medium", "SSD")));
            assertThat(result.downgrade()).containsExactly(
                    new TableOperation.SetProperty(T, "default.replication_num", "2"),
                    new TableOperation.ModifyPartitions(T, List.of(), Map.of("replication_num", "2")),
                    new TableOperation.SetProperty(T, "default.storage_medium", "HDD"),
                    new TableOperation.ModifyPartitions(T, List.of(), Map.of("storage_medium", "HDD")));
        }

        @Test
        void unpartitionedTablesSetReplicationDirectly() {
            DiffResult result = diff(table().property("replication_num", "2").build(),
                    table().property("replication_num", "3").build());
            assertThat(result.upgrade()).containsExactly(new TableOperation.SetProperty(T, "replication_num", "3"));
        }

        @Test
        void onlyChangedKeysAreSet() {
            DiffResult result = diff(table().property("partition_live_number", "3").property("replication_num", "3")
                    .build(), table().property("partition_live_number", "5").property("replication_num", "3").build());
            assertThat(result.upgrade()).containsExactly(
                    new TableOperation.SetProperty(T, "partition_live_number", "5"));
            assertThat(result.downgrade()).containsExactly(
                    new TableOperation.SetProperty(T, "partition_live_number", "3"));
        }

        @Test
        void unmanagedNonDefaultValueIsReportedNotReset() {
            DiffResult result = diff(table().property("replication_num", "2").build(), table().build());
            assertThat(result.isEmpty()).isTrue();
            assertThat(result.warnings()).singleElement().asString()
                    .contains("\"replication_num\" is \"2\"", "server default \"3\"", "--reset-properties");
        }

        @Test
        void unmanagedNonDefaultValueIsResetWhenAsked() {
            Table from = table().partitionBy(Partitioning.rangeOn("id")).property("replication_num", "2").build();
            Table to = table().partitionBy(Partitioning.rangeOn("id")).build();
            DiffResult result = diff(from, to, DiffOptions.defaults().resetUnmanagedProperties());
            assertThat(result.upgrade()).containsExactly(
                    new TableOperation.SetProperty(T, "default.replication_num", "3"),
                    new TableOperation.ModifyPartitions(T, List.of(), Map.of("replication_num", "3")));
            assertThat(result.downgrade()).containsExactly(
                    new TableOperation.SetProperty(T, "default.replication_num", "2"),
                    new TableOperation.ModifyPartitions(T, List.of(), Map.of("replication_num", "2")));
        }

        @Test
        void sharedDataDefaultsAndIgnoredProperties() {
            DiffOptions sharedData = DiffOptions.defaults()
                    .withServer(ServerProfile.of("3.5.2", RunMode.SHARED_DATA)).resetUnmanagedProperties();
            DiffResult result = diff(table().property("replication_num", "3").property("storage_medium", "SSD").build(),
                    table().build(), sharedData);
            assertThat(result.upgrade()).containsExactly(new TableOperation.SetProperty(T, "replication_num", "1"));
        }

        @Test
        void propertyWithoutKnownDefaultIsOnlyReported() {
            DiffResult result = diff(table().property("colocate_with", "x").build(), table().build(),
                    DiffOptions.defaults().resetUnmanagedProperties());
            assertThat(result.isEmpty()).isTrue();
            assertThat(result.warnings()).singleElement().asString().contains("colocate_with", "no known default");
        }

        @Test
        void statisticsCollectionFlagFollowsItsOwnRules() {
            assertThat(diff(table().build(), table().property("enable_statistic_collect_on_first_load", "true")
                    .build()).isEmpty()).isTrue();
            DiffResult silent = diff(table().property("enable_statistic_collect_on_first_load", "false").build(),
                    table().build(), DiffOptions.defaults().resetUnmanagedProperties());
            assertThat(silent.isEmpty()).isTrue();
            assertThat(silent.warnings()).isEmpty();
        }

        @Test
        void keyCaseAndValueCaseDoNotMatter() {
            assertThat(diff(table().property("REPLICATION_NUM", "1").property("compression", "zstd(7)").build(),
                    table().property("replication_num", "1").property("compression", "ZSTD(7)").build()).isEmpty())
                    .isTrue();
        }

        @Test
        void serverReportedDefaultsAreNoDifference() {
            Table printed = table().property("compression", "LZ4").property("fast_schema_evolution", "true")
                    .property("replicated_storage", "true").property("replication_num", "3")
                    .property("bucket_size", "4294967296").property("enable_persistent_index", "false").build();
            DiffResult result = diff(printed, table().build());
            assertThat(result.isEmpty()).isTrue();
            assertThat(result.warnings()).isEmpty();
        }
    }

    @Nested
    class NonAlterable {

        @Test
        void engineChangeFailsNamingTableAttributeAndValues() {
            assertThatThrownBy(() -> diff(table().build(), table().engine("MYSQL").build()))
                    .isInstanceOf(NonAlterableChangeException.class)
                    .hasMessageContaining("table `t`: ENGINE OLAP -> MYSQL")
                    .hasMessageContaining("--allow-rebuild");
        }

        @Test
        void keyTypeChangeFails() {
            assertThatThrownBy(() -> diff(table().build(), table().primaryKey("id").build()))
                    .isInstanceOf(NonAlterableChangeException.class)
                    .hasMessageContaining("key model DUPLICATE KEY(`id`) -> PRIMARY KEY(`id`)");
        }

        @Test
        void partitionSchemeChangeFails() {
            Table from = table().partitionBy(Partitioning.rangeOn("id")).build();
            Table to = table().partitionBy(Partitioning.listOn("col2")).build();
            assertThatThrownBy(() -> diff(from, to))
                    .isInstanceOf(NonAlterableChangeException.class)
                    .hasMessageContaining("partitioning scheme RANGE(id) -> LIST(col2)");
        }

        @Test
        void aggregateTypeChangeFails() {
            Table.Builder agg = Table.builder("t").column("k", Types.INT).aggregateKey("k")
                    .distributedBy(Distribution.hash("k"));
            Table from = agg.column(Column.builder("v", Types.INT).aggregate(AggregateType.SUM).build()).build();
            Table to = Table.builder("t").column("k", Types.INT).aggregateKey("k").distributedBy(Distribution.hash("k"))
                    .column(Column.builder("v", Types.INT).aggregate(AggregateType.MAX).build()).build();
            assertThatThrownBy(() -> diff(from, to))
                    .isInstanceOf(NonAlterableChangeException.class)
                    .hasMessageContaining("aggregate type of column `v` SUM -> MAX");
        }

        @Test
        void complexTypeChangeFails() {
            Table from = Table.builder("t").column("id", Types.INT).column("a", Types.array(Types.INT)).build();
            Table to = Table.builder("t").column("id", Types.INT).column("a", Types.array(Types.BIGINT)).build();
            assertThatThrownBy(() -> diff(from, to))
                    .isInstanceOf(NonAlterableChangeException.class)
                    .hasMessageContaining("column `a` ARRAY<INT> NULL -> ARRAY<BIGINT> NULL")
                    .hasMessageContaining("cannot MODIFY an ARRAY, MAP or STRUCT column");
        }

        @Test
        void everyProblemIsListedAtOnce() {
            assertThatThrownBy(() -> diff(table().build(), table().engine("MYSQL").primaryKey("id").build()))
                    .isInstanceOf(NonAlterableChangeException.class)
                    .satisfies(e -> assertThat(((NonAlterableChangeException) e).changes()).hasSize(2));
        }

        @Test
        void rebuildPlanCreatesCopiesSwapsAndDrops() {
            Table from = table().build();
            Table to = Table.builder("t").column("id", Types.INT, Column.Builder::notNull).column("col2", Types.INT)
                    .column("extra", Types.STRING).primaryKey("id").build();
            DiffResult result = diff(from, to, DiffOptions.defaults().allowRebuild());
            assertThat(result.changes()).singleElement().satisfies(c -> {
                assertThat(c.rebuilds()).isTrue();
                assertThat(c.destructive()).isTrue();
                ObjectName tmp = ObjectName.of("t__starrocks4j_rebuild");
                assertThat(c.upgrade()).containsExactly(
                        new TableOperation.CreateTable(to.toBuilder().name(tmp).buildUnchecked(), false),
                        new TableOperation.CopyRows(tmp, T, List.of("id", "col2")),
                        new TableOperation.SwapWith(T, tmp.name()),
                        new TableOperation.DropTable(tmp, false, false));
                assertThat(c.downgrade()).containsExactly(
                        new TableOperation.CreateTable(from.toBuilder().name(tmp).buildUnchecked(), false),
                        new TableOperation.CopyRows(tmp, T, List.of("id", "col2")),
                        new TableOperation.SwapWith(T, tmp.name()),
                        new TableOperation.DropTable(tmp, false, false));
                assertThat(c.warnings()).anyMatch(w -> w.contains("key model"))
                        .anyMatch(w -> w.contains("column(s) col3 are not copied"));
            });
        }
    }

    @Nested
    class Layout {

        @Test
        void distributionChange() {
            DiffResult result = diff(table().distributedBy(Distribution.hash(8, "id")).build(),
                    table().distributedBy(Distribution.hash(16, "user_id")).column("user_id", Types.INT).build());
            assertThat(result.upgrade()).contains(
                    new TableOperation.SetDistribution(T, Distribution.hash(16, "user_id")));
            assertThat(result.downgrade()).contains(new TableOperation.SetDistribution(T, Distribution.hash(8, "id")));
            assertThat(result.changes()).anyMatch(c -> c.flags().contains(ChangeFlag.ASYNC_JOB));
        }

        @Test
        void distributionEquivalences() {
            assertThat(diff(table().distributedBy(Distribution.hash(8, "ID")).build(),
                    table().distributedBy(Distribution.hash(8, "id")).build()).isEmpty()).isTrue();
            assertThat(diff(table().distributedBy(Distribution.hash("Id")).build(),
                    table().distributedBy(Distribution.hash("id")).build()).isEmpty()).isTrue();
            // the model gives no BUCKETS: the server's count stands
            assertThat(diff(table().distributedBy(Distribution.hash(8, "id")).build(),
                    table().distributedBy(Distribution.hash("id")).build()).isEmpty()).isTrue();
            assertThat(diff(table().distributedBy(Distribution.random()).build(), table().build()).isEmpty()).isTrue();
            Table pk = Table.builder("t").column("id", Types.INT).primaryKey("id").build();
            assertThat(diff(pk.toBuilder().distributedBy(Distribution.hash("id")).build(), pk).isEmpty()).isTrue();
        }

        @Test
        void rangeDistributionOnSharedDataCannotBecomeHash() {
            DiffOptions sharedData41 = DiffOptions.defaults().withServer(ServerProfile.of("4.1.1-ee", RunMode.SHARED_DATA));
            assertThatThrownBy(() -> diff(table().build(), table().distributedBy(Distribution.hash("id")).build(),
                    sharedData41))
                    .isInstanceOf(NonAlterableChangeException.class)
                    .hasMessageContaining("distribution RANGE (implicit) -> HASH(`id`)");
        }

        @Test
        void orderByChangeAndEquivalences() {
            DiffResult result = diff(table().orderBy("id", "col3").build(), table().orderBy("col2", "col3").build());
            assertThat(result.upgrade()).containsExactly(new TableOperation.SetOrderBy(T, List.of("col2", "col3")));
            assertThat(result.downgrade()).containsExactly(new TableOperation.SetOrderBy(T, List.of("id", "col3")));
            assertThat(diff(table().orderBy("id", "COL2").build(), table().orderBy("ID", "col2").build()).isEmpty())
                    .isTrue();
            // no ORDER BY in the model: the server's sort key is not managed
            assertThat(diff(table().orderBy("col2").build(), table().build()).isEmpty()).isTrue();
            // the implicit sort key is the key
            assertThat(diff(table().build(), table().orderBy("id").build()).isEmpty()).isTrue();
        }

        @Test
        void engineCaseAndImplicitDuplicateKey() {
            assertThat(diff(table().engine("olap").build(), table().build()).isEmpty()).isTrue();
            Table noKey = Table.builder("t").column("id", Types.INT).build();
            assertThat(diff(noKey, noKey.toBuilder().duplicateKey("id").build()).isEmpty()).isTrue();
        }

        /** The table holds the key the server inferred (here `k`: a VARCHAR ends it); stating another changes it. */
        @Test
        void statingAKeyOtherThanTheInferredOneIsAKeyChange() {
            Table noKey = Table.builder("t").column("k", Types.varchar(20)).column("v", Types.INT).build();
            assertThatThrownBy(() -> diff(noKey, noKey.toBuilder().duplicateKey("k", "v").build()))
                    .isInstanceOf(NonAlterableChangeException.class)
                    .hasMessageContaining("key columns DUPLICATE KEY (implicit) -> DUPLICATE KEY(`k`, `v`)");
            // the other way the model leaves the key to the server, which keeps it
            assertThat(diff(noKey.toBuilder().duplicateKey("k", "v").build(), noKey).isEmpty()).isTrue();
        }

        @Test
        void commentSetAndRemoved() {
            DiffResult set = diff(table().build(), table().comment("events").build());
            assertThat(set.upgrade()).containsExactly(new TableOperation.SetComment(T, "events"));
            assertThat(set.downgrade()).containsExactly(new TableOperation.SetComment(T, ""));
            assertThat(diff(table().comment("").build(), table().build()).isEmpty()).isTrue();
        }

        @Test
        void indexesCreatedDroppedAndRecreated() {
            Index bitmap = Index.of("ix", IndexType.BITMAP, "col2");
            Index ngram = new Index("ix", List.of("col2"), IndexType.BITMAP, java.util.Map.of(), "now commented");
            assertThat(diff(table().build(), table().index(bitmap).build()).upgrade())
                    .containsExactly(new TableOperation.CreateIndex(T, bitmap));
            assertThat(diff(table().index(bitmap).build(), table().build()).upgrade())
                    .containsExactly(new TableOperation.DropIndex(T, "ix"));
            DiffResult changed = diff(table().index(bitmap).build(), table().index(ngram).build());
            assertThat(changed.upgrade()).containsExactly(new TableOperation.DropIndex(T, "ix"),
                    new TableOperation.CreateIndex(T, ngram));
            assertThat(changed.downgrade()).containsExactly(new TableOperation.DropIndex(T, "ix"),
                    new TableOperation.CreateIndex(T, bitmap));
        }

        @Test
        void preCreatedPartitionsAddedAndDropped() {
            PartitionDefinition p1 = PartitionDefinition.lessThan("p1", "100");
            PartitionDefinition p2 = PartitionDefinition.lessThan("p2", "200");
            Table from = table().partitionBy(Partitioning.rangeOn("id").withPartitions(p1)).build();
            Table to = table().partitionBy(Partitioning.rangeOn("id").withPartitions(p1, p2)).build();
            DiffResult add = diff(from, to);
            assertThat(add.upgrade()).containsExactly(new TableOperation.AddPartition(T, p2, false));
            assertThat(add.downgrade()).containsExactly(new TableOperation.DropPartition(T, "p2", true, false));
            DiffResult drop = diff(to, from);
            assertThat(drop.upgrade()).containsExactly(new TableOperation.DropPartition(T, "p2", false, false));
            assertThat(drop.destructive()).isTrue();
            // a model that lists no partitions leaves them to the server
            assertThat(diff(to, table().partitionBy(Partitioning.rangeOn("id")).build()).isEmpty()).isTrue();
        }
    }

    @Nested
    class Columns {

        @Test
        void addsAndDropsCombineIntoOneStatement() {
            Table from = Table.builder("my_table").database("mydb").column("id", Types.INT).column("c", Types.INT).build();
            Table to = Table.builder("my_table").database("mydb").column("id", Types.INT)
                    .column("a", Types.INT, Column.Builder::nullable)
                    .column("b", Types.varchar(50), c -> c.notNull().defaultValue("")).build();
            DiffResult result = SchemaDiff.between(Schema.of(from), Schema.of(to));
            ObjectName name = ObjectName.of("mydb", "my_table");
            assertThat(result.changes()).singleElement().satisfies(c -> {
                assertThat(c.destructive()).isTrue();
                assertThat(c.flags()).contains(ChangeFlag.ASYNC_JOB);
                assertThat(c.upgrade()).containsExactly(new TableOperation.AlterColumns(name, List.of(
                        new ColumnClause.Add(to.columns().get(1), null),
                        new ColumnClause.Add(to.columns().get(2), null),
                        new ColumnClause.Drop("c"))));
                assertThat(c.downgrade()).containsExactly(new TableOperation.AlterColumns(name, List.of(
                        new ColumnClause.Drop("a"),
                        new ColumnClause.Drop("b"),
                        // `c` is in the key the server inferred (DUPLICATE KEY(id, c)): it goes back into it
                        new ColumnClause.Add(from.columns().get(1), null, true))));
            });
        }

        @Test
        void addedColumnKeepsItsPosition() {
            // value columns after the key: the server refuses a value column before a key column
            Table from = Table.builder("t").column("k", Types.INT).column("a", Types.INT).column("c", Types.INT)
                    .duplicateKey("k").build();
            Table to = Table.builder("t").column("k", Types.INT).column("x", Types.INT).column("a", Types.INT)
                    .column("b", Types.INT).column("c", Types.INT).duplicateKey("k").build();
            assertThat(diff(from, to).upgrade()).containsExactly(new TableOperation.AlterColumns(T, List.of(
                    new ColumnClause.Add(to.columns().get(1), ColumnPosition.after("k")),
                    new ColumnClause.Add(to.columns().get(3), ColumnPosition.after("a")))));
            assertThat(diff(to, from).upgrade()).containsExactly(new TableOperation.AlterColumns(T, List.of(
                    new ColumnClause.Drop("x"), new ColumnClause.Drop("b"))));
            assertThat(diff(to, from).downgrade()).containsExactly(new TableOperation.AlterColumns(T, List.of(
                    new ColumnClause.Add(to.columns().get(1), ColumnPosition.after("k")),
                    new ColumnClause.Add(to.columns().get(3), ColumnPosition.after("a")))));
        }

        @Test
        void modifyRestatesTheWholeColumnWithExplicitNullability() {
            Table from = Table.builder("t").column("c", Types.SMALLINT, Column.Builder::notNull).build();
            Table to = Table.builder("t").column("c", Types.SMALLINT).build();
            DiffResult result = diff(from, to);
            assertThat(result.upgrade()).containsExactly(new TableOperation.AlterColumns(T, List.of(
                    new ColumnClause.Modify(Column.builder("c", Types.SMALLINT).nullable().build(), null, true))));
            // NULL -> NOT NULL is refused, so the downgrade cannot restate it: the change says so
            assertThat(result.downgrade()).isEmpty();
            assertThat(result.changes()).singleElement().satisfies(c -> {
                assertThat(c.irreversible()).isTrue();
                assertThat(c.flags()).contains(ChangeFlag.IRREVERSIBLE);
                assertThat(c.notUndone()).singleElement().asString().contains("column `c`",
                        "Can not change from nullable to non-nullable");
            });
        }

        @Test
        void defaultCommentAndNullabilityChanges() {
            Table from = Table.builder("t").column("c", Types.varchar(10), c -> c.defaultValue("abc")).build();
            Table to = Table.builder("t").column("c", Types.varchar(20),
                    c -> c.nullable().defaultValue("abc").comment("greeting")).build();
            assertThat(diff(from, to).upgrade()).containsExactly(new TableOperation.AlterColumns(T, List.of(
                    new ColumnClause.Modify(to.columns().get(0), null, true))));
            Table ts = Table.builder("t").column("c", Types.DATETIME, Column.Builder::defaultCurrentTimestamp).build();
            assertThatThrownBy(() -> diff(Table.builder("t").column("c", Types.DATETIME).build(), ts))
                    .isInstanceOf(NonAlterableChangeException.class).hasMessageContaining("Can not change default value");
            Table tsAsExpression = Table.builder("t").column("c", Types.DATETIME,
                    c -> c.defaultExpression("CURRENT_TIMESTAMP")).build();
            assertThat(diff(ts, tsAsExpression).isEmpty()).isTrue();
            Table zero = Table.builder("t").column("c", Types.INT, c -> c.defaultValue("0")).build();
            Table zeroAsExpression = Table.builder("t").column("c", Types.INT, c -> c.defaultExpression("0")).build();
            assertThat(diff(zero, zeroAsExpression).isEmpty()).isTrue();
            Table generated = Table.builder("t").column("a", Types.INT).column("g", Types.INT,
                    c -> c.generatedAs("(`a` * 10)")).build();
            assertThat(diff(generated, Table.builder("t").column("a", Types.INT).column("g", Types.INT,
                    c -> c.generatedAs("a * 10")).build()).isEmpty()).isTrue();
        }

        @Test
        void equivalentSpellingsAreNoChange() {
            Table from = Table.builder("t").column("k", Types.INT)
                    .column("ID", Types.varchar(65533), c -> c.comment("")).primaryKey("k").build();
            Table to = Table.builder("t").column("k", Types.INT, Column.Builder::notNull).column("id", Types.STRING)
                    .primaryKey("k").build();
            assertThat(diff(from, to).isEmpty()).isTrue();
        }

        @Test
        void narrowingIsRefused() {
            assertThatThrownBy(() -> diff(Table.builder("t").column("c", Types.BIGINT).build(),
                    Table.builder("t").column("c", Types.INT).build()))
                    .isInstanceOf(NonAlterableChangeException.class).hasMessageContaining("cannot narrow an integer column");
            assertThatThrownBy(() -> diff(Table.builder("t").column("c", Types.varchar(20)).build(),
                    Table.builder("t").column("c", Types.varchar(10)).build()))
                    .isInstanceOf(NonAlterableChangeException.class).hasMessageContaining("Cannot shorten string length");
        }

        @Test
        void primaryKeyTablesRefuseKeyAndSortColumnChanges() {
            Table from = Table.builder("t").column("k0", Types.INT, Column.Builder::notNull).column("v", Types.INT)
                    .column("s", Types.INT).primaryKey("k0").orderBy("s").build();
            Table widenedKey = Table.builder("t").column("k0", Types.BIGINT, Column.Builder::notNull)
                    .column("v", Types.INT).column("s", Types.INT).primaryKey("k0").orderBy("s").build();
            assertThatThrownBy(() -> diff(from, widenedKey)).isInstanceOf(NonAlterableChangeException.class)
                    .hasMessageContaining("column `k0`").hasMessageContaining("\"Can not modify key column\"");
            Table noSortColumn = Table.builder("t").column("k0", Types.INT, Column.Builder::notNull)
                    .column("v", Types.INT).primaryKey("k0").orderBy("v").build();
            assertThatThrownBy(() -> diff(from, noSortColumn)).isInstanceOf(NonAlterableChangeException.class)
                    .hasMessageContaining("dropped sort-key column `s`");
        }

        @Test
        void newAutoIncrementColumnIsRefused() {
            Table from = Table.builder("t").column("k", Types.INT).build();
            Table to = from.toBuilder().column("n", Types.BIGINT, c -> c.notNull().autoIncrement()).build();
            assertThatThrownBy(() -> diff(from, to)).isInstanceOf(NonAlterableChangeException.class)
                    .hasMessageContaining("cannot ADD an AUTO_INCREMENT column");
        }

        @Test
        void layoutChangesGoFirstUnlessTheyNeedANewColumn() {
            Table from = table().distributedBy(Distribution.hash("col3")).build();
            Table dropsOldHashColumn = Table.builder("t").column("id", Types.INT).column("col2", Types.INT)
                    .duplicateKey("id").distributedBy(Distribution.hash("id")).build();
            assertThat(diff(from, dropsOldHashColumn).upgrade()).extracting(Object::getClass).containsExactly(
                    (Class) TableOperation.SetDistribution.class, TableOperation.AlterColumns.class);
            Table hashesNewColumn = table().column("n", Types.INT).distributedBy(Distribution.hash("n")).build();
            assertThat(diff(from, hashesNewColumn).upgrade()).extracting(Object::getClass).containsExactly(
                    (Class) TableOperation.AlterColumns.class, TableOperation.SetDistribution.class);
        }

        @Test
        void autoIncrementChangeIsOnlyReported() {
            DiffResult result = diff(Table.builder("t").column("c", Types.BIGINT, Column.Builder::notNull).build(),
                    Table.builder("t").column("c", Types.BIGINT, c -> c.notNull().autoIncrement()).build());
            assertThat(result.isEmpty()).isTrue();
            assertThat(result.warnings()).singleElement().asString().contains("AUTO_INCREMENT");
        }
    }

    @Nested
    class Views {

        private final View base = View.builder("v").as("SELECT 1 AS `val`").build();

        @Test
        void spellingDifferencesAreNoChange() {
            assertThat(SchemaDiff.between(Schema.of(base), Schema.of(View.builder("v").as("select 1 as val").build()))
                    .isEmpty()).isTrue();
        }

        @Test
        void definitionChangeIsAlterView() {
            View to = View.builder("v").as("SELECT 2 AS val").build();
            DiffResult result = SchemaDiff.between(Schema.of(base), Schema.of(to));
            assertThat(result.upgrade()).containsExactly(
                    new ViewOperation.AlterView(ObjectName.of("v"), List.of(), "SELECT 2 AS val"));
            assertThat(result.downgrade()).containsExactly(
                    new ViewOperation.AlterView(ObjectName.of("v"), List.of(), "SELECT 1 AS `val`"));
        }

        @Test
        void commentOrSecurityChangeIsAnExplicitRecreate() {
            View commented = base.toBuilder().comment("now with a comment").build();
            DiffResult result = SchemaDiff.between(Schema.of(base), Schema.of(commented));
            assertThat(result.changes()).singleElement().satisfies(c -> {
                assertThat(c.recreates()).isTrue();
                assertThat(c.upgrade()).containsExactly(new ViewOperation.DropView(ObjectName.of("v"), true),
                        new ViewOperation.CreateView(commented, false, false));
                assertThat(c.downgrade()).containsExactly(new ViewOperation.DropView(ObjectName.of("v"), true),
                        new ViewOperation.CreateView(base, false, false));
                assertThat(c.warnings()).singleElement().asString().contains("ALTER VIEW cannot change COMMENT");
            });
            View invoker = base.toBuilder().security(ViewSecurity.INVOKER).build();
            assertThat(SchemaDiff.between(Schema.of(base), Schema.of(invoker)).changes())
                    .singleElement().satisfies(c -> assertThat(c.description()).contains("SECURITY"));
            View none = base.toBuilder().security(ViewSecurity.NONE).build();
            assertThat(SchemaDiff.between(Schema.of(base), Schema.of(none)).isEmpty()).isTrue();
        }
    }

    @Nested
    class MaterializedViews {

        private final MaterializedView mv = MaterializedView.builder("mv").refresh(Refresh.async())
                .as("SELECT id FROM t").build();
        private final ObjectName name = ObjectName.of("mv");

        @Test
        void refreshChangeIsAlter() {
            MaterializedView manual = mv.toBuilder().refresh(Refresh.manual()).build();
            DiffResult result = SchemaDiff.between(Schema.of(mv), Schema.of(manual));
            assertThat(result.upgrade()).containsExactly(new MaterializedViewOperation.SetRefresh(name, Refresh.manual()));
            assertThat(result.downgrade()).containsExactly(new MaterializedViewOperation.SetRefresh(name, Refresh.async()));
            MaterializedView immediate = mv.toBuilder().refresh(Refresh.async().immediate()).build();
            assertThat(SchemaDiff.between(Schema.of(mv), Schema.of(immediate)).isEmpty()).isTrue();
        }

        @Test
        void propertiesChangeInOneSet() {
            MaterializedView to = mv.toBuilder().property("mv_rewrite_staleness_second", "60")
                    .property("replication_num", "1").build();
            DiffResult result = SchemaDiff.between(Schema.of(mv), Schema.of(to));
            assertThat(result.upgrade()).containsExactly(new MaterializedViewOperation.SetProperties(name,
                    Map.of("mv_rewrite_staleness_second", "60", "replication_num", "1")));
            assertThat(result.downgrade()).containsExactly(new MaterializedViewOperation.SetProperties(name,
                    Map.of("mv_rewrite_staleness_second", "0", "replication_num", "3")));
        }

        @Test
        void queryChangeIsAFlaggedRecreate() {
            MaterializedView to = mv.toBuilder().as("SELECT id, 2 FROM t").build();
            DiffResult result = SchemaDiff.between(Schema.of(mv), Schema.of(to));
            assertThat(result.changes()).singleElement().satisfies(c -> {
                assertThat(c.recreates()).isTrue();
                assertThat(c.destructive()).isTrue();
                assertThat(c.upgrade()).containsExactly(new MaterializedViewOperation.DropMaterializedView(name, true),
                        new MaterializedViewOperation.CreateMaterializedView(to, false));
                assertThat(c.warnings()).singleElement().asString().contains("cannot change the query");
            });
        }

        @Test
        void layoutOrCommentChangeIsARecreate() {
            MaterializedView to = mv.toBuilder().distributedBy(Distribution.hash(4, "id")).comment("c").build();
            assertThat(SchemaDiff.between(Schema.of(mv), Schema.of(to)).changes()).singleElement()
                    .satisfies(c -> assertThat(c.description()).contains("DISTRIBUTED BY, COMMENT"));
        }
    }

    @Nested
    class Ordering {

        private final Table t = Table.builder("t").column("id", Types.INT).build();
        private final View v1 = View.builder("v1").as("SELECT id FROM t").build();
        private final View v2 = View.builder("v2").as("SELECT id FROM `v1`").build();
        private final MaterializedView mv = MaterializedView.builder("mv").refresh(Refresh.manual())
                .as("SELECT id FROM v2").build();

        @Test
        void createsFollowDependencies() {
            DiffResult result = SchemaDiff.between(Schema.empty(), Schema.of(mv, v2, v1, t));
            assertThat(result.upgrade()).extracting(Operation::target).extracting(ObjectName::name)
                    .containsExactly("t", "v1", "v2", "mv");
            assertThat(result.downgrade()).extracting(Operation::target).extracting(ObjectName::name)
                    .containsExactly("mv", "v2", "v1", "t");
        }

        @Test
        void dropsGoInReverseDependencyOrderAndAreFlagged() {
            DiffResult result = SchemaDiff.between(Schema.of(t, v1, v2, mv), Schema.empty());
            assertThat(result.upgrade()).extracting(Operation::target).extracting(ObjectName::name)
                    .containsExactly("mv", "v2", "v1", "t");
            assertThat(result.changes()).allMatch(Change::destructive);
            assertThat(result.downgrade()).containsExactly(new TableOperation.CreateTable(t, false),
                    new ViewOperation.CreateView(v1, false, false), new ViewOperation.CreateView(v2, false, false),
                    new MaterializedViewOperation.CreateMaterializedView(mv, false));
        }

        @Test
        void objectsMatchWithOrWithoutDatabase() {
            Table qualified = t.toBuilder().database("db").build();
            assertThat(SchemaDiff.between(Schema.of(t), Schema.of(qualified)).isEmpty()).isTrue();
        }
    }
}
