package org.starrocks4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.starrocks4j.jdbc.FakeServer.row;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.starrocks4j.progress.Progress;
import org.starrocks4j.schema.ObjectName;

class SchemaChangeWaiterTest {

    /** SHOW ALTER TABLE COLUMN's columns, as 3.x servers print them. */
    private static final List<String> COLUMN_JOB = List.of("JobId", "TableName", "CreateTime", "FinishTime",
            "IndexName", "IndexId", "OriginIndexId", "SchemaVersion", "TransactionId", "State", "Msg", "Progress",
            "Timeout");
    /** SHOW ALTER TABLE OPTIMIZE's columns. */
    private static final List<String> OPTIMIZE_JOB = List.of("JobId", "TableName", "CreateTime", "FinishTime",
            "Operation", "TransactionId", "State", "Msg", "Progress", "Timeout");

    private final AtomicLong now = new AtomicLong();
    private final List<Duration> sleeps = new ArrayList<>();
    private final List<String> progress = new ArrayList<>();
    private final List<Progress> polls = new ArrayList<>();

    private SchemaChangeWaiter waiter(Duration timeout) {
        return SchemaChangeWaiter.builder()
                .pollInterval(Duration.ofSeconds(2))
                .timeout(timeout)
                .progress(progress::add)
                .progressListener(polls::add)
                .nanoTime(now::get)
                .sleeper(d -> {
                    sleeps.add(d);
                    now.addAndGet(d.toNanos());
                })
                .build();
    }

    private static FakeServer.Answer columnJob(long id, String state, String msg, String progress) {
        return FakeServer.Answer.rows(COLUMN_JOB, List.of(row(String.valueOf(id), "orders", "2026-11-30 10:00:00",
                "NULL", "orders", "10011", "10002", "1:0", "-1", state, msg, progress, "86400")));
    }

    @Test
    void showAlterStatements() {
        assertThat(SchemaChangeWaiter.showAlterStatement(AlterJobKind.COLUMN, "db", "t"))
                .isEqualTo("SHOW ALTER TABLE COLUMN FROM `db` WHERE TableName = 't' ORDER BY JobId DESC LIMIT 1");
        assertThat(SchemaChangeWaiter.showAlterStatement(AlterJobKind.OPTIMIZE, null, "t"))
                .isEqualTo("SHOW ALTER TABLE OPTIMIZE WHERE TableName = 't' ORDER BY JobId DESC LIMIT 1");
        assertThat(SchemaChangeWaiter.showAlterStatement(AlterJobKind.ROLLUP, "my-db`x", "it's"))
                .isEqualTo("SHOW ALTER TABLE ROLLUP FROM `my-db``x` WHERE TableName = 'it\\'s' "
                        + "ORDER BY JobId DESC LIMIT 1");
    }

    @Test
    void pollsThroughPendingWaitingTxnRunningUntilFinished() throws Exception {
        FakeServer server = new FakeServer().on("^SHOW ALTER TABLE COLUMN FROM `shop` WHERE TableName = 'orders'",
                columnJob(42, "PENDING", "", "N/A"),
                columnJob(42, "WAITING_TXN", "", "N/A"),
                columnJob(42, "RUNNING", "", "3/10"),
                columnJob(42, "RUNNING", "", "7/10"),
                columnJob(42, "FINISHED", "", "N/A"));
        Optional<AlterJob> job = waiter(Duration.ofMinutes(5)).await(server.connection(), "shop", "orders",
                AlterJobKind.COLUMN);
        assertThat(job).get().satisfies(j -> {
            assertThat(j.jobId()).isEqualTo(42);
            assertThat(j.finished()).isTrue();
        });
        assertThat(server.sent).hasSize(5).allMatch(s -> s.equals(
                "SHOW ALTER TABLE COLUMN FROM `shop` WHERE TableName = 'orders' ORDER BY JobId DESC LIMIT 1"));
        assertThat(sleeps).hasSize(4).allMatch(d -> d.equals(Duration.ofSeconds(2)));
        assertThat(polls).extracting(Progress::done).containsExactly(1L, 2L, 3L, 4L);
        assertThat(polls).allMatch(p -> p.task().equals("waiting for the COLUMN job 42 on `shop`.`orders`")
                && p.unit().equals("poll") && !p.hasTotal());
        assertThat(progress).containsExactly(
                "waiting for COLUMN job 42 on `shop`.`orders`: PENDING, 0s elapsed",
                "waiting for COLUMN job 42 on `shop`.`orders`: WAITING_TXN, 2s elapsed",
                "waiting for COLUMN job 42 on `shop`.`orders`: RUNNING (3/10), 4s elapsed",
                "waiting for COLUMN job 42 on `shop`.`orders`: RUNNING (7/10), 6s elapsed",
                "COLUMN job 42 on `shop`.`orders` FINISHED after 8s");
    }

    @Test
    void alreadyFinishedJobReturnsAtOnceQuietly() throws Exception {
        // Fast schema evolution: ADD/DROP COLUMN leave a job row that is FINISHED straight away.
        FakeServer server = new FakeServer().on("SHOW ALTER TABLE COLUMN", columnJob(7, "FINISHED", "", ""));
        assertThat(waiter(Duration.ofMinutes(1)).await(server.connection(), "shop", "orders", AlterJobKind.COLUMN))
                .get().extracting(AlterJob::jobId).isEqualTo(7L);
        assertThat(sleeps).isEmpty();
        assertThat(progress).isEmpty();
    }

    @Test
    void noJobMeansNothingToWaitFor() throws Exception {
        FakeServer server = new FakeServer().on("SHOW ALTER TABLE OPTIMIZE", FakeServer.Answer.rows(OPTIMIZE_JOB,
                List.of()));
        assertThat(waiter(Duration.ofMinutes(1)).await(server.connection(), ObjectName.of("t"),
                AlterJobKind.OPTIMIZE)).isEmpty();
        assertThat(server.sent).containsExactly(
                "SHOW ALTER TABLE OPTIMIZE WHERE TableName = 't' ORDER BY JobId DESC LIMIT 1");
    }

    @Test
    void cancelledFailsWithTheServersMessage() {
        FakeServer server = new FakeServer().on("SHOW ALTER TABLE OPTIMIZE",
                FakeServer.Answer.rows(OPTIMIZE_JOB, List.of(row("91", "orders", "", "", "distribution", "-1",
                        "RUNNING", "", "", "3600"))),
                FakeServer.Answer.rows(OPTIMIZE_JOB, List.of(row("91", "orders", "", "", "distribution", "-1",
                        "CANCELLED", "optimize task failed: disk full on be 10001", "", "3600"))));
        assertThatThrownBy(() -> waiter(Duration.ofMinutes(1)).await(server.connection(),
                ObjectName.of("shop", "orders"), AlterJobKind.OPTIMIZE))
                .isInstanceOf(SchemaChangeException.Cancelled.class)
                .hasMessageContaining("OPTIMIZE job 91 on `shop`.`orders` was CANCELLED by the server: "
                        + "optimize task failed: disk full on be 10001")
                .hasMessageContaining("the change did not happen")
                .satisfies(e -> assertThat(((SchemaChangeException) e).job().message())
                        .isEqualTo("optimize task failed: disk full on be 10001"));
    }

    @Test
    void timeoutSaysTheJobMayStillFinish() {
        FakeServer server = new FakeServer().on("SHOW ALTER TABLE ROLLUP", FakeServer.Answer.rows(
                List.of("JobId", "TableName", "State", "Msg", "Progress"),
                List.of(row("5", "orders", "RUNNING", "", "1/4"))));
        assertThatThrownBy(() -> waiter(Duration.ofSeconds(5)).await(server.connection(), "shop", "orders",
                AlterJobKind.ROLLUP))
                .isInstanceOf(SchemaChangeException.TimedOut.class)
                .hasMessageContaining("ROLLUP job 5 on `shop`.`orders` is still RUNNING after 5s (timeout 5s)")
                .hasMessageContaining("SHOW ALTER TABLE ROLLUP FROM `shop` WHERE TableName = 'orders'");
        // 2 s, 2 s, then the remaining 1 s: never sleeps past the deadline.
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

    @Test
    void unknownStatesAreWaitedOn() throws Exception {
        FakeServer server = new FakeServer().on("SHOW ALTER TABLE COLUMN",
                columnJob(3, "FINISHED_REWRITING", "", ""), columnJob(3, "FINISHED", "", ""));
        assertThat(waiter(Duration.ofMinutes(1)).await(server.connection(), "d", "orders", AlterJobKind.COLUMN))
                .isPresent();
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void externalCatalogTablesHaveNoJobs() {
        Connection c = new FakeServer().connection();
        assertThatThrownBy(() -> waiter(Duration.ofMinutes(1)).await(c, new ObjectName("hive", "db", "t"),
                AlterJobKind.COLUMN)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hive");
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> SchemaChangeWaiter.builder().pollInterval(Duration.ZERO))
                .hasMessageContaining("poll interval must be positive");
        assertThatThrownBy(() -> SchemaChangeWaiter.builder().timeout(Duration.ofSeconds(-1)))
                .hasMessageContaining("timeout must not be negative");
        assertThat(SchemaChangeWaiter.defaults().pollInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(SchemaChangeWaiter.defaults().timeout()).isEqualTo(Duration.ofMinutes(30));
    }
}
