package org.starrocks4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.starrocks4j.jdbc.AlterJobKind;
import org.starrocks4j.schema.ObjectName;

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
