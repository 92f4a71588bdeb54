package org.starrocks4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.starrocks4j.jdbc.AlterJobKind;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.sql.DdlParser;
import org.starrocks4j.testing.StarRocksCorpus;

class AsyncJobTest {

    @Test
    void columnChangesAreColumnJobs() {
        assertThat(AsyncJob.of("ALTER TABLE `my_table` ADD COLUMN `c` DATETIME NULL"))
                .contains(new AsyncJob(ObjectName.of("my_table"), AlterJobKind.COLUMN));
        assertThat(AsyncJob.of("alter table mydb.t drop column c, add column d int"))
                .contains(new AsyncJob(ObjectName.of("mydb", "t"), AlterJobKind.COLUMN));
        assertThat(AsyncJob.of("ALTER TABLE t MODIFY COLUMN c BIGINT NOT NULL DEFAULT '0' COMMENT 'order by x'"))
                .map(AsyncJob::kind).contains(AlterJobKind.COLUMN);
        assertThat(AsyncJob.of("ALTER TABLE t ADD (a INT, b INT)")).map(AsyncJob::kind).contains(AlterJobKind.COLUMN);
        assertThat(AsyncJob.of("CREATE INDEX idx ON `t` (c) USING BITMAP"))
                .contains(new AsyncJob(ObjectName.of("t"), AlterJobKind.COLUMN));
        assertThat(AsyncJob.of("DROP INDEX idx ON db.t")).map(AsyncJob::table).contains(ObjectName.of("db", "t"));
    }

    @Test
    void distributionAndPartitionChangesAreOptimizeJobs() {
        assertThat(AsyncJob.of("ALTER TABLE `t` DISTRIBUTED BY HASH(`id`) BUCKETS 8"))
                .contains(new AsyncJob(ObjectName.of("t"), AlterJobKind.OPTIMIZE));
        assertThat(AsyncJob.of("ALTER TABLE t PARTITIONS(p1, p2) DISTRIBUTED BY HASH(k) BUCKETS 4"))
                .map(AsyncJob::kind).contains(AlterJobKind.OPTIMIZE);
        assertThat(AsyncJob.of("ALTER TABLE t ORDER BY (a) DISTRIBUTED BY HASH(k)")).map(AsyncJob::kind)
                .contains(AlterJobKind.OPTIMIZE);
        assertThat(AsyncJob.of("alter table t partition by date_trunc('month', k) distributed by hash(k) buckets 4"))
                .map(AsyncJob::kind).contains(AlterJobKind.OPTIMIZE);
        assertThat(AsyncJob.of("ALTER TABLE `t` PARTITIONS (`p1`, `p2`) DISTRIBUTED BY HASH(`k`) BUCKETS 4"))
                .map(AsyncJob::kind).contains(AlterJobKind.OPTIMIZE);
    }

    @Test
    void addingRollupsIsARollupJob() {
        assertThat(AsyncJob.of("ALTER TABLE `t` ADD ROLLUP `r1` (`k2`, `k1`), `r2` (`k1`) DUPLICATE KEY (`k1`)"))
                .contains(new AsyncJob(ObjectName.of("t"), AlterJobKind.ROLLUP));
        assertThat(AsyncJob.of("ALTER TABLE `t` DROP ROLLUP `r1`, `r2`")).isEmpty();
    }

    @Test
    void aSynchronousMaterializedViewIsARollupJobOnItsBaseTable() {
        // neither REFRESH nor DISTRIBUTED BY: the server builds it as a rollup of the table it reads
        assertThat(AsyncJob.of("CREATE MATERIALIZED VIEW sync_mv AS SELECT k1, SUM(v1) FROM tbl1 GROUP BY k1"))
                .contains(new AsyncJob(ObjectName.of("tbl1"), AlterJobKind.ROLLUP));
        assertThat(AsyncJob.of("""
                create materialized view if not exists `db`.`mv`
                comment 'as of now: from here'
                properties ("replication_num" = "1")
                as select user_id, bitmap_union(to_bitmap(tag_id)) as tags from `db`.`user_tags` u
                group by user_id"""))
                .contains(new AsyncJob(ObjectName.of("db", "user_tags"), AlterJobKind.ROLLUP));
        assertThat(AsyncJob.of("CREATE MATERIALIZED VIEW mv AS SELECT k, (SELECT 1 FROM other) FROM t WHERE v > 1"))
                .contains(new AsyncJob(ObjectName.of("t"), AlterJobKind.ROLLUP));
        assertThat(AsyncJob.alteredTable("CREATE MATERIALIZED VIEW mv AS SELECT k FROM t"))
                .contains(ObjectName.of("t"));
        assertThat(AsyncJob.alteredTable("CREATE MATERIALIZED VIEW mv REFRESH MANUAL AS SELECT k FROM t")).isEmpty();
        assertThat(AsyncJob.of("CREATE MATERIALIZED VIEW mv REFRESH SYNC AS SELECT k FROM t"))
                .contains(new AsyncJob(ObjectName.of("t"), AlterJobKind.ROLLUP));
    }

    @Test
    void anAsynchronousMaterializedViewStartsNoJob() {
        assertThat(AsyncJob.of("CREATE MATERIALIZED VIEW mv REFRESH ASYNC AS SELECT k, sum(v) FROM t GROUP BY k"))
                .isEmpty();
        assertThat(AsyncJob.of("CREATE MATERIALIZED VIEW mv DISTRIBUTED BY HASH(k) AS SELECT k FROM t")).isEmpty();
        assertThat(AsyncJob.of("CREATE MATERIALIZED VIEW mv PARTITION BY dt DISTRIBUTED BY RANDOM REFRESH MANUAL "
                + "AS SELECT dt, k FROM t")).isEmpty();
        assertThat(AsyncJob.of("CREATE MATERIALIZED VIEW mv AS SELECT * FROM (SELECT k FROM t) s")).isEmpty();
    }

    /**
     * Every CREATE MATERIALIZED VIEW the real server accepted ({@code starrocks-corpus/accepted/create_mv}): the
     * synchronous ones (read by the DDL parser with neither REFRESH nor DISTRIBUTED BY) wait for a ROLLUP job on a
     * table the statement names, the asynchronous ones wait for nothing.
     */
    @Test
    void materializedViewsTheServerAcceptedAreWaitedForWhenSynchronous() {
        Optional<Path> corpus = StarRocksCorpus.root();
        Assumptions.assumeTrue(corpus.isPresent(), "starrocks-corpus not found: skipped");
        int synchronous = 0;
        for (StarRocksCorpus.Entry entry : StarRocksCorpus.files(corpus.get(), "accepted/create_mv")) {
            Operation statement;
            try {
                statement = DdlParser.parseStatement(entry.sql(), DdlParser.Validation.UNCHECKED);
            } catch (RuntimeException notModelled) {
                continue;
            }
            Optional<AsyncJob> job = AsyncJob.of(entry.sql());
            if (statement instanceof TableOperation.CreateSyncMaterializedView sync) {
                synchronous++;
                assertThat(job).as(entry.name()).contains(new AsyncJob(sync.target(), AlterJobKind.ROLLUP));
            } else {
                assertThat(job).as(entry.name()).isEmpty();
            }
        }
        assertThat(synchronous).as("synchronous materialized views in the corpus").isGreaterThan(20);
    }

    @Test
    void sortKeyIndexAndPersistentIndexChangesAreColumnJobs() {
        // what the real server ran (starrocks-corpus/live/alter 11, 12, 21, 22, 31): each a COLUMN job
        assertThat(AsyncJob.of("ALTER TABLE `t` ORDER BY (`a`, `b`)"))
                .contains(new AsyncJob(ObjectName.of("t"), AlterJobKind.COLUMN));
        assertThat(AsyncJob.of("ALTER TABLE `t` ADD INDEX `idx_v2` (`v2`) USING BITMAP COMMENT 'bm'"))
                .map(AsyncJob::kind).contains(AlterJobKind.COLUMN);
        assertThat(AsyncJob.of("ALTER TABLE `t` DROP INDEX `idx_v2`")).map(AsyncJob::kind)
                .contains(AlterJobKind.COLUMN);
        assertThat(AsyncJob.of("ALTER TABLE t SET (\"enable_persistent_index\" = \"true\")")).map(AsyncJob::kind)
                .contains(AlterJobKind.COLUMN);
    }

    @Test
    void everyAlterOfATableNamesItJobOrNot() {
        assertThat(AsyncJob.alteredTable("ALTER TABLE `db`.`t` COMMENT = 'x'")).contains(ObjectName.of("db", "t"));
        assertThat(AsyncJob.alteredTable("alter table t add column c int")).contains(ObjectName.of("t"));
        assertThat(AsyncJob.alteredTable("CREATE INDEX i ON t (c) USING BITMAP")).contains(ObjectName.of("t"));
        assertThat(AsyncJob.alteredTable("DROP INDEX i ON `t`")).contains(ObjectName.of("t"));
        assertThat(AsyncJob.alteredTable("CREATE TABLE t (c INT)")).isEmpty();
        assertThat(AsyncJob.alteredTable("ALTER VIEW v AS SELECT 1")).isEmpty();
        assertThat(AsyncJob.alteredTable("INSERT INTO t VALUES (1)")).isEmpty();
        assertThat(AsyncJob.of("ALTER TABLE t")).as("no clause, no job").isEmpty();
    }

    @Test
    void synchronousStatementsStartNoJob() {
        assertThat(AsyncJob.of("ALTER TABLE `t` COMMENT = 'add column x'")).isEmpty();
        assertThat(AsyncJob.of("ALTER TABLE `t` SET (\"replication_num\" = \"1\")")).isEmpty();
        assertThat(AsyncJob.of("ALTER TABLE `t` SET (\"bloom_filter_columns\" = \"name, c\")"))
                .contains(new AsyncJob(ObjectName.of("t"), AlterJobKind.COLUMN));
        assertThat(AsyncJob.of("ALTER TABLE t RENAME COLUMN a TO b")).isEmpty();
        assertThat(AsyncJob.of("ALTER TABLE t ADD PARTITION p2 VALUES LESS THAN ('200')")).isEmpty();
        assertThat(AsyncJob.of("ALTER TABLE t DROP PARTITION p2")).isEmpty();
        assertThat(AsyncJob.of("ALTER TABLE `t` MODIFY PARTITION (*) SET (\"storage_medium\" = \"SSD\")")).isEmpty();
        assertThat(AsyncJob.of("ALTER TABLE `t` SET (\"default.replication_num\" = \"2\")")).isEmpty();
        assertThat(AsyncJob.of("ALTER TABLE t ADD PARTITION p3 VALUES LESS THAN ('30') DISTRIBUTED BY RANDOM BUCKETS 20"))
                .isEmpty();
        assertThat(AsyncJob.of("CREATE TABLE t (a INT) ORDER BY (a)")).isEmpty();
        assertThat(AsyncJob.of("ALTER VIEW v AS SELECT 1")).isEmpty();
        assertThat(AsyncJob.of("ALTER MATERIALIZED VIEW mv REFRESH MANUAL")).isEmpty();
        assertThat(AsyncJob.of("DROP TABLE t")).isEqualTo(Optional.empty());
    }
}
