package org.starrocks4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.starrocks4j.migrate.Revisions.rev;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.starrocks4j.progress.Progress;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.types.Types;

class MigrationHistoryTest {

    private final Revision create = rev("aaa111", (String) null,
            "CREATE TABLE `t` (`id` INT NOT NULL, `v` INT) DUPLICATE KEY(`id`) DISTRIBUTED BY HASH(`id`);\n"
                    + "INSERT INTO `t` VALUES (1, 2);\nSET query_timeout = 60;\n"
                    + "CREATE VIEW `v` AS SELECT id FROM t;",
            "DROP VIEW `v`;\nDROP TABLE `t`;");
    private final Revision alter = rev("bbb111", "aaa111", "ALTER TABLE `t` ADD COLUMN `w` DATETIME;",
            "ALTER TABLE `t` DROP COLUMN `w`;");

    @Test
    void replaysTheUpgradeSectionsInGraphOrderSkippingStatementsThatLeaveTheSchemaAlone() {
        RevisionGraph graph = new RevisionGraph(List.of(alter, create));
        Schema all = MigrationHistory.replay(graph, graph.ancestorsOf("bbb111"));
        assertThat(all.objects()).extracting(o -> o.name().name()).containsExactly("t", "v");
        assertThat(all.tables().get(0).columns()).extracting(c -> c.name()).containsExactly("id", "v", "w");

        Schema first = MigrationHistory.replay(graph, graph.ancestorsOf("aaa111"));
        assertThat(first.tables().get(0).columns()).extracting(c -> c.name()).containsExactly("id", "v");
        assertThat(MigrationHistory.replay(graph, List.of()).objects()).isEmpty();
    }

    @Test
    void eachRevisionReplayedIsReportedAsRevisionNOfM() {
        RevisionGraph graph = new RevisionGraph(List.of(alter, create));
        List<Progress> steps = new ArrayList<>();
        MigrationHistory.replay(graph, graph.ancestorsOf("bbb111"), steps::add);
        assertThat(steps).containsExactly(new Progress("replaying the migration history", "revision", 1, 2),
                new Progress("replaying the migration history", "revision", 2, 2));
    }

    @Test
    void aStatementThatDoesNotApplyNamesTheRevisionAndTheStatement() {
        Revision broken = rev("ccc111", "aaa111", "ALTER TABLE `missing` ADD COLUMN `x` INT;", "");
        RevisionGraph graph = new RevisionGraph(List.of(create, broken));
        assertThatThrownBy(() -> MigrationHistory.replay(graph, graph.ancestorsOf("ccc111")))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("revision ccc111")
                .hasMessageContaining("upgrade statement 1 of 1")
                .hasMessageContaining("ALTER TABLE `missing` ADD COLUMN `x` INT")
                .hasMessageContaining("missing");
    }

    @Test
    void aTableCreatedFromAQueryIsReplayedWithTheColumnsTheServerGaveIt() {
        Revision copy = rev("ccc222", "bbb111", """
                CREATE TABLE `t2` DISTRIBUTED BY HASH(`id`) PROPERTIES ("replication_num" = "1")
                AS SELECT id, CAST(v AS BIGINT) AS v, w FROM t WHERE id > 0;""", "DROP TABLE `t2`;");
        RevisionGraph graph = new RevisionGraph(List.of(create, alter, copy));
        Schema all = MigrationHistory.replay(graph, graph.ancestorsOf("ccc222"));
        Table t2 = (Table) all.find("t2").orElseThrow();
        assertThat(t2.columns()).containsExactly(Column.builder("id", Types.INT).notNull().build(),
                Column.builder("v", Types.BIGINT).nullable().build(),
                Column.builder("w", Types.DATETIME).nullable().build());

        Revision untyped = rev("ddd222", "bbb111", "CREATE TABLE `t3` AS SELECT id, v * 2 AS v2 FROM t;", "");
        RevisionGraph refused = new RevisionGraph(List.of(create, alter, untyped));
        assertThatThrownBy(() -> MigrationHistory.replay(refused, refused.ancestorsOf("ddd222")))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("revision ddd222")
                .hasMessageContaining("select item 2 (v * 2)")
                .hasMessageContaining("SHOW CREATE TABLE `t3` prints its definition");
    }

    @Test
    void onlyStatementsAboutTablesViewsAndIndexesAreReplayed() {
        assertThat(MigrationHistory.changesSchema("create materialized view mv as select 1")).isTrue();
        assertThat(MigrationHistory.changesSchema("CREATE OR REPLACE VIEW v AS SELECT 1")).isTrue();
        assertThat(MigrationHistory.changesSchema("DROP INDEX i ON t")).isTrue();
        assertThat(MigrationHistory.changesSchema("INSERT INTO t SELECT * FROM u")).isFalse();
        assertThat(MigrationHistory.changesSchema("CREATE DATABASE d")).isFalse();
        assertThat(MigrationHistory.changesSchema("GRANT SELECT ON t TO u")).isFalse();
    }
}
