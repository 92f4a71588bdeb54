package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.starrocks4j.operation.SchemaReplay;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.TableKey;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.types.Types;

/**
 * A new sort key that names a new column, replacing one that is dropped: the column is added, the sort key changed,
 * and only then the old sort column dropped (StarRocks refuses to drop a column the table is sorted by).
 */
class ColumnLayoutOrderTest {

    @Test
    void addThenReSortThenDrop() {
        Table from = Table.builder("t").column("k", Types.INT).column("old", Types.INT).orderBy("old").build();
        Table to = Table.builder("t").column("k", Types.INT).column("fresh", Types.INT).orderBy("fresh").build();
        DiffResult diff = SchemaDiff.between(Schema.of(from), Schema.of(to));

        assertThat(DdlRenderer.defaults().renderAll(diff.upgrade())).containsExactly(
                "ALTER TABLE `t` ADD COLUMN `fresh` INT",
                "ALTER TABLE `t` ORDER BY (`fresh`)",
                "ALTER TABLE `t` DROP COLUMN `old`");
        Schema upgraded = SchemaReplay.apply(Schema.of(from), diff.upgrade());
        assertThat(SchemaDiff.between(upgraded, Schema.of(to)).changes()).isEmpty();
        assertThat(SchemaDiff.between(SchemaReplay.apply(upgraded, diff.downgrade()), Schema.of(from)).changes())
                .isEmpty();
    }

    /**
     * A table created without a key keeps the key the server inferred then (SHOW CREATE TABLE prints it) whatever
     * columns later ALTERs leave: the replay states it at the first column change, and the downgrade adds a dropped
     * column of that key back into the key (fuzz seed 6000: the replay worked the key out again from the columns
     * left, made `s` a key column and refused the downgrade's ADD COLUMN before it).
     */
    @Test
    void aTableWithoutAStatedKeyKeepsTheKeyTheServerInferredAtCreation() {
        // short key: k (4 bytes) and b (16); s (20 more) passes the 36 bytes, so the server keys on (k, b)
        Table from = Table.builder("t").column("k", Types.decimal(3, 0)).column("b", Types.VARBINARY)
                .column("s", Types.varchar(20)).build();
        Table to = Table.builder("t").column("k", Types.decimal(3, 0)).column("s", Types.varchar(20)).build();
        DiffResult diff = SchemaDiff.between(Schema.of(from), Schema.of(to));
        assertThat(DdlRenderer.defaults().renderAll(diff.upgrade())).containsExactly("ALTER TABLE `t` DROP COLUMN `b`");
        assertThat(DdlRenderer.defaults().renderAll(diff.downgrade()))
                .containsExactly("ALTER TABLE `t` ADD COLUMN `b` VARBINARY KEY AFTER `k`");

        Table upgraded = SchemaReplay.apply(Schema.of(from), diff.upgrade()).tables().get(0);
        assertThat(upgraded.key()).isEqualTo(new TableKey(KeyType.DUPLICATE, List.of("k"))); // not (k, s)
        assertThat(SchemaDiff.between(Schema.of(upgraded), Schema.of(to)).changes()).isEmpty();
        Table downgraded = SchemaReplay.apply(Schema.of(upgraded), diff.downgrade()).tables().get(0);
        assertThat(downgraded.key()).isEqualTo(new TableKey(KeyType.DUPLICATE, List.of("k", "b")));
        assertThat(downgraded.columns()).extracting(c -> c.name()).containsExactly("k", "b", "s");
        assertThat(SchemaDiff.between(Schema.of(downgraded), Schema.of(from)).changes()).isEmpty();
    }

    @Test
    void anOrderByNamingEveryColumnIsAReorderToTheServer() {
        // corpus pairs 0102, 0107, 0112: ALTER TABLE t ORDER BY (every column) reordered the columns and the key
        Table t = org.starrocks4j.sql.DdlParser.parseTable(
                "CREATE TABLE t (k1 INT, k2 INT, v INT) DUPLICATE KEY(k1, k2) ORDER BY (k1) DISTRIBUTED BY HASH(k1)");
        Schema after = SchemaReplay.apply(Schema.of(t),
                org.starrocks4j.sql.DdlParser.parse("ALTER TABLE t ORDER BY (k2, k1, v)"));
        Table reordered = after.tables().get(0);
        assertThat(reordered.columns()).extracting(c -> c.name()).containsExactly("k2", "k1", "v");
        assertThat(reordered.key().columns()).containsExactly("k2", "k1");
        assertThat(reordered.orderBy()).containsExactly("k1");

        // so the diff warns when a model's ORDER BY names every column
        Table sortedByAll = t.toBuilder().orderBy("k1", "k2", "v").build();
        assertThat(SchemaDiff.between(Schema.of(t), Schema.of(sortedByAll)).changes()).singleElement()
                .satisfies(c -> assertThat(c.warnings()).anyMatch(w -> w.contains("reads as a column reorder")));
    }

    /**
     * A model that states no key puts a new column before the column the server made the key when it created the
     * table: the ADD COLUMN would be refused ("Invalid column order. value should be after key"), so the diff asks for
     * a rebuild instead.
     */
    @Test
    void aNewColumnBeforeTheInferredKeyIsARebuild() {
        Table from = Table.builder("t").column("k", Types.INT).column("v", Types.INT).build();
        Table to = Table.builder("t").column("first", Types.INT).column("k", Types.INT).column("v", Types.INT).build();
        assertThatThrownBy(() -> SchemaDiff.between(Schema.of(from), Schema.of(to)))
                .isInstanceOf(NonAlterableChangeException.class)
                .hasMessageContaining("key column `k` would follow value column `first`");
        DiffResult rebuilt = SchemaDiff.between(Schema.of(from), Schema.of(to), DiffOptions.defaults().allowRebuild());
        assertThat(SchemaReplay.apply(Schema.of(from), rebuilt.upgrade())).isEqualTo(Schema.of(to));
    }

    /**
     * The same when the model states a key that takes in the new column: ADD COLUMN adds a value column, so until the
     * key changes the table holds the inferred one, and the column still lands before it (unrelated seed 4829).
     */
    @Test
    void aNewColumnBeforeTheInferredKeyIsARebuildEvenWhenTheModelKeysOnIt() {
        Table from = Table.builder("t").column("k", Types.varchar(20)).build();
        Table to = Table.builder("t").column("first", Types.INT).column("k", Types.varchar(20)).duplicateKey("first", "k")
                .build();
        assertThatThrownBy(() -> SchemaDiff.between(Schema.of(from), Schema.of(to)))
                .isInstanceOf(NonAlterableChangeException.class)
                .hasMessageContaining("key column `k` would follow value column `first`");
        SqlScriptRoundTripTest.assertRoundTripThroughSql(Schema.of(from), Schema.of(to),
                DiffOptions.defaults().allowRebuild());
    }
}
