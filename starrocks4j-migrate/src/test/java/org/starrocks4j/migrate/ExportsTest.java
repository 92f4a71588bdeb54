package org.starrocks4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
        List<Path> files = FlywayExport.write(graph, dir, false).written();
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

                --changeset starrocks4j:aaa111 splitStatements:true endDelimiter:; stripComments:true
                --comment: revision aaa111
                CREATE TABLE `t` (`id` INT);
                CREATE VIEW `v` AS
                SELECT `id`
                FROM `t`;
                --rollback DROP VIEW `v`;
                --rollback DROP TABLE `t`;

                --changeset starrocks4j:bbb111 splitStatements:true endDelimiter:; stripComments:true
                --comment: revision bbb111
                ALTER TABLE `t` ADD COLUMN `c` INT;
                -- asynchronous: wait until SHOW ALTER TABLE COLUMN shows the job on `t` FINISHED before the next change of that table
                """);
    }

    /** Three changes of `t` that each must wait for the job before: column, index, then a comment. */
    private final Revision jobs = rev("ccc111", "bbb111", """
            ALTER TABLE `t` ADD COLUMN `d` INT;
            ALTER TABLE `t` ADD INDEX `i` (`d`) USING BITMAP;
            CREATE VIEW `w` AS SELECT 1;
            ALTER TABLE `t` COMMENT = 'x';
            """, """
            ALTER TABLE `t` COMMENT = '';
            ALTER TABLE `t` DROP INDEX `i`;
            DROP VIEW `w`;
            ALTER TABLE `t` DROP COLUMN `d`;
            """);
    private final RevisionGraph withJobs = new RevisionGraph(List.of(a, b, jobs));

    @Test
    void aRevisionThatWouldChangeATableDuringItsOwnJobIsCutIntoFlywayVersions() throws Exception {
        ExportResult result = FlywayExport.write(withJobs, dir, false);
        assertThat(result.written()).extracting(f -> f.getFileName().toString()).containsExactly(
                "V1__revision_aaa111.sql", "U1__revision_aaa111.sql", "V2__revision_bbb111.sql",
                "V3_1__revision_ccc111.sql", "U3_1__revision_ccc111.sql",
                "V3_2__revision_ccc111.sql", "U3_2__revision_ccc111.sql",
                "V3_3__revision_ccc111.sql", "U3_3__revision_ccc111.sql");
        String note = "-- asynchronous: wait until SHOW ALTER TABLE COLUMN shows the job on `t` FINISHED before the "
                + "next change of that table\n";
        assertThat(Files.readString(dir.resolve("V3_1__revision_ccc111.sql"))).isEqualTo(
                "-- starrocks4j revision ccc111 (upgrade, part 1 of 3): revision ccc111\n"
                        + "-- runs once the schema-change job V2 starts on `t` is FINISHED (SHOW ALTER TABLE COLUMN): "
                        + "if it fails because the table is not NORMAL, run it again then\n"
                        + "ALTER TABLE `t` ADD COLUMN `d` INT;\n" + note);
        assertThat(Files.readString(dir.resolve("V3_2__revision_ccc111.sql"))).endsWith(
                "ALTER TABLE `t` ADD INDEX `i` (`d`) USING BITMAP;\n" + note + "CREATE VIEW `w` AS SELECT 1;\n");
        assertThat(Files.readString(dir.resolve("V3_3__revision_ccc111.sql")))
                .contains("-- runs once the schema-change job V3_2 starts on `t` is FINISHED")
                .endsWith("ALTER TABLE `t` COMMENT = 'x';\n");
        // undone last part first, U3_3, U3_2, U3_1 run the downgrade in its order, cut the same way
        assertThat(Files.readString(dir.resolve("U3_3__revision_ccc111.sql"))).endsWith(
                "ALTER TABLE `t` COMMENT = '';\nALTER TABLE `t` DROP INDEX `i`;\n" + note + "DROP VIEW `w`;\n");
        assertThat(Files.readString(dir.resolve("U3_2__revision_ccc111.sql")))
                .endsWith("ALTER TABLE `t` DROP COLUMN `d`;\n" + note);
        assertThat(Files.readString(dir.resolve("U3_1__revision_ccc111.sql")))
                .isEqualTo("-- starrocks4j revision ccc111 (undo, part 1 of 3): revision ccc111\n");

        assertThat(result.warnings()).hasSize(3).first().asString().startsWith("V3_1 changes table `t` while the "
                + "schema-change job V2 starts on it may still run, and Flyway does not wait for it: if V3_1 fails "
                + "because the table is not NORMAL, run Flyway again once SHOW ALTER TABLE COLUMN shows the job "
                + "FINISHED");
        assertThat(result.warnings().get(2)).startsWith("V3_3 changes table `t` while the schema-change job V3_2");
    }

    @Test
    void aStatementThatWouldMeetAJobOfAnEarlierRevisionBeginsAVersionOfItsOwn() {
        Revision later = rev("ddd111", "bbb111", "CREATE VIEW `w` AS SELECT 1;\nALTER TABLE `t` COMMENT = 'x';",
                "ALTER TABLE `t` COMMENT = '';\nDROP VIEW `w`;");
        RevisionGraph afterJob = new RevisionGraph(List.of(a, b, later));
        assertThat(FlywayExport.files(afterJob).keySet()).containsExactly("V1__revision_aaa111.sql",
                "U1__revision_aaa111.sql", "V2__revision_bbb111.sql", "V3_1__revision_ddd111.sql",
                "U3_1__revision_ddd111.sql", "V3_2__revision_ddd111.sql", "U3_2__revision_ddd111.sql");
        assertThat(FlywayExport.warnings(afterJob)).singleElement().asString()
                .startsWith("V3_2 changes table `t` while the schema-change job V2 starts on it may still run");
    }

    @Test
    void liquibaseChangesetsAreCutTheSameWayWithTheirShareOfTheRollback() {
        String changelog = LiquibaseExport.render(withJobs);
        assertThat(changelog).contains("""
                --changeset starrocks4j:ccc111.1 splitStatements:true endDelimiter:; stripComments:true
                --comment: revision ccc111 (part 1 of 3)
                -- runs once the schema-change job changeset starrocks4j:bbb111 starts on `t` is FINISHED (SHOW ALTER TABLE COLUMN): if it fails because the table is not NORMAL, run it again then
                ALTER TABLE `t` ADD COLUMN `d` INT;
                -- asynchronous: wait until SHOW ALTER TABLE COLUMN shows the job on `t` FINISHED before the next change of that table
                --rollback empty
                """).contains("""
                CREATE VIEW `w` AS SELECT 1;
                --rollback ALTER TABLE `t` DROP COLUMN `d`;
                """).contains("""
                --changeset starrocks4j:ccc111.3 splitStatements:true endDelimiter:; stripComments:true
                --comment: revision ccc111 (part 3 of 3)
                -- runs once the schema-change job changeset starrocks4j:ccc111.2 starts on `t` is FINISHED (SHOW ALTER TABLE COLUMN): if it fails because the table is not NORMAL, run it again then
                ALTER TABLE `t` COMMENT = 'x';
                --rollback ALTER TABLE `t` COMMENT = '';
                --rollback ALTER TABLE `t` DROP INDEX `i`;
                --rollback DROP VIEW `w`;
                """);
        assertThat(LiquibaseExport.warnings(withJobs)).first().asString()
                .startsWith("changeset starrocks4j:ccc111.1 changes table `t` while the schema-change job changeset "
                        + "starrocks4j:bbb111 starts on it may still run, and Liquibase does not wait for it");
    }

    @Test
    void anEarlierExportIsReplacedOnlyWithOverwriteAndOtherFilesAreNeverTouched() throws Exception {
        FlywayExport.write(withJobs, dir, false);
        assertThat(FlywayExport.write(withJobs, dir, false).written()).as("the same export again").hasSize(9);
        Files.writeString(dir.resolve("README.md"), "mine");
        Files.writeString(dir.resolve("V10__mine.sql"), "SELECT 1;");

        assertThatThrownBy(() -> FlywayExport.write(graph, dir, false))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("6 file(s) the revisions no longer make would be left over "
                        + "(U3_1__revision_ccc111.sql, ")
                .hasMessageContaining("Give --overwrite").hasMessageContaining("nothing was written");
        assertThat(dir.resolve("V3_1__revision_ccc111.sql")).exists();

        ExportResult replaced = FlywayExport.write(graph, dir, true);
        assertThat(replaced.removed()).hasSize(6);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).containsExactly(
                    "README.md", "U1__revision_aaa111.sql", "V10__mine.sql", "V1__revision_aaa111.sql",
                    "V2__revision_bbb111.sql");
        }

        Files.writeString(dir.resolve("V2__revision_bbb111.sql"), "-- starrocks4j revision bbb111 (upgrade)\nedited");
        assertThatThrownBy(() -> FlywayExport.write(graph, dir, false))
                .hasMessageContaining("1 file(s) would change (V2__revision_bbb111.sql)");

        Files.writeString(dir.resolve("V1.0__theirs.sql"), "SELECT 1;");
        assertThatThrownBy(() -> FlywayExport.write(graph, dir, true))
                .hasMessageContaining("V1.0__theirs.sql is not from starrocks4j but has the version of "
                        + "V1__revision_aaa111.sql");
    }

    @Test
    void aLiquibaseChangelogIsReplacedOnlyWithOverwrite() throws Exception {
        Path file = dir.resolve("db/changelog.sql");
        assertThat(LiquibaseExport.write(graph, file, false).written()).containsExactly(file);
        assertThat(LiquibaseExport.write(graph, file, false).written()).as("the same text again").hasSize(1);
        assertThatThrownBy(() -> LiquibaseExport.write(withJobs, file, false))
                .hasMessageContaining("exists with other content; give --overwrite");
        assertThat(Files.readString(file)).isEqualTo(LiquibaseExport.render(graph));
        LiquibaseExport.write(withJobs, file, true);
        assertThat(Files.readString(file)).isEqualTo(LiquibaseExport.render(withJobs));
    }

    /** An incomplete downgrade is exported as no undo at all, so that Flyway and Liquibase refuse it too. */
    @Test
    void irreversibleRevisionsGetNoUndoAndSayWhy() throws Exception {
        Revision widen = rev("ccc111", "aaa111", "ALTER TABLE `t` MODIFY COLUMN `id` BIGINT;",
                RevisionFile.IRREVERSIBLE_MARKER + " table `t`: column `id` cannot be narrowed back\n");
        RevisionGraph withWiden = new RevisionGraph(List.of(a, widen));
        assertThat(FlywayExport.write(withWiden, dir, false).written()).extracting(f -> f.getFileName().toString())
                .containsExactly("V1__revision_aaa111.sql", "U1__revision_aaa111.sql", "V2__revision_ccc111.sql");
        assertThat(Files.readString(dir.resolve("V2__revision_ccc111.sql"))).contains(
                "-- IRREVERSIBLE: (no undo migration) table `t`: column `id` cannot be narrowed back\n");
        assertThat(LiquibaseExport.render(withWiden)).endsWith("""
                --changeset starrocks4j:ccc111 splitStatements:true endDelimiter:; stripComments:true
                --comment: revision ccc111
                ALTER TABLE `t` MODIFY COLUMN `id` BIGINT;
                -- asynchronous: wait until SHOW ALTER TABLE COLUMN shows the job on `t` FINISHED before the next change of that table
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
