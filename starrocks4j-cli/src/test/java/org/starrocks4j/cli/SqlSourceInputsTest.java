package org.starrocks4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code sql:} sources meet the files people write by hand: encodings, sessions, other statements, filters. */
class SqlSourceInputsTest {

    @TempDir
    Path work;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(work.resolve(name), text);
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        Path file = Files.write(work.resolve("bom.sql"),
                "\uFEFFCREATE TABLE t (k INT);".getBytes(StandardCharsets.UTF_8));
        Cli.Result r = Cli.run("inspect", "--from", "sql:" + file);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("CREATE TABLE `t` (");
    }

    @Test
    void bytesThatAreNotUtf8NameTheFileAndLine() throws IOException {
        Path file = Files.write(work.resolve("latin1.sql"), new byte[] {'-', '-', ' ', 'c', 'a', 'f', (byte) 0xE9});
        Cli.Result r = Cli.run("inspect", "--from", "sql:" + file);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: " + file + ", line 1, column 7: the file is not UTF-8");
    }

    @Test
    void ruleViolationsNameTheFileAndTheLineOfTheStatement() throws IOException {
        Path file = file("agg.sql", "CREATE TABLE ok (k INT);\n\nCREATE TABLE agg (k INT, v INT)\nAGGREGATE KEY(k)\n"
                + "DISTRIBUTED BY HASH(k);\n");
        for (String format : new String[] {"sql", "json"}) {
            Cli.Result r = Cli.run("inspect", "--from", "sql:" + file, "--format", format);
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).startsWith("error: " + file + ", line 3: statement (CREATE TABLE `agg`): table agg, "
                    + "column 'v': AGG_KEYS table should specify aggregate type for non-key column");
        }
        Cli.Result diff = Cli.run("diff", "--from", "sql:" + file, "--to", "sql:" + file);
        assertThat(diff.err()).startsWith("error: " + file + ", line 3: ");
    }

    @Test
    void createDatabaseAndUseQualifyWhatFollows() throws IOException {
        Path file = file("shop.sql", "CREATE DATABASE IF NOT EXISTS shop;\nUSE shop;\nCREATE TABLE orders (id INT);\n");
        Cli.Result r = Cli.run("inspect", "--from", "sql:" + file);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("CREATE TABLE `shop`.`orders` (");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void otherStatementsFailWithTheWayOutOrAreSkippedWithWarnings() throws IOException {
        Path file = file("data.sql", "CREATE TABLE t (k INT);\nINSERT INTO t VALUES (1);\nGRANT SELECT ON t TO u;\n");
        Cli.Result refused = Cli.run("inspect", "--from", "sql:" + file);
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).startsWith("error: " + file + ", line 2, column 1: INSERT is valid StarRocks SQL but "
                + "not supported").contains("(--ignore-unsupported skips such statements with a warning)");

        Cli.Result skipped = Cli.run("inspect", "--from", "sql:" + file, "--ignore-unsupported");
        assertThat(skipped.exitCode()).as(skipped.err()).isZero();
        assertThat(skipped.out()).startsWith("CREATE TABLE `t` (");
        assertThat(skipped.err().lines()).containsExactly(
                "warning: " + file + ", line 2: skipped the statement: INSERT is valid StarRocks SQL but not supported "
                        + "by starrocks4j; starrocks4j reads only the INSERT INTO t (cols) SELECT cols FROM s of table "
                        + "rebuilds; data changes are not schema",
                "warning: " + file + ", line 3: skipped the statement: GRANT is valid StarRocks SQL but not supported "
                        + "by starrocks4j; starrocks4j reads CREATE, DROP and ALTER of tables, views and materialized "
                        + "views");
    }

    @Test
    void tablesFiltersASqlSource() throws IOException {
        Path file = file("many.sql", "CREATE TABLE orders_a (k INT);\nCREATE TABLE orders_tmp (k INT);\n"
                + "CREATE TABLE users (k INT);\nCREATE VIEW orders_v AS SELECT k FROM orders_a;\n");
        Cli.Result r = Cli.run("inspect", "--from", "sql:" + file, "--tables", "orders_*,!*_tmp");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("CREATE"))).containsExactly("CREATE TABLE `orders_a` (",
                "CREATE VIEW `orders_v`");
        Cli.Result none = Cli.run("inspect", "--from", "sql:" + file, "--tables", "nothing_*");
        assertThat(none.err()).contains("warning: the tables filter 'nothing_*' matches none of the 4 objects of "
                + file);
    }

    @Test
    void anEmptyOrCommentOnlySchemaIsSaidOnStandardError() throws IOException {
        Path file = file("empty.sql", "-- nothing here yet\n/* not even this */\n");
        Cli.Result r = Cli.run("inspect", "--from", "sql:" + file);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly(
                "warning: " + file + " holds no statement, only comments or blank lines",
                "empty schema: sql:" + file + " defines no table, view or materialized view");
        Cli.Result json = Cli.run("inspect", "--from", "sql:" + file, "--format", "json");
        assertThat(json.out()).isEqualTo("{\n  \"objects\": []\n}\n");
    }

    @Test
    void aViewOverATableTheFileNeverCreatedIsAWarningNamingFileLineViewAndTable() throws IOException {
        Path file = file("views.sql", "CREATE TABLE orders (id INT);\n"
                + "CREATE VIEW v AS SELECT o.id FROM orders o JOIN customers c ON o.id = c.id;\n");
        Cli.Result r = Cli.run("inspect", "--from", "sql:" + file);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo("warning: " + file + ", line 2: view `v` reads `customers`, which no statement "
                + "before it creates; if it lives in another database or file, qualify or ignore this, else create it "
                + "first or correct the name\n");
    }

    @Test
    void nothingButTheResultWhenStandardErrorIsNotATerminal() throws IOException {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            script.append("CREATE TABLE t").append(i).append(" (k INT);\n");
        }
        Path file = file("plenty.sql", script.toString());
        Cli.Result r = Cli.run("inspect", "--from", "sql:" + file);
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(Cli.run("inspect", "--from", "sql:" + file, "--quiet").err()).isEmpty();
    }
}
