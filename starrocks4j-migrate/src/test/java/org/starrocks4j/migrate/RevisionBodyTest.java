package org.starrocks4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionBodyTest {

    @Test
    void upgradeInOrderDowngradeReversedWithFlags() {
        PlannedChange create = new PlannedChange("create table `a`", List.of("CREATE TABLE `a` (`id` INT)"),
                List.of("DROP TABLE `a`"), false, List.of());
        PlannedChange drop = new PlannedChange("drop table `old`", List.of("DROP TABLE `old`"),
                List.of("CREATE TABLE `old` (`id` INT)"), true, List.of());
        PlannedChange props = new PlannedChange("set property replication_num of `a`",
                List.of("ALTER TABLE `a` SET (\"default.replication_num\" = \"1\")"),
                List.of("ALTER TABLE `a` SET (\"default.replication_num\" = \"3\")"), false,
                List.of("replication_num changes only future partitions"));
        PlannedChange partition = new PlannedChange("change PARTITION BY of `a`", List.of(), List.of(), false,
                List.of("StarRocks cannot change the partitioning of a table;\nrebuild it"));

        RevisionBody body = RevisionBody.of(List.of(create, drop, props, partition));
        assertThat(body.upgrade()).isEqualTo("""
                -- create table `a`
                CREATE TABLE `a` (`id` INT);

                -- drop table `old`
                -- DESTRUCTIVE: this loses data or definitions; check it is intended
                DROP TABLE `old`;

                -- set property replication_num of `a`
                -- WARNING: replication_num changes only future partitions
                ALTER TABLE `a` SET ("default.replication_num" = "1");

                -- change PARTITION BY of `a`
                -- WARNING: StarRocks cannot change the partitioning of a table;
                -- rebuild it
                -- (no statement: StarRocks cannot make this change by ALTER)
                """);
        assertThat(body.downgrade()).isEqualTo("""
                -- undo: set property replication_num of `a`
                ALTER TABLE `a` SET ("default.replication_num" = "3");

                -- undo: drop table `old`
                CREATE TABLE `old` (`id` INT);

                -- undo: create table `a`
                DROP TABLE `a`;
                """);
        assertThat(SqlStatements.split(body.upgrade())).hasSize(3);
    }
}
