package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.starrocks4j.operation.ColumnClause;
import org.starrocks4j.operation.ColumnPosition;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.IndexType;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.types.Types;

/**
 * Dropping a column the table still uses (an index covers it, the table is distributed or sorted by it, it is the
 * only key column) is refused by StarRocks; the diff orders or splits its statements so the server accepts them,
 * in both directions. Found by {@link SqlScriptRoundTripTest}; each case is also replayed, which applies the
 * server's rules.
 */
class DropOrderingTest {

    private static final ObjectName T = ObjectName.of("t");

    private static Table.Builder table() {
        return Table.builder("t").column("id", Types.INT).column("a", Types.INT).column("b", Types.INT)
                .duplicateKey("id");
    }

    private static DiffResult diffAndReplay(Table from, Table to, DiffOptions options) {
        SqlScriptRoundTripTest.assertRoundTripThroughSql(Schema.of(from), Schema.of(to), options);
        return SchemaDiff.between(Schema.of(from), Schema.of(to), options);
    }

    @Test
    void anIndexOnADroppedColumnIsDroppedFirstAndCreatedAgainLast() {
        Index onB = Index.of("ix", IndexType.BITMAP, "b");
        Table from = table().index(onB).build();
        Table to = Table.builder("t").column("id", Types.INT).column("a", Types.INT).duplicateKey("id").build();
        DiffResult result = diffAndReplay(from, to, DiffOptions.defaults());
        assertThat(result.upgrade()).containsExactly(new TableOperation.DropIndex(T, "ix"),
                new TableOperation.AlterColumns(T, List.of(new ColumnClause.Drop("b"))));
        assertThat(result.downgrade()).containsExactly(
                new TableOperation.AlterColumns(T, List.of(new ColumnClause.Add(from.column("b").orElseThrow(),
                        null))),
                new TableOperation.CreateIndex(T, onB));
    }

    @Test
    void aChangedIndexMovingToANewColumnIsDroppedBeforeAndCreatedAfterTheColumnChanges() {
        Index onB = Index.of("ix", IndexType.BITMAP, "b");
        Index onC = Index.of("ix", IndexType.BITMAP, "c");
        Table from = table().index(onB).build();
        Table to = Table.builder("t").column("id", Types.INT).column("a", Types.INT).column("c", Types.INT)
                .duplicateKey("id").index(onC).build();
        DiffResult result = diffAndReplay(from, to, DiffOptions.defaults());
        assertThat(result.upgrade()).first().isEqualTo(new TableOperation.DropIndex(T, "ix"));
        assertThat(result.upgrade()).last().isEqualTo(new TableOperation.CreateIndex(T, onC));
        assertThat(result.downgrade()).first().isEqualTo(new TableOperation.DropIndex(T, "ix"));
        assertThat(result.downgrade()).last().isEqualTo(new TableOperation.CreateIndex(T, onB));
    }

    @Test
    void movingTheDistributionToANewColumnAddsItThenRedistributesThenDropsTheOldOne() {
        Table from = table().distributedBy(Distribution.hash(4, "b")).build();
        Table to = Table.builder("t").column("id", Types.INT).column("a", Types.INT).column("c", Types.INT)
                .duplicateKey("id").distributedBy(Distribution.hash(4, "c")).build();
        DiffResult result = diffAndReplay(from, to, DiffOptions.defaults());
        assertThat(result.upgrade()).containsExactly(
                new TableOperation.AlterColumns(T, List.of(new ColumnClause.Add(to.column("c").orElseThrow(), null))),
                new TableOperation.SetDistribution(T, Distribution.hash(4, "c")),
                new TableOperation.AlterColumns(T, List.of(new ColumnClause.Drop("b"))));
    }

    @Test
    void droppingASortColumnOfAModelWithoutOrderByFirstSortsByWhatRemains() {
        Table from = table().orderBy("a", "b").build();
        Table to = Table.builder("t").column("id", Types.INT).column("a", Types.INT).duplicateKey("id").build();
        DiffResult result = diffAndReplay(from, to, DiffOptions.defaults());
        assertThat(result.upgrade()).containsExactly(new TableOperation.SetOrderBy(T, List.of("a")),
                new TableOperation.AlterColumns(T, List.of(new ColumnClause.Drop("b"))));
        assertThat(result.changes().get(0).warnings()).anyMatch(w -> w.contains("the model states no ORDER BY"));
        assertThat(result.downgrade()).last().isEqualTo(new TableOperation.SetOrderBy(T, List.of("a", "b")));

        // when no sort column remains, the table is sorted by its key
        DiffResult byKey = diffAndReplay(table().orderBy("b").build(), to, DiffOptions.defaults());
        assertThat(byKey.upgrade()).first().isEqualTo(new TableOperation.SetOrderBy(T, List.of("id")));
    }

    @Test
    void aSortKeyChosenByTheServerIsRestoredByTheDowngradeAsTheImplicitKey() {
        Table from = Table.builder("t").column("id", Types.INT).column("a", Types.INT).build();
        Table to = Table.builder("t").column("id", Types.INT).column("a", Types.INT).column("c", Types.INT)
                .orderBy("c").build();
        DiffResult result = diffAndReplay(from, to, DiffOptions.defaults());
        assertThat(result.downgrade()).first().isEqualTo(new TableOperation.SetOrderBy(T, List.of("id", "a")));
    }

    /**
     * With no sort key the server could print (an external-engine table has no implicit key), ORDER BY cannot be
     * undone, and neither can the new column it names be dropped: the downgrade rebuilds the table when allowed
     * (SqlScriptRoundTripTest "edits" seeds 3160 and 4296).
     */
    @Test
    void aSortKeyTheDowngradeCannotRestoreIsUndoneByARebuildWhenAllowed() {
        Table from = Table.builder("t").column("id", Types.INT).engine("MYSQL").build();
        Table to = Table.builder("t").column("id", Types.INT).column("c", Types.INT).engine("MYSQL").orderBy("c")
                .build();
        DiffResult oneWay = SchemaDiff.between(Schema.of(from), Schema.of(to));
        assertThat(oneWay.changes()).filteredOn(c -> c.description().startsWith("change ORDER BY")).singleElement()
                .satisfies(c -> assertThat(c.notUndone()).singleElement().asString().contains("allow rebuilds"));
        DiffResult rebuilt = diffAndReplay(from, to, DiffOptions.defaults().allowRebuild());
        // one rebuild of the table as it was, not the state before ORDER BY (with `c`) and then an ALTER dropping `c`
        assertThat(rebuilt.downgrade()).first().isEqualTo(new TableOperation.CreateTable(from.toBuilder()
                .name(ObjectName.of("t" + RebuildPlan.SUFFIX)).build(), false));
        assertThat(rebuilt.downgrade()).noneMatch(TableOperation.AlterColumns.class::isInstance);
    }

    /**
     * A table whose first column can be no key (VARIANT) gets a VARCHAR column before it and loses it (NOT NULL without
     * DEFAULT, which no ALTER adds back). A rebuild of the state right before that drop would be created with the key
     * the server infers from the new first column, and the ALTER undoing the column additions could not drop it ("its
     * only key column"): the table's whole downgrade is one rebuild of the table as it was (SqlScriptRoundTripTest
     * "unrelated" seed 17292).
     */
    @Test
    void aTableWithAOneWayChangeIsRebuiltAsItWasInOneRebuild() {
        Table from = Table.builder("t").column("v", Types.VARIANT, Column.Builder::notNull).column("x", Types.INT)
                .orderBy("v").buildUnchecked();
        Table to = Table.builder("t").column("s", Types.varchar(20)).column("x", Types.INT).build();
        DiffResult rebuilt = diffAndReplay(from, to, DiffOptions.defaults().allowRebuild());
        assertThat(rebuilt.upgrade()).containsExactly(
                new TableOperation.AlterColumns(T, List.of(new ColumnClause.Add(to.column("s").orElseThrow(),
                        ColumnPosition.atFirst()))),
                new TableOperation.SetOrderBy(T, List.of("s")),
                new TableOperation.AlterColumns(T, List.of(new ColumnClause.Drop("v"))));
        assertThat(rebuilt.changes()).singleElement().satisfies(c -> {
            assertThat(c.irreversible()).isFalse();
            assertThat(c.warnings()).anyMatch(w -> w.contains("table `t`: the downgrade rebuilds the table as it was "
                    + "before these changes"));
        });
        assertThat(rebuilt.downgrade()).first().isEqualTo(new TableOperation.CreateTable(from.toBuilder()
                .name(ObjectName.of("t" + RebuildPlan.SUFFIX)).buildUnchecked(), false));
        assertThat(rebuilt.downgrade()).noneMatch(TableOperation.AlterColumns.class::isInstance);
    }

    /** The renames keep their own undo, after the rebuild, so the renamed column's rows are copied back. */
    @Test
    void aRebuildDowngradeCopiesRenamedColumnsAndRenamesThemBackAfter() {
        Table from = table().build();
        Table to = Table.builder("t").column("id", Types.INT).column("a2", Types.INT, c -> c.renamedFrom("a"))
                .column("b", Types.BIGINT).duplicateKey("id").build();
        DiffResult rebuilt = diffAndReplay(from, to, DiffOptions.defaults().allowRebuild());
        assertThat(rebuilt.changes()).extracting(Change::irreversible).containsExactly(false, false);
        assertThat(rebuilt.downgrade()).contains(new TableOperation.CopyRows(ObjectName.of("t" + RebuildPlan.SUFFIX),
                T, List.of("id", "a2", "b")));
        assertThat(rebuilt.downgrade()).last().isEqualTo(new TableOperation.AlterColumns(T,
                List.of(new ColumnClause.Rename("a2", "a"))));
    }

    @Test
    void theDowngradeOfDroppingOneKeyColumnAddsItBackIntoTheKey() {
        Table from = table().duplicateKey("id", "a").build();
        Table to = Table.builder("t").column("id", Types.INT).column("b", Types.INT).build();
        DiffResult result = diffAndReplay(from, to, DiffOptions.defaults());
        assertThat(result.downgrade()).containsExactly(new TableOperation.AlterColumns(T, List.of(
                new ColumnClause.Add(from.column("a").orElseThrow(), ColumnPosition.after("id"), true))));
    }

    @Test
    void droppingEveryColumnOfTheStatedKeyNeedsARebuild() {
        Table from = table().build();
        Table to = Table.builder("t").column("a", Types.INT).column("b", Types.INT).build();
        assertThatThrownBy(() -> SchemaDiff.between(Schema.of(from), Schema.of(to)))
                .isInstanceOf(NonAlterableChangeException.class)
                .hasMessageContaining("table `t`: key columns DUPLICATE KEY(`id`) -> DUPLICATE KEY (implicit)");
        DiffResult rebuilt = diffAndReplay(from, to, DiffOptions.defaults().allowRebuild());
        assertThat(rebuilt.changes()).singleElement().satisfies(c -> assertThat(c.rebuilds()).isTrue());
    }
}
