package org.starrocks4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.starrocks4j.sql.SqlSchemaReader;
import org.starrocks4j.testing.StarRocksCorpus;
import picocli.CommandLine;

/** {@code starrocks4j inspect --from sql:FILE|DIR --format sql|json}. */
class InspectSqlSourceTest {

    @TempDir
    Path work;

    private static final String SCRIPT = """
            CREATE TABLE events (id BIGINT NOT NULL, dt DATE, name STRING)
            DUPLICATE KEY(id) DISTRIBUTED BY HASH(id) BUCKETS 4;
            ALTER TABLE events ADD COLUMN score INT DEFAULT "0" AFTER dt;
            CREATE VIEW named AS SELECT id, name FROM events;
            """;

    @Test
    void printsAFileAsCanonicalDdl() throws IOException {
        Path file = Files.writeString(work.resolve("schema.sql"), SCRIPT);
        Cli.Result r = Cli.run("inspect", "--from", "sql:" + file);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("""
                CREATE TABLE `events` (
                  `id` BIGINT NOT NULL,
                  `dt` DATE,
                  `score` INT DEFAULT '0',
                  `name` STRING
                )
                DUPLICATE KEY(`id`)
                DISTRIBUTED BY HASH(`id`) BUCKETS 4;

                CREATE VIEW `named`
                AS SELECT id, name FROM events;

                """);
    }

    @Test
    void printsJsonAndReadsDirectoriesInPathOrder() throws IOException {
        Path dir = Files.createDirectories(work.resolve("ddl"));
        Files.writeString(dir.resolve("001_tables.sql"), "CREATE TABLE t (k INT) DUPLICATE KEY(k);");
        Files.writeString(dir.resolve("002_alter.sql"), "ALTER TABLE t COMMENT = 'hello';");
        Files.writeString(dir.resolve("notes.txt"), "not sql");
        Cli.Result r = Cli.run("inspect", "--from", "sql:" + dir, "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("{\n  \"objects\": [\n    {\n      \"kind\": \"table\",")
                .contains("\"comment\": \"hello\"").endsWith("}\n");
    }

    @Test
    void errorsNameTheFileAndLine() throws IOException {
        Path file = Files.writeString(work.resolve("bad.sql"), "CREATE TABLE t (k INT);\nALTER TABLE u ADD COLUMN x INT;");
        Cli.Result r = Cli.run("inspect", "--from", "sql:" + file);
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("bad.sql, line 2").contains("table `u` does not exist");
        Cli.Result missing = Cli.run("inspect", "--from", "sql:" + work.resolve("nope.sql"));
        assertThat(missing.err()).contains("nope.sql does not exist");
    }

    @Test
    void everyCorpusFileInspectsAsSqlAndJson() throws IOException {
        Path corpus = StarRocksCorpus.root().orElse(null);
        assumeTrue(corpus != null, "the real-server corpus (shared/starrocks-corpus) is not here");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".sql")).filter(p -> !p.startsWith(corpus.resolve("rejected")))
                    .sorted().toList();
        }
        int printed = 0;
        List<String> refused = new ArrayList<>();
        CommandLine cli = StarRocks4jCommand.commandLine();
        for (Path file : files) {
            Cli.Result json = Cli.run(cli, "inspect", "--from", "sql:" + file, "--format", "json");
            Cli.Result sql = Cli.run(cli, "inspect", "--from", "sql:" + file);
            if (json.exitCode() == 0 && sql.exitCode() == 0) {
                assertThat(json.out()).startsWith("{\n  \"objects\": [");
                printed++;
                continue;
            }
            // what cannot be shown is refused with the file, a position or rule, and no stack trace
            String err = sql.exitCode() != 0 ? sql.err() : json.err();
            assertThat(err).as(file.toString()).contains(file.getFileName().toString()).doesNotContain("\tat ");
            refused.add(corpus.relativize(file) + ": " + err.lines().findFirst().orElse(""));
        }
        System.out.printf("inspect --from sql: printed %d of %d corpus files; refused with a message: %d%n",
                printed, files.size(), refused.size());
        refused.stream().filter(line -> !line.startsWith("accepted/alter/"))
                .forEach(line -> System.out.println("  " + line));
        assertThat(printed).isGreaterThan(files.size() / 2);
    }

    @Test
    void readerIsTheOneBehindTheSource() {
        assertThat(SqlSchemaReader.read(SCRIPT).objects()).hasSize(2);
    }
}
