package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.starrocks4j.operation.MaterializedViewOperation;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.ReplayException;
import org.starrocks4j.operation.SchemaReplay;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.rules.ServerProfile;
import org.starrocks4j.schema.AggregateType;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.InvalidModelException;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ModelValidator;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.Rollup;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SyncMaterializedView;
import org.starrocks4j.schema.Table;
import org.starrocks4j.sql.DdlParser;
import org.starrocks4j.types.Types;

/**
 * Synchronous materialized views through a history (replayed as the server applies it) and the diff (created and
 * dropped by name on their table), and an asynchronous MV's unstated refresh, which is the server's MANUAL.
 */
class SyncMaterializedViewHistoryTest {

    private static final ObjectName T = ObjectName.of("t");
    private static final String CREATE_T = "CREATE TABLE t (k INT NOT NULL, v BIGINT) DUPLICATE KEY(k) "
            + "DISTRIBUTED BY HASH(k) BUCKETS 1;\n";
    private static final SyncMaterializedView BY_K = SyncMaterializedView.of("by_k",
            "SELECT k, sum(v) FROM t GROUP BY k");

    private static Schema replay(String sql) {
        return SchemaReplay.apply(Schema.of(), DdlParser.parse(sql));
    }

    private static Table table(Schema schema, String name) {
        return (Table) schema.find(name).orElseThrow();
    }

    private static Table base() {
        return Table.builder("t")
                .column("k", Types.INT, Column.Builder::notNull)
                .column("v", Types.BIGINT)
                .duplicateKey("k")
                .distributedBy(Distribution.hash(1, "k"))
                .build();
    }

    @Test
    void aHistoryAddsTheViewToItsTableAndDropsItByName() {
        Schema created = replay(CREATE_T + "CREATE MATERIALIZED VIEW by_k AS SELECT k, sum(v) FROM t GROUP BY k;");
        assertThat(created.objects()).hasSize(1);
        assertThat(table(created, "t").syncMaterializedViews()).containsExactly(BY_K);

        // DROP MATERIALIZED VIEW names the view only; the replay finds its table
        Schema dropped = replay(CREATE_T + "CREATE MATERIALIZED VIEW by_k AS SELECT k, sum(v) FROM t GROUP BY k;\n"
                + "DROP MATERIALIZED VIEW by_k;\nDROP MATERIALIZED VIEW IF EXISTS by_k;");
        assertThat(table(dropped, "t").syncMaterializedViews()).isEmpty();
        assertThatThrownBy(() -> replay(CREATE_T + "DROP MATERIALIZED VIEW by_k;"))
                .isInstanceOf(ReplayException.class)
                .hasMessageContaining("materialized view `by_k` does not exist; use IF EXISTS to ignore that");
        // the diff's own statement names the table
        Schema droppedByDiff = SchemaReplay.apply(created, new TableOperation.DropSyncMaterializedView(T, "by_k"));
        assertThat(table(droppedByDiff, "t").syncMaterializedViews()).isEmpty();
    }

    @Test
    void theServersRulesOnTheViewAreReplayed() {
        assertThatThrownBy(() -> replay("CREATE MATERIALIZED VIEW by_k AS SELECT k FROM t;"))
                .isInstanceOf(ReplayException.class)
                .hasMessageContaining("table `t` does not exist; create it before this statement");
        // names are unique in the database among objects and every table's indexes
        assertThatThrownBy(() -> replay(CREATE_T + CREATE_T.replace(" t ", " u ")
                + "CREATE MATERIALIZED VIEW m AS SELECT k FROM t;\nCREATE MATERIALIZED VIEW m AS SELECT k FROM u;"))
                .isInstanceOf(ReplayException.class)
                .hasMessageContaining("Materialized view[m] already exists: table `t` has a rollup or synchronous "
                        + "materialized view of that name");
        assertThatThrownBy(() -> replay(CREATE_T + "CREATE MATERIALIZED VIEW IF NOT EXISTS t AS SELECT k FROM t;"))
                .isInstanceOf(ReplayException.class)
                .hasMessageContaining("table `t` already exists; a synchronous materialized view needs a name of its "
                        + "own");
        assertThatThrownBy(() -> SchemaReplay.apply(Schema.of(base()),
                new TableOperation.DropSyncMaterializedView(T, "nope")))
                .isInstanceOf(ReplayException.class)
                .hasMessageContaining("table `t` has no synchronous materialized view `nope`");
    }

    @Test
    void theViewFollowsItsTable() {
        String history = CREATE_T + "CREATE MATERIALIZED VIEW by_k AS SELECT k, sum(v) FROM t GROUP BY k;\n";
        // renamed: the view reads the table under its new name, and the result is a valid model
        Table renamed = table(replay(history + "ALTER TABLE t RENAME t2;"), "t2");
        assertThat(renamed.syncMaterializedViews()).containsExactly(SyncMaterializedView.of("by_k",
                "SELECT k, sum(v) FROM `t2` GROUP BY k"));
        assertThat(ModelValidator.problems(renamed)).isEmpty();
        // dropped with its table: the name is free again
        Schema again = replay(history + "DROP TABLE t;\n" + CREATE_T
                + "CREATE MATERIALIZED VIEW by_k AS SELECT k FROM t;");
        assertThat(table(again, "t").syncMaterializedViews()).extracting(SyncMaterializedView::definition)
                .containsExactly("SELECT k FROM t");
        // CREATE TABLE ... LIKE copies what SHOW CREATE TABLE prints, without it
        assertThat(table(replay(history + "CREATE TABLE u LIKE t;"), "u").syncMaterializedViews()).isEmpty();
    }

    @Test
    void aModelDeclaresItOnTheTableAndValidationChecksWhatItReads() {
        Table t = base().toBuilder().syncMaterializedView(BY_K).build();
        assertThat(t.syncMaterializedViews()).containsExactly(BY_K);
        assertThatThrownBy(() -> base().toBuilder()
                .syncMaterializedView(SyncMaterializedView.of("of_u", "SELECT k FROM u"))
                .syncMaterializedView(SyncMaterializedView.of("joined", "SELECT t.k FROM t JOIN u ON t.k = u.k"))
                .syncMaterializedView(SyncMaterializedView.of("r", "SELECT k FROM t"))
                .rollup(Rollup.of("r", "k"))
                .syncMaterializedView(SyncMaterializedView.of("t", "SELECT k FROM t"))
                .build())
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("synchronous materialized view 'of_u' of table t: the query reads u, not the "
                        + "table it belongs to; read t or declare the view on u")
                .hasMessageContaining("synchronous materialized view 'joined' of table t: the query must read one "
                        + "table, after FROM")
                .hasMessageContaining("synchronous materialized view 'r' has the name of another of the table's "
                        + "rollups or synchronous materialized views")
                .hasMessageContaining("synchronous materialized view 't' has the table's own name");
    }

    @Test
    void theDiffCreatesAndDropsTheViewsAModelDeclares() {
        Table history = table(replay(CREATE_T + "CREATE MATERIALIZED VIEW by_k AS SELECT k,\n  sum(v)\nFROM t "
                + "GROUP BY k;"), "t");
        Table model = base().toBuilder().syncMaterializedView(BY_K).build();
        // the same query spelled otherwise: no change, either way
        assertThat(SchemaDiff.between(Schema.of(history), Schema.of(model)).changes()).isEmpty();
        assertThat(SchemaDiff.between(Schema.of(model), Schema.of(history)).changes()).isEmpty();

        SyncMaterializedView changed = SyncMaterializedView.of("by_k", "SELECT k, max(v) FROM t GROUP BY k");
        SyncMaterializedView added = SyncMaterializedView.of("k_only", "SELECT k FROM t");
        Table wanted = base().toBuilder().syncMaterializedView(changed).syncMaterializedView(added).build();
        DiffResult diff = SchemaDiff.between(Schema.of(history), Schema.of(wanted));
        assertThat(diff.upgrade()).containsExactly(
                new TableOperation.DropSyncMaterializedView(T, "by_k"),
                new TableOperation.CreateSyncMaterializedView(T, changed),
                new TableOperation.CreateSyncMaterializedView(T, added));
        assertThat(diff.changes().get(1).flags()).contains(ChangeFlag.ASYNC_JOB);
        // the downgrade restores the history's view, and each direction replays to its target
        assertThat(SchemaReplay.apply(Schema.of(history), diff.upgrade())).isEqualTo(Schema.of(wanted));
        assertThat(SchemaReplay.apply(Schema.of(wanted), diff.downgrade())).isEqualTo(Schema.of(history));

        // a model that declares none leaves the table's alone, as for rollups
        DiffResult undeclared = SchemaDiff.between(Schema.of(history), Schema.of(base()));
        assertThat(undeclared.changes()).isEmpty();
        assertThat(undeclared.warnings()).singleElement().asString().contains("has synchronous materialized views the "
                + "model does not declare (by_k); they are left alone");
    }

    @Test
    void aTableIsCreatedWithItsViewsAndDroppedWithThem() {
        Table t = base().toBuilder().syncMaterializedView(BY_K).build();
        DiffResult create = SchemaDiff.between(Schema.of(), Schema.of(t));
        assertThat(create.upgrade()).containsExactly(new TableOperation.CreateTable(base(), false),
                new TableOperation.CreateSyncMaterializedView(T, BY_K));
        assertThat(create.changes().get(0).flags()).contains(ChangeFlag.ASYNC_JOB);
        assertThat(SchemaReplay.apply(Schema.of(), create.upgrade())).isEqualTo(Schema.of(t));

        DiffResult drop = SchemaDiff.between(Schema.of(t), Schema.of());
        assertThat(drop.upgrade()).containsExactly(new TableOperation.DropTable(T, false, false));
        assertThat(SchemaReplay.apply(Schema.of(), drop.downgrade())).isEqualTo(Schema.of(t));
    }

    /**
     * The server keeps synchronous MV names unique in a database: a new table taking over the view name of a table
     * that goes away waits for that table's drop, in the upgrade and (reversed) in the downgrade.
     */
    @Test
    void aTableThatGoesAwayIsDroppedBeforeANewTableTakesOverItsViewName() {
        Table old = base().toBuilder().syncMaterializedView(BY_K).build();
        Table other = Table.builder("u").column("k", Types.INT, Column.Builder::notNull).column("v", Types.BIGINT)
                .duplicateKey("k").distributedBy(Distribution.hash(1, "k"))
                .syncMaterializedView(SyncMaterializedView.of("by_k", "SELECT k, sum(v) FROM u GROUP BY k")).build();
        DiffResult diff = SchemaDiff.between(Schema.of(old), Schema.of(other));
        assertThat(diff.upgrade().get(0)).isEqualTo(new TableOperation.DropTable(T, false, false));
        assertThat(SchemaReplay.apply(Schema.of(old), diff.upgrade())).isEqualTo(Schema.of(other));
        assertThat(SchemaReplay.apply(Schema.of(other), diff.downgrade())).isEqualTo(Schema.of(old));
    }

    /**
     * The same when the table giving up the view name stays: its ALTER (which drops the view) or its rebuild (here
     * as the key model changes) runs before the new table is created, and the new table is dropped before the
     * downgrade gives the name back (SqlScriptRoundTripTest "unrelated" seed 2521).
     */
    @Test
    void aTableGivingUpAViewNameIsAlteredBeforeANewTableTakesItOver() {
        Table old = base().toBuilder().syncMaterializedView(BY_K).build();
        Table altered = base().toBuilder().syncMaterializedView(SyncMaterializedView.of("k_only",
                "SELECT k FROM t")).build();
        Table rebuilt = base().toBuilder().primaryKey("k").build();
        Table taker = Table.builder("a").column("k", Types.INT, Column.Builder::notNull).column("v", Types.BIGINT)
                .duplicateKey("k").distributedBy(Distribution.hash(1, "k"))
                .syncMaterializedView(SyncMaterializedView.of("by_k", "SELECT k, sum(v) FROM a GROUP BY k")).build();
        for (Table stays : List.of(altered, rebuilt)) {
            Schema from = Schema.of(old);
            Schema to = Schema.of(taker, stays);
            DiffOptions options = DiffOptions.defaults().allowRebuild();
            SqlScriptRoundTripTest.assertRoundTripThroughSql(from, to, options);
            List<ObjectName> targets = SchemaDiff.between(from, to, options).upgrade().stream()
                    .map(Operation::target).toList();
            assertThat(targets.indexOf(ObjectName.of("a"))).isGreaterThan(targets.indexOf(T));
        }
    }

    /**
     * A table that stays and whose model declares no synchronous MVs keeps its views (the diff leaves them alone),
     * so a new table cannot take over one of their names: the diff refuses, naming both tables and the way out.
     */
    @Test
    void aViewNameHeldByATableWhoseModelLeavesItsViewsAloneCannotBeTakenOver() {
        Table holder = base().toBuilder().syncMaterializedView(BY_K).build();
        Table unmanaged = base().toBuilder().comment("its views are not in the model").build();
        Table taker = Table.builder("a").column("k", Types.INT, Column.Builder::notNull).column("v", Types.BIGINT)
                .duplicateKey("k").distributedBy(Distribution.hash(1, "k"))
                .syncMaterializedView(SyncMaterializedView.of("by_k", "SELECT k, sum(v) FROM a GROUP BY k")).build();
        for (DiffOptions options : List.of(DiffOptions.defaults(), DiffOptions.defaults().allowRebuild())) {
            assertThatThrownBy(() -> SchemaDiff.between(Schema.of(holder), Schema.of(unmanaged, taker), options))
                    .isInstanceOf(NonAlterableChangeException.class)
                    .hasMessageContaining("table `a`: rollup or synchronous materialized view `by_k`")
                    .hasMessageContaining("table `t` already has one of that name")
                    .hasMessageContaining("Materialized view[by_k] already exists");
        }
        // a model that manages the views of `t` drops it first
        SqlScriptRoundTripTest.assertRoundTripThroughSql(Schema.of(holder), Schema.of(
                unmanaged.toBuilder().syncMaterializedView(SyncMaterializedView.of("k_only", "SELECT k FROM t"))
                        .build(), taker), DiffOptions.defaults());
    }

    @Test
    void aRebuildCreatesTheViewsOnTheNewTable() {
        Table from = base().toBuilder().syncMaterializedView(BY_K).build();
        // a new key model cannot be ALTERed: the table is rebuilt
        Table to = from.toBuilder().aggregateKey("k")
                .columns(List.of(Column.builder("k", Types.INT).notNull().build(),
                        Column.builder("v", Types.BIGINT).aggregate(AggregateType.SUM).build()))
                .build();
        DiffResult diff = SchemaDiff.between(Schema.of(from), Schema.of(to), DiffOptions.defaults().allowRebuild());
        List<Operation> up = diff.upgrade();
        assertThat(up.get(up.size() - 1)).isEqualTo(new TableOperation.CreateSyncMaterializedView(T, BY_K));
        assertThat(up.get(0)).isInstanceOfSatisfying(TableOperation.CreateTable.class,
                c -> assertThat(c.table().syncMaterializedViews()).isEmpty());
        assertThat(SchemaReplay.apply(Schema.of(from), up)).isEqualTo(Schema.of(to));
        assertThat(SchemaReplay.apply(Schema.of(to), diff.downgrade())).isEqualTo(Schema.of(from));
    }

    /**
     * The server's text for an MV created with DISTRIBUTED BY and no REFRESH states {@code REFRESH MANUAL}
     * (corpus show_create/mv/003, of upstream test_mv_with_index): an unstated refresh is that one.
     */
    @Test
    void anUnstatedRefreshIsTheServersManualRefresh() {
        MaterializedView written = DdlParser.parseMaterializedView(
                "CREATE MATERIALIZED VIEW test_mv1 DISTRIBUTED BY hash(c0, c1) AS SELECT * from t1");
        MaterializedView printed = DdlParser.parseMaterializedView(MaterializedViewIndexTest.PRINTED);
        ServerNormalizer normalizer = new ServerNormalizer(ServerProfile.DEFAULT);
        assertThat(normalizer.normalize(written).refresh()).isEqualTo(normalizer.normalize(printed).refresh());
        // codegen leaves it out again
        MaterializedView omitted = (MaterializedView) ServerDefaults.omit(Schema.of(printed), ServerProfile.DEFAULT)
                .objects().get(0);
        assertThat(omitted.refresh()).isNull();

        // read back, no REFRESH change either way; a change from it is undone to it
        assertThat(SchemaDiff.between(Schema.of(printed), Schema.of(written)).changes())
                .noneMatch(c -> c.description().contains("REFRESH"));
        assertThat(SchemaDiff.between(Schema.of(written), Schema.of(printed)).changes())
                .noneMatch(c -> c.description().contains("REFRESH"));
        MaterializedView async = written.toBuilder().refresh(Refresh.async()).build();
        DiffResult toAsync = SchemaDiff.between(Schema.of(written), Schema.of(async));
        assertThat(toAsync.upgrade()).containsExactly(new MaterializedViewOperation.SetRefresh(written.name(),
                Refresh.async()));
        assertThat(toAsync.downgrade()).containsExactly(new MaterializedViewOperation.SetRefresh(written.name(),
                Refresh.manual()));
        assertThat(toAsync.changes().get(0).notUndone()).isEmpty();
    }
}
