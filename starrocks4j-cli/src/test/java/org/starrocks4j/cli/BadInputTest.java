package org.starrocks4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs a new user gets wrong: each gets one clear message (what is wrong, where, and the way out), exit code 2,
 * and nothing written or run.
 */
class BadInputTest {

    @TempDir
    Path dir;

    private String project() {
        Cli.run("init", dir.toString());
        return dir.resolve("starrocks4j.properties").toString();
    }

    private List<Path> revisionFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("migrations"))) {
            return files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
        }
    }

    @Test
    void aRevisionIdThatExistsIsRefusedAndEveryCommandKeepsWorking() throws Exception {
        String config = project();
        assertThat(Cli.run("revision", "--config", config, "-m", "First", "--rev-id", "aaa111").exitCode()).isZero();
        List<Path> before = revisionFiles();

        Cli.Result again = Cli.run("revision", "--config", config, "-m", "Second", "--rev-id", "aaa111");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("revision id aaa111 is taken by aaa111 (aaa111_first.sql)")
                .contains("leave out the id for a random one").contains("nothing was written");
        Cli.Result prefix = Cli.run("revision", "--config", config, "-m", "Second", "--rev-id", "aaa");
        assertThat(prefix.exitCode()).isEqualTo(2);
        assertThat(prefix.err()).contains("revision id aaa starts the id of aaa111");

        assertThat(revisionFiles()).isEqualTo(before);
        assertThat(Cli.run("history", "--config", config).exitCode()).isZero();
    }

    @Test
    void aRevisionStatementThatDoesNotParseStopsEveryCommandWithFileAndLine() throws Exception {
        String config = project();
        Cli.run("revision", "--config", config, "-m", "Broken", "--rev-id", "aaa111");
        Path file = revisionFiles().get(0);
        Files.writeString(file, Files.readString(file).replace("-- @upgrade\n",
                "-- @upgrade\nCREATE TABLE t (id INT);\nALTER TABLE t ADD COLUMN c INT AFTR id;\n"));

        for (String[] command : List.of(new String[] {"upgrade", "--sql"}, new String[] {"history"},
                new String[] {"heads"}, new String[] {"export", "--format", "liquibase"})) {
            Cli.Result r = Cli.run(Stream.concat(Stream.of(command), Stream.of("--config", config))
                    .toArray(String[]::new));
            assertThat(r.exitCode()).as(String.join(" ", command)).isEqualTo(2);
            assertThat(r.out()).as(String.join(" ", command)).isEmpty();
            assertThat(r.err()).as(String.join(" ", command))
                    .contains(file.getFileName() + ", line 9, column 32: upgrade statement 2 of 2 does not parse");
        }
    }

    @Test
    void optionValuesAreCheckedWhenTheCommandLineIsRead() throws Exception {
        Path schema = dir.resolve("s.sql");
        Files.writeString(schema, "CREATE TABLE t (id INT);");
        Cli.Result parallel = Cli.run("inspect", "--from", "sql:" + schema, "--parallel", "99");
        assertThat(parallel.exitCode()).isEqualTo(2);
        assertThat(parallel.err()).contains("Invalid value for option '--parallel': 99 is out of range; give 1 to 16 "
                + "connections");
        assertThat(Cli.run("inspect", "--from", "sql:" + schema, "--parallel", "four").err())
                .contains("'four' is not a number");

        Cli.Result version = Cli.run("diff", "--from", "sql:" + schema, "--to", "sql:" + schema, "--server-version",
                "banana");
        assertThat(version.exitCode()).isEqualTo(2);
        assertThat(version.out()).isEmpty();
        assertThat(version.err()).contains("Invalid value for option '--server-version': 'banana' is not a StarRocks "
                + "version; give MAJOR.MINOR[.PATCH]").contains("e.g. 3.5, 3.5.2 or 4.1.1-ee");
        assertThat(Cli.run("inspect", "--from", "sql:" + schema, "--server-version", "3.5.2").exitCode()).isZero();
        assertThat(Cli.run("check", "--offline", "--server-version", "x.y").err())
                .contains("'x.y' is not a StarRocks version");
        assertThat(Cli.run("diff", "--from", "sql:" + schema, "--to", "sql:" + schema, "--run-mode", "cloud").err())
                .contains("Invalid value for option '--run-mode': unknown run mode 'cloud'; use shared_nothing or "
                        + "shared_data");

        String config = project();
        Files.writeString(Path.of(config), Files.readString(Path.of(config)) + "server_version = banana\n");
        Cli.Result fromFile = Cli.run("upgrade", "--sql", "--config", config);
        assertThat(fromFile.exitCode()).isEqualTo(2);
        assertThat(fromFile.err()).contains("starrocks4j.properties: setting server_version: 'banana' is not a StarRocks "
                + "version");
    }

    @Test
    void initOnAFileSaysWhatIsWrongAndWhatToDo() throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        Cli.Result r = Cli.run("init", file.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(file + " is a file, not a folder").contains("starrocks4j init my_project");
        assertThat(Files.readString(file)).isEqualTo("x");

        Cli.Result inside = Cli.run("init", file.resolve("project").toString());
        assertThat(inside.exitCode()).isEqualTo(2);
        assertThat(inside.err()).contains(file + " is a file, not a folder");
    }

    @Test
    void aUrlThatIsNoUrlSaysWhatAUrlLooksLike() {
        String config = project();
        Cli.Result r = Cli.run("upgrade", "--config", config, "--url", "garbage");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'garbage' is not a database URL; write jdbc:starrocks://").contains("9030")
                .doesNotContain("No suitable driver");
        Cli.Result otherScheme = Cli.run("current", "--config", config, "--url", "jdbc:nosuchdb://h/db");
        assertThat(otherScheme.err()).contains("no JDBC driver on the class path takes jdbc:nosuchdb://h/db; write "
                + "jdbc:starrocks://");
    }

    @Test
    void withoutADatabaseEachCommandNamesItsOwnWayToDoWithoutOne() {
        String config = project();
        Cli.Result upgrade = Cli.run("upgrade", "--config", config);
        assertThat(upgrade.err()).contains("no database URL").contains("--sql").doesNotContain("--offline");
        Cli.Result check = Cli.run("check", "--config", config, "--models", "sql:x.sql");
        assertThat(check.err()).contains("no database URL").contains("--offline").doesNotContain("--sql");
        Cli.Result revision = Cli.run("revision", "--config", config, "-m", "x", "--autogenerate");
        assertThat(revision.err()).contains("--offline").doesNotContain("--sql");
        Cli.Result current = Cli.run("current", "--config", config);
        assertThat(current.exitCode()).isEqualTo(2);
        assertThat(current.err()).contains("no database URL").doesNotContain("--sql").doesNotContain("--offline");
    }

    @Test
    void sharedDataPropertiesWithoutTheRunModeGetAHint() throws Exception {
        Path printed = Files.writeString(dir.resolve("printed.sql"), """
                CREATE TABLE t (id INT) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id)
                PROPERTIES ("replication_num" = "1", "datacache.enable" = "true", "storage_volume" = "builtin");
                """);
        Path declared = Files.writeString(dir.resolve("declared.sql"),
                "CREATE TABLE t (id INT) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id);");
        Cli.Result hinted = Cli.run("diff", "--from", "sql:" + printed, "--to", "sql:" + declared);
        assertThat(hinted.err()).contains("hint: the schemas hold properties only shared-data servers print")
                .contains("add --run-mode shared_data");
        Cli.Result told = Cli.run("diff", "--from", "sql:" + printed, "--to", "sql:" + declared, "--run-mode",
                "shared_data");
        assertThat(told.err()).doesNotContain("hint:");
        assertThat(told.out()).isEqualTo("-- no changes\n");
        assertThat(Cli.run("diff", "--from", "sql:" + declared, "--to", "sql:" + declared).err())
                .doesNotContain("hint:");
    }

    @Test
    void debugShowsTheStackTraceAndOtherwiseThereIsNone() {
        Cli.Result plain = Cli.run("inspect", "--from", "sql:" + dir.resolve("missing.sql"));
        assertThat(plain.exitCode()).isEqualTo(2);
        assertThat(plain.err()).startsWith("error: ").doesNotContain("\tat ");
        Cli.Result debug = Cli.run("inspect", "--from", "sql:" + dir.resolve("missing.sql"), "--debug");
        assertThat(debug.err()).startsWith(plain.err()).contains("\tat org.starrocks4j.");
        assertThat(Cli.run("--debug", "inspect", "--from", "sql:" + dir.resolve("missing.sql")).err())
                .contains("\tat org.starrocks4j.");
    }
}
