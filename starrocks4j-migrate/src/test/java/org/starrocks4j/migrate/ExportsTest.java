package org.starrocks4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.starrocks4j.migrate.Revisions.rev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportsTest {

    @TempDir
    Path dir;

    private final Revision a = rev("aaa111", (String) null, "CREATE TABLE `t` (`id` INT);\n-- note\n"
            + "CREATE VIEW `v` AS\nSELECT `id`\nFROM `t`;", "DROP VIEW `v`;\nDROP TABLE `t`;");
    private final Revision b = rev("bbb111", "aaa111", "ALTER TABLE `t` ADD COLUMN `c` INT;", "");
    private final RevisionGraph graph = new RevisionGraph(List.of(a, b));

    @Test
    void flywayVersionedAndUndoFilesInGraphOrder() throws Exception {
        List<Path> files = FlywayExport.write(graph, dir);
        assertThat(files).extracting(f -> f.getFileName().toString())
                .containsExactly("V1__revision_aaa111.sql", "U1__revision_aaa111.sql", "V2__revision_bbb111.sql");
        assertThat(Files.readString(dir.resolve("V1__revision_aaa111.sql"))).isEqualTo("""
                -- starrocks4j revision aaa111 (upgrade): revision aaa111
                CREATE TABLE `t` (`id` INT);
                CREATE VIEW `v` AS
                SELECT `id`
                FROM `t`;
                """);
        assertThat(Files.readString(dir.resolve("U1__revision_aaa111.sql"))).endsWith("DROP VIEW `v`;\nDROP TABLE `t`;\n");
    }

    @Test
    void liquibaseChangelogWithMultiLineRollbacks() {
        assertThat(LiquibaseExport.render(graph)).isEqualTo("""
                --liquibase formatted sql

                --changeset starrocks4j:aaa111 splitStatements:true endDelimiter:;
                --comment: revision aaa111
                CREATE TABLE `t` (`id` INT);
                CREATE VIEW `v` AS
                SELECT `id`
                FROM `t`;
                --rollback DROP VIEW `v`;
                --rollback DROP TABLE `t`;

                --changeset starrocks4j:bbb111 splitStatements:true endDelimiter:;
                --comment: revision bbb111
                ALTER TABLE `t` ADD COLUMN `c` INT;
                """);
    }

    /** An incomplete downgrade is exported as no undo at all, so that Flyway and Liquibase refuse it too. */
    @Test
    void irreversibleRevisionsGetNoUndoAndSayWhy() throws Exception {
        Revision widen = rev("ccc111", "aaa111", "ALTER TABLE `t` MODIFY COLUMN `id` BIGINT;",
                RevisionFile.IRREVERSIBLE_MARKER + " table `t`: column `id` cannot be narrowed back\n");
        RevisionGraph withWiden = new RevisionGraph(List.of(a, widen));
        assertThat(FlywayExport.write(withWiden, dir)).extracting(f -> f.getFileName().toString())
                .containsExactly("V1__revision_aaa111.sql", "U1__revision_aaa111.sql", "V2__revision_ccc111.sql");
        assertThat(Files.readString(dir.resolve("V2__revision_ccc111.sql"))).contains(
                "-- IRREVERSIBLE: (no undo migration) table `t`: column `id` cannot be narrowed back\n");
        assertThat(LiquibaseExport.render(withWiden)).endsWith("""
                --changeset starrocks4j:ccc111 splitStatements:true endDelimiter:;
                --comment: revision ccc111
                ALTER TABLE `t` MODIFY COLUMN `id` BIGINT;
                -- IRREVERSIBLE: (no rollback) table `t`: column `id` cannot be narrowed back
                """);
    }

    @Test
    void offlineScriptWithBookkeepingAndAsyncNotes() {
        VersionTable table = new VersionTable("starrocks4j_version", Map.of());
        String sql = OfflineScript.render(MigrationPlanner.upgrade(graph, Set.of(), "head"), "base", table,
                Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC), "offline");
        assertThat(sql).contains("CREATE TABLE IF NOT EXISTS `starrocks4j_version`")
                .contains("-- Running upgrade aaa111 -> bbb111: revision bbb111\n"
                        + "ALTER TABLE `t` ADD COLUMN `c` INT;\n"
                        + "-- asynchronous: wait until SHOW ALTER TABLE COLUMN shows the job on `t` FINISHED before the "
                        + "next change of that table\n"
                        + "INSERT INTO `starrocks4j_version` (`revision`, `parents`, `message`, `state`, `step`, "
                        + "`checksum`, `step_checksum`, `updated_at`, `updated_by`) VALUES ('bbb111', 'aaa111', "
                        + "'revision bbb111', 'APPLIED', 1, '" + b.checksum() + "', '', '2026-11-25 06:00:00', "
                        + "'offline');\n");
    }
}
