package org.starrocks4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.starrocks4j.migrate.Revisions.rev;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MigrationRunnerTest {

    private final FakeStarRocks server = new FakeStarRocks();
    private final List<String> progress = new ArrayList<>();
    private final List<String> waitedFor = new ArrayList<>();
    private final VersionTable versionTable = new VersionTable("starrocks4j_version", Map.of("replication_num", "1"));
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC);

    private final Revision first = rev("aaa111", (String) null,
            "CREATE TABLE `t` (`id` INT) PRIMARY KEY (`id`) DISTRIBUTED BY HASH(`id`);\nCREATE VIEW `v` AS SELECT 1;",
            "DROP VIEW `v`;\nDROP TABLE `t`;");
    private final Revision second = rev("bbb111", "aaa111",
            "ALTER TABLE `t` ADD COLUMN `a` INT;\nALTER TABLE `t` ADD COLUMN `b` INT;\nALTER TABLE `t` COMMENT = 'x';",
            "ALTER TABLE `t` COMMENT = '';\nALTER TABLE `t` DROP COLUMN `b`;\nALTER TABLE `t` DROP COLUMN `a`;");

    /** The runner with the test's version table, clock, progress and who; waits with {@code wait}. */
    private MigrationRunner runner(StatementWait wait) {
        return new MigrationRunner(new SqlSession(server.connection()), StarRocks4j.configure()
                .versionTableProperties(Map.of("replication_num", "1")).clock(clock).progress(progress::add)
                .runBy("ann@host:1").statementWait(wait));
    }

    private MigrationRunner runner() {
        return runner((connection, statement, out) -> {
            waitedFor.add(statement);
            if (statement.contains("ADD COLUMN")) {
                out.accept("schema change job RUNNING");
            }
        });
    }

    @Test
    void aCooldownTimeAlreadyPastIsRefusedBeforeAnythingRuns() {
        // the seed README's my_table kept its 2025-06-04 cooldown; on 2026-11-25 the server says "Cooldown time should
        // be later than now", so nothing may run half-way
        Revision past = rev("ccc111", (String) null, """
                CREATE TABLE `ok` (`id` INT) DUPLICATE KEY (`id`);
                CREATE TABLE `cold` (`id` INT) DUPLICATE KEY (`id`) PROPERTIES ("storage_medium" = "SSD", \
                "storage_cooldown_time" = "2025-06-04 00:00:00");
                ALTER TABLE `ok` SET ("storage_cooldown_time" = "2026-11-23 12:00:00");
                ALTER TABLE `ok` SET ("storage_cooldown_time" = "2027-01-01 00:00:00");""", "");

        assertThatThrownBy(() -> runner().upgrade(new RevisionGraph(List.of(past)), "head"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("upgrade ccc111 (revision ccc111), statement 2: table cold, property "
                        + "'storage_cooldown_time' = '2025-06-04 00:00:00': Cooldown time should be later than now "
                        + "(it is 2026-11-25T06:00 UTC)")
                .hasMessageContaining("statement 3: ALTER TABLE ok, property 'storage_cooldown_time'")
                .hasMessageNotContaining("statement 4")
                .hasMessageEndingWith("Nothing was run.");
        assertThat(server.userStatements()).isEmpty();
    }

    @Test
    void upgradeRunsEachStatementWaitsAndRecordsEveryRevision() throws Exception {
        RevisionGraph graph = new RevisionGraph(List.of(first, second));
        List<MigrationStep> ran = runner().upgrade(graph, "head");

        assertThat(ran).extracting(s -> s.revision().id()).containsExactly("aaa111", "bbb111");
        assertThat(server.userStatements()).containsExactly(
                "CREATE TABLE `t` (`id` INT) PRIMARY KEY (`id`) DISTRIBUTED BY HASH(`id`)", "CREATE VIEW `v` AS SELECT 1",
                "ALTER TABLE `t` ADD COLUMN `a` INT", "ALTER TABLE `t` ADD COLUMN `b` INT",
                "ALTER TABLE `t` COMMENT = 'x'");
        assertThat(waitedFor).isEqualTo(server.userStatements());
        assertThat(progress).contains("upgrade aaa111 (revision aaa111): 2 statement(s)",
                "  [1/3] ALTER TABLE `t` ADD COLUMN `a` INT", "        schema change job RUNNING");
        // The version table: a PRIMARY KEY table with the configured PROPERTIES, created on first use.
        assertThat(server.log.get(0)).startsWith("CREATE VIEW `starrocks4j_version_lock` AS SELECT 'ann@host:1'");
        assertThat(server.log.get(1)).startsWith("CREATE TABLE IF NOT EXISTS `starrocks4j_version` (")
                .contains("PRIMARY KEY (`revision`)").contains("\"replication_num\" = \"1\"");
        assertThat(server.log.get(server.log.size() - 1)).isEqualTo("DROP VIEW `starrocks4j_version_lock`");
        assertThat(server.views).isEmpty();

        List<AppliedRevision> rows = runner().appliedRevisions();
        assertThat(rows).extracting(AppliedRevision::revision, AppliedRevision::state, AppliedRevision::step)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("aaa111", RevisionState.APPLIED, 2),
                        org.assertj.core.groups.Tuple.tuple("bbb111", RevisionState.APPLIED, 3));
        assertThat(rows.get(1).parents()).containsExactly("aaa111");
        assertThat(rows.get(1).checksum()).isEqualTo(second.checksum());
        assertThat(rows.get(1).updatedAt()).isEqualTo("2026-11-25 06:00:00");
        assertThat(rows.get(1).updatedBy()).isEqualTo("ann@host:1");

        server.log.clear();
        progress.clear();
        assertThat(runner().upgrade(graph, "head")).isEmpty();
        assertThat(server.userStatements()).isEmpty();
        assertThat(progress).containsExactly("nothing to do: the database is at bbb111");
    }

    @Test
    void downgradeRevertsChildrenFirstAndForgetsThem() throws Exception {
        RevisionGraph graph = new RevisionGraph(List.of(first, second));
        runner().upgrade(graph, "head");
        server.log.clear();

        runner().downgrade(graph, "-1", false);
        assertThat(server.userStatements()).containsExactly("ALTER TABLE `t` COMMENT = ''",
                "ALTER TABLE `t` DROP COLUMN `b`", "ALTER TABLE `t` DROP COLUMN `a`");
        assertThat(runner().state(graph).describeCurrent()).isEqualTo("aaa111");

        runner().downgrade(graph, "base", false);
        assertThat(runner().appliedRevisions()).isEmpty();
        assertThat(runner().state(graph).describeCurrent()).isEqualTo("base");
    }

    @Test
    void aBusyLockIsReportedWithItsHolderAndReleasedOnlyOnPurpose() throws Exception {
        RevisionGraph graph = new RevisionGraph(List.of(first));
        server.views.put("starrocks4j_version_lock", Map.of("holder", "bob@ci-7:4242", "since", "2026-11-25T05:00:00Z"));

        assertThatThrownBy(() -> runner().upgrade(graph, "head"))
                .isInstanceOf(MigrationLockedException.class)
                .hasMessageContaining("locked by another migration run: bob@ci-7:4242 since 2026-11-25T05:00:00Z")
                .hasMessageContaining("starrocks4j unlock");
        assertThat(server.userStatements()).isEmpty();
        assertThat(server.views).containsKey("starrocks4j_version_lock"); // not broken automatically

        SqlSession session = new SqlSession(server.connection());
        assertThat(MigrationLock.forceRelease(session, versionTable.lockView()))
                .contains(new LockHolder("bob@ci-7:4242", "2026-11-25T05:00:00Z"));
        assertThat(MigrationLock.holder(session, versionTable.lockView())).isEmpty();
        runner().upgrade(graph, "head");
        assertThat(server.userStatements()).hasSize(2);
    }

    @Test
    void twoRunnersNeverHoldTheLockTogether() throws Exception {
        SqlSession session = new SqlSession(server.connection());
        try (MigrationLock lock = MigrationLock.acquire(session, versionTable.lockView(), "ann@a:1", clock)) {
            assertThatThrownBy(() -> MigrationLock.acquire(session, versionTable.lockView(), "bob@b:2", clock))
                    .isInstanceOf(MigrationLockedException.class).hasMessageContaining("ann@a:1 since 2026-11-25T06:00:00Z");
        }
        MigrationLock.acquire(session, versionTable.lockView(), "bob@b:2", clock).close();
    }

    @Test
    void theStarRocks31DuplicateViewMessageAlsoMeansBusy() {
        assertThat(MigrationLock.isAlreadyExists(new SQLException(
                "Getting analyzing error. Detail message: Table 'starrocks4j_version_lock' already exists.", "42000",
                1064))).isTrue();
        assertThat(MigrationLock.isAlreadyExists(new SQLException("Access denied", "42000", 1227))).isFalse();
    }

    @Test
    void aFailedStatementStopsWithTheWholeStoryAndTheNextRunResumesThere() throws Exception {
        RevisionGraph graph = new RevisionGraph(List.of(first, second));
        server.failOn(sql -> sql.equals("ALTER TABLE `t` ADD COLUMN `b` INT"),
                new SQLException("Getting analyzing error. Detail message: Duplicate column name 'b'.", "42000", 1064),
                1);

        assertThatThrownBy(() -> runner().upgrade(graph, "head"))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("upgrade failed at revision bbb111, statement 2 of 3:\n"
                        + "  ALTER TABLE `t` ADD COLUMN `b` INT\n"
                        + "The server said: [1064] Getting analyzing error. Detail message: Duplicate column name 'b'.")
                .hasMessageContaining("Already applied (StarRocks DDL is not transactional: these stay applied):\n"
                        + "  upgrade aaa111 (revision aaa111): 2 statement(s)\n"
                        + "  upgrade bbb111 statement 1: ALTER TABLE `t` ADD COLUMN `a` INT\n")
                .hasMessageContaining("resumes at statement 2 of revision bbb111")
                .satisfies(e -> {
                    MigrationFailedException f = (MigrationFailedException) e;
                    assertThat(f.statementNumber()).isEqualTo(2);
                    assertThat(f.applied()).hasSize(2);
                });
        assertThat(server.views).as("lock released after the failure").isEmpty();
        AppliedRevision partial = runner().appliedRevisions().stream()
                .filter(r -> r.revision().equals("bbb111")).findFirst().orElseThrow();
        assertThat(partial.state()).isEqualTo(RevisionState.UPGRADING);
        assertThat(partial.step()).isEqualTo(1);

        // The user fixes the cause, then runs upgrade again: it resumes at statement 2, never re-running statement 1.
        server.log.clear();
        progress.clear();
        runner().upgrade(graph, "head");
        assertThat(server.userStatements()).containsExactly("ALTER TABLE `t` ADD COLUMN `b` INT",
                "ALTER TABLE `t` COMMENT = 'x'");
        assertThat(progress).contains("upgrade bbb111 (revision bbb111): resuming at statement 2 of 3");
        assertThat(runner().appliedRevisions()).allMatch(r -> r.state() == RevisionState.APPLIED);
    }

    @Test
    void theFailedStatementMayBeFixedInTheFileBeforeResuming() throws Exception {
        server.failOn(sql -> sql.contains("`bad`"), new SQLException("Unknown column 'bad'", "42000", 1064), 1);
        Revision broken = rev("ccc111", (String) null, "ALTER TABLE `t` ADD COLUMN `a` INT;\nALTER TABLE `t` ORDER BY (`bad`);",
                "ALTER TABLE `t` DROP COLUMN `a`;");
        assertThatThrownBy(() -> runner().upgrade(new RevisionGraph(List.of(broken)), "head"))
                .isInstanceOf(MigrationFailedException.class);

        Revision fixed = new Revision("ccc111", List.of(), broken.message(), broken.created(),
                "ALTER TABLE `t` ADD COLUMN `a` INT;\nALTER TABLE `t` ORDER BY (`a`);", broken.downgrade(), null);
        server.log.clear();
        runner().upgrade(new RevisionGraph(List.of(fixed)), "head");
        assertThat(server.userStatements()).containsExactly("ALTER TABLE `t` ORDER BY (`a`)");
        assertThat(runner().appliedRevisions().get(0).checksum()).isEqualTo(fixed.checksum());
    }

    @Test
    void aCancelledSchemaChangeJobMeansTheStatementRunsAgainNextTime() throws Exception {
        RevisionGraph graph = new RevisionGraph(List.of(first, second));
        int[] calls = {0};
        MigrationRunner cancelling = runner((connection, statement, out) -> {
            if (statement.contains("ADD COLUMN `a`") && calls[0]++ == 0) {
                throw new StatementWait.JobFailedException("job 1001 on `t` was CANCELLED: timeout");
            }
        });
        assertThatThrownBy(() -> cancelling.upgrade(graph, "head"))
                .hasMessageContaining("statement 1 of 3")
                .hasMessageContaining("Its schema-change job failed: job 1001 on `t` was CANCELLED")
                .hasMessageContaining("resumes at statement 1 of revision bbb111");
        server.log.clear();
        cancelling.upgrade(graph, "head");
        assertThat(server.userStatements()).first().isEqualTo("ALTER TABLE `t` ADD COLUMN `a` INT");
    }

    @Test
    void editedOrMissingAppliedRevisionsAreDetectedAndNothingRuns() throws Exception {
        runner().upgrade(new RevisionGraph(List.of(first, second)), "head");
        Revision edited = new Revision("bbb111", List.of("aaa111"), second.message(), second.created(),
                second.upgrade().replace("`a` INT", "`a` BIGINT"), second.downgrade(), null);
        Revision third = rev("ddd111", "bbb111", "CREATE TABLE `u` (`id` INT);", "DROP TABLE `u`;");
        server.log.clear();

        RevisionGraph editedGraph = new RevisionGraph(List.of(first, edited, third));
        assertThat(runner().state(editedGraph).drifts()).extracting(RevisionDrift::revision, RevisionDrift::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bbb111", RevisionDrift.Kind.EDITED));
        assertThatThrownBy(() -> runner().upgrade(editedGraph, "head"))
                .hasMessageContaining("revision bbb111 was edited after it was applied")
                .hasMessageContaining("stamp --repair").hasMessageContaining("Nothing was run");
        assertThat(server.userStatements()).isEmpty();

        // A missing file: the graph can still be built from the remaining files when the missing one is a leaf.
        RevisionGraph missingGraph = new RevisionGraph(List.of(first));
        assertThat(runner().state(missingGraph).drifts()).extracting(RevisionDrift::kind)
                .containsExactly(RevisionDrift.Kind.MISSING);
        assertThatThrownBy(() -> runner().downgrade(missingGraph, "base", false))
                .hasMessageContaining("revision bbb111 (revision bbb111) is recorded as applied but no revision file");

        // Repair accepts the edit.
        runner().repair(editedGraph);
        assertThat(runner().state(editedGraph).drifts()).isEmpty();
        runner().upgrade(editedGraph, "head");
        assertThat(server.userStatements()).containsExactly("CREATE TABLE `u` (`id` INT)");
    }

    @Test
    void stampRecordsWithoutRunning() throws Exception {
        RevisionGraph graph = new RevisionGraph(List.of(first, second));
        runner().stamp(graph, "aaa");
        assertThat(server.userStatements()).isEmpty();
        assertThat(runner().appliedRevisions()).extracting(AppliedRevision::revision, AppliedRevision::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("aaa111", RevisionState.STAMPED));
        runner().upgrade(graph, "head");
        assertThat(server.userStatements()).hasSize(3);
        runner().stamp(graph, "base");
        assertThat(runner().appliedRevisions()).isEmpty();
    }

    @Test
    void downgradeRefusesRevisionsWithoutDowngradeStatements() throws Exception {
        Revision oneWay = rev("eee111", (String) null, "CREATE TABLE `x` (`id` INT);", "-- cannot be undone\n");
        RevisionGraph graph = new RevisionGraph(List.of(oneWay));
        runner().upgrade(graph, "head");
        server.log.clear();
        assertThatThrownBy(() -> runner().downgrade(graph, "base", false))
                .hasMessageContaining("has no downgrade statements").hasMessageContaining("Nothing was run");
        assertThat(server.userStatements()).isEmpty();
    }

    /**
     * A revision whose downgrade says it cannot undo something (a widened column StarRocks refuses to narrow back)
     * is not downgraded silently: the runner names the revision and what stays, and runs only when told to.
     */
    @Test
    void anIncompleteDowngradeRunsOnlyWhenAccepted() throws Exception {
        Revision widen = rev("fff111", "aaa111", "ALTER TABLE `t` ADD COLUMN `a` INT;\n"
                        + "ALTER TABLE `t` MODIFY COLUMN `id` BIGINT NOT NULL;",
                "-- undo: modify column `id` of table `t`\n"
                        + RevisionFile.IRREVERSIBLE_MARKER + " table `t`: column `id` INT NOT NULL -> BIGINT NOT NULL "
                        + "cannot be undone by ALTER: StarRocks cannot narrow an integer column\n\n"
                        + "-- undo: add column `a` of table `t`\nALTER TABLE `t` DROP COLUMN `a`;\n");
        assertThat(widen.notUndone()).containsExactly("table `t`: column `id` INT NOT NULL -> BIGINT NOT NULL cannot "
                + "be undone by ALTER: StarRocks cannot narrow an integer column");
        RevisionGraph graph = new RevisionGraph(List.of(first, widen));
        runner().upgrade(graph, "head");
        server.log.clear();

        assertThatThrownBy(() -> runner().downgrade(graph, "-1", false))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("the downgrade cannot undo everything the upgrade did")
                .hasMessageContaining("revision fff111: table `t`: column `id` INT NOT NULL -> BIGINT NOT NULL")
                .hasMessageContaining("--accept-irreversible")
                .hasMessageContaining("Nothing was run");
        assertThat(server.userStatements()).isEmpty();

        runner().downgrade(graph, "-1", true);
        assertThat(server.userStatements()).containsExactly("ALTER TABLE `t` DROP COLUMN `a`");
        assertThat(progress).anyMatch(line -> line.startsWith("accepted: revision fff111: table `t`"));
        assertThat(runner().state(graph).describeCurrent()).isEqualTo("aaa111");
        assertThat(OfflineScript.render(MigrationPlanner.downgrade(graph, java.util.Set.of("aaa111", "fff111"), "-1"),
                "head", null, clock, "test")).contains("-- WARNING: revision fff111 cannot undo: table `t`");
    }

    @Test
    void aFailedDowngradeResumesToo() throws Exception {
        RevisionGraph graph = new RevisionGraph(List.of(first, second));
        runner().upgrade(graph, "head");
        server.failOn(sql -> sql.equals("ALTER TABLE `t` DROP COLUMN `b`"),
                new SQLException("a schema change job is running", "HY000", 1064), 1);
        assertThatThrownBy(() -> runner().downgrade(graph, "base", false))
                .hasMessageContaining("downgrade failed at revision bbb111, statement 2 of 3");
        assertThatThrownBy(() -> runner().upgrade(graph, "head"))
                .hasMessageContaining("was being downgraded");
        server.log.clear();
        runner().downgrade(graph, "base", false);
        assertThat(server.userStatements()).containsExactly("ALTER TABLE `t` DROP COLUMN `b`",
                "ALTER TABLE `t` DROP COLUMN `a`", "DROP VIEW `v`", "DROP TABLE `t`");
        assertThat(runner().appliedRevisions()).isEmpty();
    }

    @Test
    void secretsNeverReachErrors() throws Exception {
        Revision secret = rev("fff111", (String) null,
                "CREATE EXTERNAL CATALOG c PROPERTIES (\"aws.s3.secret_key\" = \"s3cr3t\", \"type\" = \"hive\");",
                "DROP CATALOG c;");
        server.failOn(sql -> sql.contains("CATALOG"), new SQLException("denied", "42000", 1227), 1);
        assertThatThrownBy(() -> runner().upgrade(new RevisionGraph(List.of(secret)), "head"))
                .hasMessageNotContaining("s3cr3t").hasMessageContaining("\"aws.s3.secret_key\" = \"***\"");
        assertThat(SqlRedaction.redact("CREATE USER u IDENTIFIED BY 'pw'")).isEqualTo("CREATE USER u IDENTIFIED BY '***'");
    }

    private MigrationRunner waitingRunner(List<java.time.Duration> slept) {
        return runner(new SchemaChangeWait(java.time.Duration.ofSeconds(2), java.time.Duration.ofMinutes(30),
                slept::add));
    }

    @Test
    void theSchemaChangeWaiterPollsAfterAsynchronousAltersOnlyUntilTheJobFinished() throws Exception {
        server.job("t", 1001, "RUNNING", "", "RUNNING", "", "FINISHED", "");
        List<java.time.Duration> slept = new ArrayList<>();
        waitingRunner(slept).upgrade(new RevisionGraph(List.of(first, second)), "head");

        // CREATE TABLE, CREATE VIEW and the COMMENT change start no job; each ADD COLUMN is followed by polls.
        assertThat(server.log).filteredOn(s -> s.startsWith("SHOW ALTER TABLE"))
                .containsOnly("SHOW ALTER TABLE COLUMN WHERE TableName = 't' ORDER BY JobId DESC LIMIT 1")
                .hasSize(4);
        assertThat(slept).containsExactly(java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(2));
        assertThat(progress).anySatisfy(l -> assertThat(l).contains("waiting for COLUMN job 1001 on `t`: RUNNING"));
        assertThat(progress).anySatisfy(l -> assertThat(l).contains("COLUMN job 1001 on `t` FINISHED"));
        assertThat(runner().appliedRevisions()).extracting(AppliedRevision::state)
                .containsOnly(RevisionState.APPLIED);
    }

    @Test
    void eachJobFinishesBeforeTheNextAlterOfTheTable() throws Exception {
        // a changed index is dropped and created again: the server refuses the ADD while the DROP's job runs
        // ("A schema change operation is in progress"); ORDER BY is a COLUMN job too; MODIFY PARTITION is not a job
        server.job("t", 1005, "RUNNING", "", "FINISHED", "");
        Revision indexes = rev("ccc111", (String) null, """
                ALTER TABLE `t` DROP INDEX `idx`;
                ALTER TABLE `t` ADD INDEX `idx` (`c`) USING BITMAP COMMENT 'changed';
                ALTER TABLE `t` ORDER BY (`c`);
                ALTER TABLE `t` MODIFY PARTITION (*) SET ("storage_medium" = "SSD");
                ALTER TABLE `t` COMMENT = 'done';""", "ALTER TABLE `t` COMMENT = '';");
        waitingRunner(new ArrayList<>()).upgrade(new RevisionGraph(List.of(indexes)), "head");

        String poll = "SHOW ALTER TABLE COLUMN WHERE TableName = 't' ORDER BY JobId DESC LIMIT 1";
        assertThat(server.userStatements()).containsExactly(
                "ALTER TABLE `t` DROP INDEX `idx`", poll, poll,
                "ALTER TABLE `t` ADD INDEX `idx` (`c`) USING BITMAP COMMENT 'changed'", poll,
                "ALTER TABLE `t` ORDER BY (`c`)", poll,
                "ALTER TABLE `t` MODIFY PARTITION (*) SET (\"storage_medium\" = \"SSD\")",
                "ALTER TABLE `t` COMMENT = 'done'");
    }

    @Test
    void aJobTheServerCancelsStopsTheRunWithItsMessageAndTheStatementRunsAgain() throws Exception {
        server.job("t", 1002, "RUNNING", "", "CANCELLED", "Cancelled by user");
        RevisionGraph graph = new RevisionGraph(List.of(first, second));
        assertThatThrownBy(() -> waitingRunner(new ArrayList<>()).upgrade(graph, "head"))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("revision bbb111")
                .hasMessageContaining("statement 1 of 3")
                .hasMessageContaining("CANCELLED by the server: Cancelled by user")
                .hasMessageContaining("resumes at statement 1 of revision bbb111");
        assertThat(runner().appliedRevisions()).extracting(AppliedRevision::revision, AppliedRevision::state,
                AppliedRevision::step).contains(org.assertj.core.groups.Tuple.tuple("bbb111", RevisionState.UPGRADING,
                0));
    }
}
