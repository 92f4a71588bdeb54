package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.starrocks4j.rules.ServerVersion;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.Table;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.sql.RenderOptions;
import org.starrocks4j.types.Types;

/** The SQL the diff's operations render to: python-client.md §8.2 items 12–15 with our expected statements. */
class DiffSqlTest {

    private static final DdlRenderer RENDERER = DdlRenderer.defaults();

    private static List<String> upgrade(SchemaObject from, SchemaObject to) {
        return RENDERER.renderAll(SchemaDiff.between(Schema.of(from), Schema.of(to)).upgrade());
    }

    private static List<String> downgrade(SchemaObject from, SchemaObject to) {
        return RENDERER.renderAll(SchemaDiff.between(Schema.of(from), Schema.of(to)).downgrade());
    }

    private static Table.Builder table(String name) {
        return Table.builder(name).column("id", Types.INT).column("user_id", Types.INT);
    }

    @Test
    void item12PropertiesOneStatementEach() {
        assertThat(upgrade(table("test_table").build(), table("test_table").property("replication_num", "2").build()))
                .containsExactly("ALTER TABLE `test_table` SET (\"replication_num\" = \"2\")");
        assertThat(upgrade(table("test_table").build(), table("test_table").property("replication_num", "1")
                .property("storage_medium", "SSD").build()))
                .containsExactly("ALTER TABLE `test_table` SET (\"replication_num\" = \"1\")",
                        // the storage medium of the existing partition, and the table's (issue 11, live/alter/15)
                        "ALTER TABLE `test_table` SET (\"default.storage_medium\" = \"SSD\")",
                        "ALTER TABLE `test_table` MODIFY PARTITION (*) SET (\"storage_medium\" = \"SSD\")");
        assertThat(upgrade(table("test_table").build(),
                table("test_table").property("colocate_with", "group with \"double quotes\"").build()))
                .containsExactly("ALTER TABLE `test_table` SET (\"colocate_with\" = \"group with \\\"double quotes\\\"\")");
        assertThat(upgrade(table("test_table").build(),
                table("test_table").property("colocate_with", "group with 'single quotes'").build()))
                .containsExactly("ALTER TABLE `test_table` SET (\"colocate_with\" = \"group with 'single quotes'\")");
        assertThat(upgrade(table("test_table").build(), table("test_table").build())).isEmpty();
    }

    @Test
    void item13DistributionAndOrder() {
        // from HASH: StarRocks refuses DISTRIBUTED BY on the RANDOM distribution a table without one gets
        Table.Builder hashed = table("users").distributedBy(Distribution.hash(8, "id"));
        assertThat(upgrade(hashed.build(), table("users").distributedBy(Distribution.hash("user_id")).build()))
                .containsExactly("ALTER TABLE `users` DISTRIBUTED BY HASH(`user_id`)");
        assertThat(upgrade(hashed.build(), table("users").distributedBy(Distribution.hash(32, "user_id")).build()))
                .containsExactly("ALTER TABLE `users` DISTRIBUTED BY HASH(`user_id`) BUCKETS 32");
        assertThat(upgrade(hashed.build(), table("users").distributedBy(Distribution.random(10)).build()))
                .containsExactly("ALTER TABLE `users` DISTRIBUTED BY RANDOM BUCKETS 10");
        assertThat(upgrade(table("events").database("analytics").distributedBy(Distribution.hash(8, "id")).build(),
                table("events").database("analytics").distributedBy(Distribution.hash(16, "user_id")).build()))
                .containsExactly("ALTER TABLE `analytics`.`events` DISTRIBUTED BY HASH(`user_id`) BUCKETS 16");
        assertThat(upgrade(table("events").build(), table("events").orderBy("user_id", "id").build()))
                .containsExactly("ALTER TABLE `events` ORDER BY (`user_id`, `id`)");
    }

    @Test
    void item14ColumnAlters() {
        // c is a value column (a VARCHAR first column is the implicit key alone); a key column is restated with KEY
        Table notNull = keyed("t").column("c", Types.SMALLINT, Column.Builder::notNull).build();
        assertThat(upgrade(notNull, keyed("t").column("c", Types.INT, Column.Builder::notNull).build()))
                .containsExactly("ALTER TABLE `t` MODIFY COLUMN `c` INT NOT NULL");
        // MODIFY COLUMN restates the DEFAULT it cannot change
        assertThat(upgrade(keyed("t").column("c", Types.varchar(10), c -> c.defaultValue("abc")).build(),
                keyed("t").column("c", Types.varchar(20), c -> c.nullable().defaultValue("abc")
                        .comment("greeting")).build()))
                .containsExactly("ALTER TABLE `t` MODIFY COLUMN `c` VARCHAR(20) NULL DEFAULT 'abc' COMMENT 'greeting'");
        assertThat(upgrade(keyed("t").database("s").column("c", Types.SMALLINT).build(),
                keyed("t").database("s").column("c", Types.INT).build()))
                .containsExactly("ALTER TABLE `s`.`t` MODIFY COLUMN `c` INT NULL");
        assertThat(upgrade(Table.builder("t").column("c", Types.SMALLINT).build(),
                Table.builder("t").column("c", Types.INT).build()))
                .containsExactly("ALTER TABLE `t` MODIFY COLUMN `c` INT KEY NULL");
        // a column that changes name without renamedFrom is dropped and added, with a warning that suggests it
        assertThat(upgrade(Table.builder("t").column("k", Types.INT).column("old", Types.INT).build(),
                Table.builder("t").column("k", Types.INT).column("new", Types.INT).build()))
                .containsExactly("ALTER TABLE `t`\n  ADD COLUMN `new` INT,\n  DROP COLUMN `old`");
        assertThat(upgrade(keyed("t").column("c", Types.DATETIME, Column.Builder::defaultCurrentTimestamp).build(),
                keyed("t").column("c", Types.DATETIME, c -> c.defaultCurrentTimestamp().comment("when")).build()))
                .containsExactly("ALTER TABLE `t` MODIFY COLUMN `c` DATETIME NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'when'");
    }

    /** A table whose implicit key is its first column, {@code k VARCHAR(10)}, alone. */
    private static Table.Builder keyed(String name) {
        return Table.builder(name).column("k", Types.varchar(10));
    }

    @Test
    void item15CombinedAddDrop() {
        Table from = Table.builder("my_table").database("mydb").column("id", Types.INT).column("c", Types.INT).build();
        Table to = Table.builder("my_table").database("mydb").column("id", Types.INT)
                .column("a", Types.INT, Column.Builder::nullable)
                .column("b", Types.varchar(50), c -> c.notNull().defaultValue("")).build();
        assertThat(upgrade(from, to)).containsExactly("""
                ALTER TABLE `mydb`.`my_table`
                  ADD COLUMN `a` INT NULL,
                  ADD COLUMN `b` VARCHAR(50) NOT NULL DEFAULT '',
                  DROP COLUMN `c`""");
        // `from` states no key: the server made it DUPLICATE KEY(id, c) (short key) and drops `c` from it, so the
        // downgrade adds `c` back into the key, which puts it after the last key column (SchemaChangeHandler)
        assertThat(downgrade(from, to)).containsExactly("""
                ALTER TABLE `mydb`.`my_table`
                  DROP COLUMN `a`,
                  DROP COLUMN `b`,
                  ADD COLUMN `c` INT KEY""");
        assertThat(upgrade(Table.builder("t").column("id", Types.INT).build(),
                Table.builder("t").column("id", Types.INT).column("x", Types.INT).build()))
                .containsExactly("ALTER TABLE `t` ADD COLUMN `x` INT");
    }

    @Test
    void item22MaterializedViewRefreshSpelledForTheServer() {
        MaterializedView manual = MaterializedView.builder("mv1").refresh(Refresh.manual()).as("SELECT 1").build();
        MaterializedView async = manual.toBuilder().refresh(Refresh.async()).build();
        List<String> sql = new DdlRenderer(RenderOptions.forServer(ServerVersion.parse("26.2.1")))
                .renderAll(SchemaDiff.between(Schema.of(manual), Schema.of(async)).upgrade());
        assertThat(sql).containsExactly("ALTER MATERIALIZED VIEW `mv1` REFRESH ON_CHANGE");
        assertThat(new DdlRenderer(RenderOptions.forServer(ServerVersion.parse("4.1.0")))
                .renderAll(SchemaDiff.between(Schema.of(manual), Schema.of(async)).upgrade()))
                .containsExactly("ALTER MATERIALIZED VIEW `mv1` REFRESH ASYNC");
        assertThat(upgrade(async, async.toBuilder().properties(Map.of("mv_rewrite_staleness_second", "60")).build()))
                .containsExactly("ALTER MATERIALIZED VIEW `mv1` SET (\"mv_rewrite_staleness_second\" = \"60\")");
    }
}
