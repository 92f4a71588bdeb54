package org.starrocks4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code create-all} / {@code drop-all --sql}: the statements, in dependency order, without a server. */
class CreateAllCommandTest {

    @TempDir
    Path dir;

    private Path schema() throws Exception {
        Path file = dir.resolve("schema.sql");
        // top_events reads named_events, which is declared after it
        Files.writeString(file, """
                CREATE TABLE events (id BIGINT NOT NULL, name VARCHAR(20))
                PRIMARY KEY(id) DISTRIBUTED BY HASH(id) PROPERTIES ("replication_num" = "1");
                CREATE VIEW top_events AS SELECT id FROM named_events;
                CREATE VIEW named_events AS SELECT id, name FROM events;
                """);
        return file;
    }

    @Test
    void createAllSqlPrintsCreateIfNotExistsInDependencyOrder() throws Exception {
        Cli.Result result = Cli.run("create-all", "--to", "sql:" + schema(), "--sql", "--server-version", "3.5.2");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("view `top_events` reads `named_events`, which no statement before it "
                + "creates");
        assertThat(result.out()).startsWith("-- starrocks4j create-all: 3 statement(s).")
                .contains("CREATE TABLE IF NOT EXISTS `events`", "CREATE VIEW IF NOT EXISTS `named_events`");
        assertThat(result.out().indexOf("`events`")).isLessThan(result.out().indexOf("`named_events`"));
        assertThat(result.out().indexOf("`named_events`")).isLessThan(result.out().indexOf("`top_events`"));
    }

    @Test
    void dropAllSqlDropsDependantsFirst() throws Exception {
        Cli.Result result = Cli.run("drop-all", "--to", "sql:" + schema(), "--sql");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsSubsequence("DROP VIEW IF EXISTS `top_events`;",
                "DROP VIEW IF EXISTS `named_events`;", "DROP TABLE IF EXISTS `events`;");
    }

    @Test
    void createAllSqlReadsModelClassesFromTheClassPath() throws Exception {
        Path classes = dir.resolve("classes");
        JavaSources.compile(java.util.Map.of("com/acme/Events.java", """
                package com.acme;
                @org.starrocks4j.annotations.StarRocksTable(
                        key = @org.starrocks4j.annotations.Key(type = org.starrocks4j.schema.KeyType.PRIMARY,
                                columns = "id"),
                        distributedBy = @org.starrocks4j.annotations.DistributedBy(hash = "id"))
                public class Events {
                    @org.starrocks4j.annotations.StarRocksColumn(nullable = org.starrocks4j.annotations.Nullability.NOT_NULL)
                    private Long id;
                }
                """), dir.resolve("src"), classes);
        CommandLine cli = StarRocks4jCommand.commandLine();
        Cli.Result result = Cli.run(cli, "create-all", "--to", "models:com.acme.Events", "--classpath",
                classes.toString(), "--sql");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("CREATE TABLE IF NOT EXISTS `events` (\n  `id` BIGINT NOT NULL\n)");
        // the class loader over --classpath was released when the command ended
        ProjectCommand command = cli.getSubcommands().get("create-all").getCommand();
        assertThatThrownBy(() -> command.starRocks4j().models()).hasMessageContaining("this StarRocks4j is closed");
    }

    @Test
    void createAllWithoutADatabaseSaysWhatToSet() throws Exception {
        Cli.Result result = Cli.run("create-all", "--to", "sql:" + schema());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no database URL").contains("--sql");
    }
}
