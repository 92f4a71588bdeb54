package org.starrocks4j.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.starrocks4j.diff.ChangeFlag;
import org.starrocks4j.diff.DiffOptions;
import org.starrocks4j.diff.DiffResult;
import org.starrocks4j.diff.SchemaDiff;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.ReplayException;
import org.starrocks4j.operation.SchemaReplay;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.schema.AggregateType;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.InvalidModelException;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Rollup;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.types.Types;

/**
 * Rollups in CREATE TABLE and ALTER TABLE ... ADD/DROP ROLLUP (corpus accepted/create_table/0853, 1662 and
 * accepted/alter/0576-0582, 0629, 0633): read, rendered, validated, replayed and diffed.
 */
class RollupStatementsTest {

    private static final ObjectName T = ObjectName.of("t");

    /** Corpus accepted/create_table/0853. */
    private static final String CREATE = """
            CREATE TABLE t (
                k1 VARCHAR(10) NOT NULL,
                k2 INT NOT NULL,
                v1 INT
            ) ENGINE=OLAP
            DUPLICATE KEY(k1, k2)
            DISTRIBUTED BY HASH(k1) BUCKETS 1
            ROLLUP (
                r1(k2, k1),
                r2 (k2, v1) DUPLICATE KEY (k2) PROPERTIES ("storage_type" = "column")
            )
            PROPERTIES (
                "replication_num" = "1"
            );""";

    private static final DdlRenderer RENDERER = DdlRenderer.defaults();

    private static Schema replay(String sql) {
        return SchemaReplay.apply(Schema.of(), DdlParser.parse(sql));
    }

    private static Table table(Schema schema) {
        return (Table) schema.find("t").orElseThrow();
    }

    @Test
    void createTableReadsAndRendersRollups() {
        Table t = DdlParser.parseTable(CREATE);
        assertThat(t.rollups()).containsExactly(Rollup.of("r1", "k2", "k1"),
                Rollup.of("r2", "k2", "v1").withDuplicateKey("k2").withProperties(Map.of("storage_type", "column")));
        String rendered = RENDERER.createTable(t);
        assertThat(rendered).contains("""
                ROLLUP (
                  `r1` (`k2`, `k1`),
                  `r2` (`k2`, `v1`) DUPLICATE KEY (`k2`) PROPERTIES ("storage_type" = "column")
                )
                PROPERTIES (""");
        assertThat(DdlParser.parseTable(rendered)).isEqualTo(t);
    }

    @Test
    void addAndDropRollupStatementsRoundTrip() {
        // corpus accepted/alter/0582: FROM names the index to build from, which the model does not keep
        Operation add = DdlParser.parseStatement(
                "ALTER TABLE t ADD ROLLUP rollup3 (k4, k3, k2, v1) FROM t, r4 (k2, v1) DUPLICATE KEY (k2);");
        assertThat(add).isEqualTo(new TableOperation.AddRollup(T, List.of(Rollup.of("rollup3", "k4", "k3", "k2", "v1"),
                Rollup.of("r4", "k2", "v1").withDuplicateKey("k2"))));
        assertThat(RENDERER.render(add)).isEqualTo("ALTER TABLE `t` ADD ROLLUP `rollup3` (`k4`, `k3`, `k2`, `v1`), "
                + "`r4` (`k2`, `v1`) DUPLICATE KEY (`k2`)");
        Operation drop = DdlParser.parseStatement("alter table t drop rollup rollup3, r4");
        assertThat(drop).isEqualTo(new TableOperation.DropRollup(T, List.of("rollup3", "r4")));
        for (Operation op : List.of(add, drop)) {
            assertThat(DdlParser.parseStatement(RENDERER.render(op))).isEqualTo(op);
        }
    }

    @Test
    void replayAddsDropsAndFollowsColumnChanges() {
        Schema s = replay(CREATE + """
                ALTER TABLE t ADD ROLLUP r3 (k1, v1);
                ALTER TABLE t DROP ROLLUP r1;
                ALTER TABLE t RENAME COLUMN k2 TO k2_new;
                ALTER TABLE t DROP COLUMN v1;""");
        assertThat(table(s).rollups()).containsExactly(
                Rollup.of("r2", "k2_new").withDuplicateKey("k2_new").withProperties(Map.of("storage_type", "column")),
                Rollup.of("r3", "k1"));
    }

    @Test
    void replayRefusesWhatTheServerRefuses() {
        assertThatThrownBy(() -> replay(CREATE + "ALTER TABLE t ADD ROLLUP r1 (k1);"))
                .isInstanceOf(ReplayException.class).hasMessageContaining("already has a rollup `r1`");
        assertThatThrownBy(() -> replay(CREATE + "ALTER TABLE t ADD ROLLUP r9 (k1, nope);"))
                .isInstanceOf(ReplayException.class).hasMessageContaining("names column `nope`");
        assertThatThrownBy(() -> replay(CREATE + "ALTER TABLE t DROP ROLLUP r9;"))
                .isInstanceOf(ReplayException.class).hasMessageContaining("has no rollup `r9` (its rollups: r1, r2)");
        assertThatThrownBy(() -> replay("CREATE TABLE t (k INT NOT NULL, v INT) PRIMARY KEY(k) DISTRIBUTED BY HASH(k);"
                + "ALTER TABLE t ADD ROLLUP r (k)")).isInstanceOf(ReplayException.class)
                .hasMessageContaining("PRIMARY KEY table, which takes no rollups");
        assertThatThrownBy(() -> replay("CREATE TABLE t (k INT, v INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k) "
                + "ROLLUP (r (v)); ALTER TABLE t DROP COLUMN v")).isInstanceOf(ReplayException.class)
                .hasMessageContaining("rollup `r` holds only column `v`; drop the rollup first");
    }

    @Test
    void rulesOfRollups() {
        assertThatThrownBy(() -> DdlParser.parseTable("CREATE TABLE t (k INT, v INT SUM) AGGREGATE KEY(k) "
                + "DISTRIBUTED BY HASH(k) ROLLUP (r (v, k), t (k), r (k, nope))"))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("rollup 'r': Invalid column order. value should be after key")
                .hasMessageContaining("rollup 't' has the table's own name")
                .hasMessageContaining("rollup 'r' is declared twice")
                .hasMessageContaining("rollup 'r' names column 'nope'");
        assertThatThrownBy(() -> DdlParser.parseTable("CREATE TABLE t (k1 INT, k2 INT, v INT REPLACE) UNIQUE KEY(k1, k2) "
                + "DISTRIBUTED BY HASH(k1) ROLLUP (r (k1, v))"))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("Rollup should contains all unique keys");
        assertThatThrownBy(() -> DdlParser.parseTable("CREATE TABLE t (k1 INT, k2 INT) DUPLICATE KEY(k1) "
                + "DISTRIBUTED BY HASH(k1) ROLLUP (r (k1, k2) DUPLICATE KEY (k2))"))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("must be the rollup's leading columns");
        assertThatThrownBy(() -> DdlParser.parseTable("CREATE TABLE t (k INT NOT NULL, v INT) PRIMARY KEY(k) "
                + "DISTRIBUTED BY HASH(k) ROLLUP (r (k))"))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("Do not support add rollup on primary key");
    }

    @Test
    void diffAddsDropsAndRebuildsRollupsTheModelDeclares() {
        Table base = DdlParser.parseTable(CREATE);
        Table wanted = base.toBuilder().rollups(List.of(Rollup.of("r1", "k2", "k1", "v1"),
                Rollup.of("r3", "k1", "v1"))).build();
        DiffResult diff = SchemaDiff.between(Schema.of(base), Schema.of(wanted), DiffOptions.defaults());
        assertThat(RENDERER.renderAll(diff.upgrade())).containsExactly(
                "ALTER TABLE `t` DROP ROLLUP `r1`, `r2`",
                "ALTER TABLE `t` ADD ROLLUP `r1` (`k2`, `k1`, `v1`), `r3` (`k1`, `v1`)");
        // DROP ROLLUP completes at once; ADD ROLLUP is a job the runner waits for
        assertThat(diff.changes()).extracting(c -> c.flags().contains(ChangeFlag.ASYNC_JOB)).containsExactly(false, true);
        Schema upgraded = SchemaReplay.apply(Schema.of(base), diff.upgrade());
        assertThat(table(upgraded).rollups()).isEqualTo(wanted.rollups());
        Schema downgraded = SchemaReplay.apply(upgraded, diff.downgrade());
        assertThat(SchemaDiff.between(downgraded, Schema.of(base), DiffOptions.defaults()).changes()).isEmpty();
        assertThat(table(downgraded).rollups()).containsExactlyInAnyOrderElementsOf(base.rollups());
    }

    @Test
    void theReadmeExampleIsValidAndRendersAsDocumented() {
        Table visits = Table.builder("visits")
                .column("site", Types.INT)
                .column("dt", Types.DATE)
                .column("avg_time", Types.aggregateState("avg", Types.INT))
                .column("pages", Types.BIGINT, c -> c.aggregate(AggregateType.SUM))
                .aggregateKey("site", "dt")
                .distributedBy(Distribution.hash("site"))
                .rollup(Rollup.of("r_site", "site", "pages"))
                .build();
        assertThat(RENDERER.createTable(visits)).contains("`avg_time` avg(INT),")
                .contains("ROLLUP (\n  `r_site` (`site`, `pages`)\n)");
    }

    @Test
    void aModelWithoutRollupsLeavesTheTablesRollupsAlone() {
        Table base = DdlParser.parseTable(CREATE);
        Table unmanaged = base.toBuilder().rollups(List.of()).build();
        DiffResult diff = SchemaDiff.between(Schema.of(base), Schema.of(unmanaged), DiffOptions.defaults());
        assertThat(diff.changes()).isEmpty();
        assertThat(diff.warnings()).singleElement().asString().contains("rollups the model does not declare (r1, r2)");
        // properties are not compared (a live database does not show them), nor an unstated duplicate key
        Table reflected = base.toBuilder().rollups(List.of(Rollup.of("r1", "k2", "k1"), Rollup.of("r2", "k2", "v1")))
                .build();
        assertThat(SchemaDiff.between(Schema.of(reflected), Schema.of(base), DiffOptions.defaults()).changes()).isEmpty();
    }
}
