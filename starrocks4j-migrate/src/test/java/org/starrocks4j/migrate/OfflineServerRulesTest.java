package org.starrocks4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.starrocks4j.migrate.Revisions.rev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a migration history or a SQL file without a server checks every statement against the rules of the
 * server the settings name (any server when none): a revision the server would refuse half-way through an upgrade
 * fails {@code check --offline}, {@code upgrade --sql}, {@code downgrade --sql}, {@code history:} and {@code sql:}
 * first, naming the file, the line, the statement, the rule with the server's message, and the way out.
 */
class OfflineServerRulesTest {

    private static final String CREATE = "CREATE TABLE `t` (`k` INT NOT NULL, `v` INT NULL) DUPLICATE KEY(`k`) "
            + "DISTRIBUTED BY HASH(`k`) BUCKETS 1;";
    private static final String NOT_NULL = "ALTER TABLE `t` MODIFY COLUMN `v` INT NOT NULL;";

    @TempDir
    Path dir;

    private StarRocks4jConfiguration configure() {
        return StarRocks4j.configure().baseDir(dir).locations("filesystem:migrations")
                .models(StarRocks4jTest.Models.class.getName());
    }

    /** Writes the revisions to {@code migrations/} and returns the file of the last one. */
    private Path write(Revision... revisions) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("migrations"));
        Path last = null;
        for (Revision r : revisions) {
            last = folder.resolve(r.id() + "_revision.sql");
            Files.writeString(last, RevisionFile.render(r), StandardCharsets.UTF_8);
        }
        return last;
    }

    /** {@code FILE, line L, column 1} of the line of {@code file} that starts with {@code statement}. */
    private static String position(Path file, String statement) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(statement)) {
                return file + ", line " + (i + 1) + ", column 1";
            }
        }
        throw new AssertionError(statement + " is not in " + file);
    }

    @Test
    void aRevisionTheServerWouldRefuseFailsEveryOfflineReadWithItsFileLineRuleAndWayOut() throws IOException {
        Path file = write(rev("aaa111", (String) null, CREATE, "DROP TABLE `t`;"),
                rev("bbb111", "aaa111", "-- make v required\n" + NOT_NULL, ""));
        StarRocks4j starRocks4j = configure().load();
        String[] says = {position(file, NOT_NULL), "revision bbb111 (bbb111_revision.sql), upgrade statement 1 of 1",
                "ALTER TABLE `t` MODIFY COLUMN `v` INT NOT NULL", "StarRocks cannot make a nullable column NOT NULL "
                + "(\"Can not change from nullable to non-nullable\")", "keep `v` NULL, or rebuild the table",
                "Fix the statement in the revision file"};

        expectRefusal(() -> starRocks4j.check(CompareWith.HISTORY), says);
        expectRefusal(() -> starRocks4j.sql("base", "head"), says);
        expectRefusal(() -> starRocks4j.read("history:migrations"), says);
        // up to the revision before it, the history reads, and so does the upgrade to it
        assertThat(starRocks4j.read("history:migrations@aaa111").tables()).hasSize(1);
        assertThat(starRocks4j.sql("base", "aaa111").text()).contains("CREATE TABLE `t`");
    }

    @Test
    void aDowngradeTheServerWouldRefuseFailsDowngradeSql() throws IOException {
        Path file = write(rev("aaa111", (String) null, CREATE, "DROP TABLE `t`;"),
                rev("bbb111", "aaa111", "ALTER TABLE `t` MODIFY COLUMN `v` BIGINT NULL;",
                        "ALTER TABLE `t` MODIFY COLUMN `v` INT NULL;"));
        StarRocks4j starRocks4j = configure().load();
        assertThat(starRocks4j.sql("base", "head").text()).contains("BIGINT");
        expectRefusal(() -> starRocks4j.sql("head", "aaa111"), position(file,
                "ALTER TABLE `t` MODIFY COLUMN `v` INT NULL"), "downgrade statement 1 of 1",
                "StarRocks cannot narrow an integer column (BIGINT -> INT)");
    }

    @Test
    void anOfflineScriptPassesOverObjectsNoRevisionCreatesButChecksTheRest() throws IOException {
        // revisions stamped onto a database whose table `legacy` no revision creates
        write(rev("aaa111", (String) null, "ALTER TABLE `legacy` ADD COLUMN `x` INT NULL;\n" + CREATE,
                "DROP TABLE `t`;\nALTER TABLE `legacy` DROP COLUMN `x`;"),
                rev("bbb111", "aaa111", NOT_NULL, ""));
        StarRocks4j starRocks4j = configure().load();
        assertThat(starRocks4j.sql("base", "aaa111").text()).contains("ALTER TABLE `legacy` ADD COLUMN `x` INT NULL");
        assertThat(starRocks4j.sql("aaa111", "base").text()).contains("ALTER TABLE `legacy` DROP COLUMN `x`");
        expectRefusal(() -> starRocks4j.sql("base", "head"), "\"Can not change from nullable to non-nullable\"");
        // a replay of the history as a schema needs every object: it says which is missing
        expectRefusal(() -> starRocks4j.read("history:migrations@aaa111"), "table `legacy` does not exist");
    }

    @Test
    void theConfiguredServerVersionDecidesTheRulesThatCameWithAVersion() throws IOException {
        write(rev("aaa111", (String) null, CREATE, "DROP TABLE `t`;"),
                rev("bbb111", "aaa111", "ALTER TABLE `t` RENAME COLUMN `v` TO `w`;", ""));
        assertThat(configure().load().read("history:migrations").tables().get(0).column("w")).isPresent();
        assertThat(configure().serverVersion("3.5.2").load().sql("base", "head").text()).contains("RENAME COLUMN");
        expectRefusal(() -> configure().serverVersion("3.2.11").load().check(CompareWith.HISTORY),
                "StarRocks 3.2.11 has no RENAME COLUMN (it came with 3.3.2)", "give it (--server-version");
    }

    @Test
    void aSqlFileTheServerWouldRefuseFailsWithItsFileAndLine() throws IOException {
        Path file = dir.resolve("schema.sql");
        Files.writeString(file, CREATE + "\n\n" + NOT_NULL + "\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> configure().load().read("sql:schema.sql"))
                .isInstanceOf(StarRocks4jException.class)
                .hasMessageContaining(file + ", line 3: statement (ALTER TABLE `t` MODIFY COLUMN `v`)")
                .hasMessageContaining("\"Can not change from nullable to non-nullable\"")
                .hasMessageContaining("keep `v` NULL");
    }

    private static void expectRefusal(ThrowingCallable call, String... says) {
        assertThatThrownBy(call).isInstanceOf(StarRocks4jException.class)
                .satisfies(e -> assertThat(((StarRocks4jException) e).errorCode()).isEqualTo(ErrorCode.REVISIONS))
                .message().contains(says);
    }
}
