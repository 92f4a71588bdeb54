package org.starrocks4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.starrocks4j.migrate.Revision;
import org.starrocks4j.migrate.RevisionFile;

class MigrationCommandsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"init", "revision", "check", "merge", "heads", "history", "current", "stamp", "upgrade",
            "downgrade", "export", "unlock"})
    void everyMigrationCommandHasHelp(String command) {
        Cli.Result r = Cli.run(command, "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Usage: starrocks4j " + command);
    }

    @Test
    void everyRegisteredCommandHasHelp() {
        var subcommands = StarRocks4jCommand.commandLine().getSubcommands();
        assertThat(subcommands).containsKeys("revision", "check", "upgrade", "downgrade");
        for (String command : subcommands.keySet()) {
            if (command.equals("help")) {
                continue;
            }
            Cli.Result r = Cli.run(command, "--help");
            assertThat(r.exitCode()).as(command).isZero();
            assertThat(r.out()).as(command).startsWith("Usage: starrocks4j " + command);
        }
    }

    @Test
    void initWritesSettingsWithoutCredentialsAndRefusesToOverwrite() throws Exception {
        Cli.Result r = Cli.run("init", dir.toString(), "--url", "jdbc:starrocks://localhost:9030/mydb",
                "--models", "com.example.models");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String settings = Files.readString(dir.resolve("starrocks4j.properties"));
        assertThat(settings).contains("url = jdbc:starrocks://localhost:9030/mydb", "models = com.example.models",
                "version_table = starrocks4j_version", "version_table.properties.replication_num = 1",
                "wait.poll_interval = 2s", "wait.timeout = 30m").doesNotContainIgnoringCase("password =");
        assertThat(dir.resolve("migrations")).isDirectory();

        Cli.Result again = Cli.run("init", dir.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void revisionsBranchesMergeHistoryAndOfflineSql() throws Exception {
        Cli.run("init", dir.toString());
        String config = dir.resolve("starrocks4j.properties").toString();
        assertThat(Cli.run("revision", "--config", config, "-m", "Create t", "--rev-id", "aaa111").exitCode()).isZero();
        Path first = file("aaa111");
        Files.writeString(first, Files.readString(first)
                .replace("-- @upgrade\n", "-- @upgrade\nCREATE TABLE `t` (`id` INT) DUPLICATE KEY (`id`);\n")
                .replace("-- @downgrade\n", "-- @downgrade\nDROP TABLE `t`;\n"));
        Cli.run("revision", "--config", config, "-m", "Branch one", "--rev-id", "bbb111");
        Cli.run("revision", "--config", config, "-m", "Branch two", "--rev-id", "ccc111", "--parent", "aaa");

        Cli.Result heads = Cli.run("heads", "--config", config);
        assertThat(heads.out()).contains("bbb111 <- aaa111 (head), Branch one", "ccc111 <- aaa111 (head), Branch two");
        Cli.Result ambiguous = Cli.run("revision", "--config", config, "-m", "next");
        assertThat(ambiguous.exitCode()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("2 heads").contains("starrocks4j merge");

        assertThat(Cli.run("merge", "--config", config, "-m", "Join", "--rev-id", "ddd111").exitCode()).isZero();
        Revision merge = RevisionFile.parse(Files.readString(file("ddd111")), null);
        assertThat(merge.parents()).containsExactly("bbb111", "ccc111");

        Cli.Result history = Cli.run("history", "--config", config);
        assertThat(history.out().lines().map(l -> l.substring(0, 6)).toList())
                .containsExactly("ddd111", "ccc111", "bbb111", "aaa111");
        assertThat(history.out()).contains("aaa111 <- base (branchpoint), Create t",
                "ddd111 <- bbb111, ccc111 (head, merge), Join");

        Cli.Result up = Cli.run("upgrade", "--config", config, "--sql", "--no-version-table");
        assertThat(up.exitCode()).as(up.err()).isZero();
        assertThat(up.out()).contains("-- Running upgrade base -> aaa111: Create t\n"
                + "CREATE TABLE `t` (`id` INT) DUPLICATE KEY (`id`);\n");
        assertThat(up.out()).doesNotContain("starrocks4j_version");

        Cli.Result withBookkeeping = Cli.run("upgrade", "--config", config, "--sql", "aaa111");
        assertThat(withBookkeeping.out()).contains("CREATE TABLE IF NOT EXISTS `starrocks4j_version`",
                "INSERT INTO `starrocks4j_version`").doesNotContain("bbb111");

        Cli.Result down = Cli.run("downgrade", "--config", config, "--sql", "ddd111:base", "--no-version-table");
        assertThat(down.exitCode()).as(down.err()).isZero();
        assertThat(down.out()).contains("-- Running downgrade base <- aaa111: Create t\nDROP TABLE `t`;\n");

        Cli.Result online = Cli.run("upgrade", "--config", config);
        assertThat(online.exitCode()).isEqualTo(2);
        assertThat(online.err()).contains("no database URL").contains("--sql");
    }

    @Test
    void historyAndHeadsAsJsonAndVerboseHistoryWithStatements() throws Exception {
        Cli.run("init", dir.toString());
        String config = dir.resolve("starrocks4j.properties").toString();
        Cli.run("revision", "--config", config, "-m", "Create t", "--rev-id", "aaa111");
        Path first = file("aaa111");
        Files.writeString(first, Files.readString(first).replace("-- @upgrade\n",
                "-- @upgrade\nCREATE TABLE `t` (`id` INT);\n"));
        Cli.run("revision", "--config", config, "-m", "Say \"hi\"", "--rev-id", "bbb111");

        Cli.Result history = Cli.run("history", "--config", config, "--format", "json");
        assertThat(history.exitCode()).as(history.err()).isZero();
        assertThat(history.out()).startsWith("""
                {
                  "revisions": [
                    {
                      "id": "bbb111",
                      "parents": ["aaa111"],
                      "message": "Say \\"hi\\"",
                """).contains("""
                      "head": true,
                      "merge": false,
                      "branchpoint": false
                    },
                    {
                      "id": "aaa111",
                      "parents": [],
                      "message": "Create t",
                """).doesNotContain("\"upgrade\"").doesNotContain("\"state\"");
        assertThat(Cli.run("history", "--config", config, "--format", "json", "--verbose").out())
                .contains("\"upgrade\": [\"CREATE TABLE `t` (`id` INT)\"]");

        Cli.Result heads = Cli.run("heads", "--config", config, "--format", "json");
        assertThat(heads.out()).contains("\"id\": \"bbb111\"").doesNotContain("\"id\": \"aaa111\"");

        assertThat(Cli.run("history", "--config", config, "-v").out())
                .contains("      up:   CREATE TABLE `t` (`id` INT)");
        assertThat(Cli.run("--verbose", "history", "--config", config).out())
                .contains("      up:   CREATE TABLE `t` (`id` INT)");
        assertThat(Cli.run("history", "--config", config).out()).doesNotContain("up:");
    }

    @Test
    void exportsFlywayAndLiquibase() throws Exception {
        Cli.run("init", dir.toString());
        String config = dir.resolve("starrocks4j.properties").toString();
        Cli.run("revision", "--config", config, "-m", "Create t", "--rev-id", "aaa111");
        Path first = file("aaa111");
        Files.writeString(first, Files.readString(first)
                .replace("-- @upgrade\n", "-- @upgrade\nCREATE TABLE `t` (`id` INT);\nALTER TABLE `t` COMMENT = 'x';\n")
                .replace("-- @downgrade\n", "-- @downgrade\nDROP TABLE `t`;\n"));

        Path flyway = dir.resolve("flyway");
        assertThat(Cli.run("export", "--config", config, "--format", "flyway", "-o", flyway.toString()).exitCode())
                .isZero();
        assertThat(Files.readString(flyway.resolve("V1__create_t.sql")))
                .contains("CREATE TABLE `t` (`id` INT);\nALTER TABLE `t` COMMENT = 'x';\n");
        assertThat(Files.readString(flyway.resolve("U1__create_t.sql"))).contains("DROP TABLE `t`;\n");

        // a second revision changes t twice: two Flyway versions, the warning says where Flyway must wait
        Cli.run("revision", "--config", config, "-m", "Grow t", "--rev-id", "bbb111");
        Path second = file("bbb111");
        Files.writeString(second, Files.readString(second).replace("-- @upgrade\n",
                "-- @upgrade\nALTER TABLE `t` ADD COLUMN `c` INT;\nALTER TABLE `t` ADD COLUMN `d` INT;\n"));
        Files.writeString(flyway.resolve("V1__create_t.sql"), "-- starrocks4j revision aaa111 (upgrade)\nstale");
        Cli.Result refused = Cli.run("export", "--config", config, "--format", "flyway", "-o", flyway.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("holds an earlier export: 1 file(s) would change (V1__create_t.sql)")
                .contains("--overwrite");
        assertThat(flyway.resolve("V2_1__grow_t.sql")).doesNotExist();
        Cli.Result again = Cli.run("export", "--config", config, "--format", "flyway", "-o", flyway.toString(),
                "--overwrite");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("V2_1__grow_t.sql", "V2_2__grow_t.sql");
        assertThat(again.err()).contains("WARNING: V2_2 changes table `t` while the schema-change job V2_1 starts on "
                + "it may still run, and Flyway does not wait for it");
        assertThat(Files.readString(flyway.resolve("V1__create_t.sql"))).contains("CREATE TABLE `t`");

        Cli.Result liquibase = Cli.run("export", "--config", config, "--format", "liquibase");
        assertThat(liquibase.out()).startsWith("--liquibase formatted sql\n")
                .contains("--changeset starrocks4j:aaa111 splitStatements:true endDelimiter:; stripComments:true\n"
                        + "--comment: Create t\n"
                        + "CREATE TABLE `t` (`id` INT);\nALTER TABLE `t` COMMENT = 'x';\n--rollback DROP TABLE `t`;\n");
    }

    private Path file(String id) throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("migrations"))) {
            List<Path> matches = files.filter(f -> f.getFileName().toString().startsWith(id)).toList();
            assertThat(matches).hasSize(1);
            return matches.get(0);
        }
    }
}
