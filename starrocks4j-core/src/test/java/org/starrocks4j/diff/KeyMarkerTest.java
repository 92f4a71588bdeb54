package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.starrocks4j.operation.ColumnClause;
import org.starrocks4j.operation.ReplayException;
import org.starrocks4j.operation.SchemaReplay;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.sql.DdlParser;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.sql.UnsupportedSqlException;
import org.starrocks4j.types.Types;

/**
 * The {@code KEY} marker of ADD/MODIFY COLUMN, as the corpus' accepted statements write it
 * ({@code alter table agg_test modify column k2 bigint key}, {@code alter table uniq_t add column k4 int key default
 * '0' after k1}).
 */
class KeyMarkerTest {

    private static final String UNIQUE = """
            CREATE TABLE uniq_t (k1 INT NOT NULL, k2 INT NOT NULL, v INT)
            UNIQUE KEY(k1, k2) DISTRIBUTED BY HASH(k1)""";

    @Test
    void addColumnKeyJoinsTheKeyInColumnOrder() {
        Schema after = SchemaReplay.apply(Schema.of(), DdlParser.parse(UNIQUE
                + ";\nalter table uniq_t add column k4 int key default '0' after k1"));
        Table t = after.tables().get(0);
        assertThat(t.key().columns()).containsExactly("k1", "k4", "k2");
        assertThat(t.columns().get(1).name()).isEqualTo("k4");
        TableOperation.AlterColumns op = (TableOperation.AlterColumns) DdlParser.parseStatement(
                "alter table uniq_t add column k4 int key default '0' after k1");
        assertThat(((ColumnClause.Add) op.clauses().get(0)).key()).isTrue();
        assertThat(DdlRenderer.defaults().render(op))
                .isEqualTo("ALTER TABLE `uniq_t` ADD COLUMN `k4` INT KEY DEFAULT '0' AFTER `k1`");
    }

    @Test
    void modifyColumnKeyRestatesAKeyColumnAndRefusesAValueColumn() {
        Schema after = SchemaReplay.apply(Schema.of(), DdlParser.parse(UNIQUE
                + ";\nalter table uniq_t modify column k2 bigint key"));
        assertThat(after.tables().get(0).column("k2").orElseThrow().type()).isEqualTo(Types.BIGINT);
        assertThat(after.tables().get(0).key().columns()).containsExactly("k1", "k2");
        assertThatThrownBy(() -> SchemaReplay.apply(Schema.of(), DdlParser.parse(UNIQUE
                + ";\nalter table uniq_t modify column v bigint key")))
                .isInstanceOf(ReplayException.class)
                .hasMessageContaining("cannot turn value column `v` into a key column");
        assertThatThrownBy(() -> DdlParser.parseStatement("alter table t modify column k bigint not null key"))
                .isInstanceOf(UnsupportedSqlException.class)
                .hasMessageContaining("write KEY right after the column's type");
    }

    @Test
    void theDiffRestatesKeyColumnsOfAggregateAndUniqueTablesWithTheMarker() {
        Table from = DdlParser.parseTable(UNIQUE);
        Table to = from.toBuilder().columns(List.of(from.columns().get(0),
                from.columns().get(1).toBuilder().type(Types.BIGINT).build(), from.columns().get(2))).build();
        List<String> sql = DdlRenderer.defaults().renderAll(SchemaDiff.between(Schema.of(from), Schema.of(to))
                .upgrade());
        assertThat(sql).containsExactly("ALTER TABLE `uniq_t` MODIFY COLUMN `k2` BIGINT KEY NOT NULL");
        Schema upgraded = SchemaReplay.apply(Schema.of(from), DdlParser.parse(String.join(";\n", sql)));
        assertThat(SchemaDiff.between(upgraded, Schema.of(to)).changes()).isEmpty();
    }

    /**
     * CREATE TABLE takes a REPLACE marker on a UNIQUE KEY table's value column, but ADD and MODIFY COLUMN naming it are
     * refused ("Can not assign aggregation method on column in Unique data model table"): the diff leaves it out.
     */
    @Test
    void theDiffLeavesOutTheReplaceMarkerOfUniqueKeyValueColumns() {
        Table from = DdlParser.parseTable("CREATE TABLE u (k INT NOT NULL, v DATETIME REPLACE NULL) UNIQUE KEY(k) "
                + "DISTRIBUTED BY HASH(k)");
        Table to = DdlParser.parseTable("CREATE TABLE u (k INT NOT NULL, v DATETIME REPLACE NULL COMMENT 'when', "
                + "w INT REPLACE NULL) UNIQUE KEY(k) DISTRIBUTED BY HASH(k)");
        DiffResult diff = SchemaDiff.between(Schema.of(from), Schema.of(to));
        assertThat(DdlRenderer.defaults().renderAll(diff.upgrade())).singleElement().asString()
                .contains("ADD COLUMN `w` INT NULL", "MODIFY COLUMN `v` DATETIME NULL COMMENT 'when'")
                .doesNotContain("REPLACE");
        assertThat(DdlRenderer.defaults().renderAll(diff.downgrade())).noneMatch(s -> s.contains("REPLACE"));
        SqlScriptRoundTripTest.assertRoundTripThroughSql(Schema.of(from), Schema.of(to), DiffOptions.defaults());
    }
}
