package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.starrocks4j.rules.RunMode;
import org.starrocks4j.rules.ServerProfile;
import org.starrocks4j.rules.TableChangeRules;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.sql.DdlParser;
import org.starrocks4j.sql.DdlRenderer;

/**
 * Issue 11, the table-level half: every table-level statement the diff writes, upgrade and downgrade, is one a
 * current StarRocks FE runs; where none exists the diff refuses with the reason, or plans a rebuild when allowed.
 * Each case gives the before and after models, the expected upgrade and downgrade, in both directions.
 */
class TableLevelRulesTest {

    private static final DdlRenderer SQL = DdlRenderer.defaults();
    private static final DiffOptions DEFAULTS = DiffOptions.defaults();
    private static final DiffOptions REBUILD = DiffOptions.defaults().allowRebuild();

    private static final String COLUMNS = "CREATE TABLE t (k INT NOT NULL, v INT) DUPLICATE KEY(k)";

    private static DiffResult diff(String before, String after, DiffOptions options) {
        return SchemaDiff.between(Schema.of(DdlParser.parseTable(before)), Schema.of(DdlParser.parseTable(after)),
                options);
    }

    private static List<String> upgrade(DiffResult r) {
        return SQL.renderAll(r.upgrade());
    }

    private static List<String> downgrade(DiffResult r) {
        return SQL.renderAll(r.downgrade());
    }

    /** Item 3: StarRocks refuses DISTRIBUTED BY (an OPTIMIZE job) on a RANDOM-distributed table. */
    @Nested
    class Distribution {

        private static final String RANDOM = COLUMNS + " DISTRIBUTED BY RANDOM";
        private static final String RANDOM_8 = COLUMNS + " DISTRIBUTED BY RANDOM BUCKETS 8";
        private static final String HASH = COLUMNS + " DISTRIBUTED BY HASH(k) BUCKETS 8";

        @Test
        void randomToHashIsRefusedWithTheServersReason() {
            for (String random : List.of(RANDOM, RANDOM_8)) {
                assertThatThrownBy(() -> diff(random, HASH, DEFAULTS))
                        .isInstanceOf(NonAlterableChangeException.class)
                        .hasMessageContaining("table `t`: distribution")
                        .hasMessageContaining(TableChangeRules.RANDOM_DISTRIBUTION_MESSAGE)
                        .hasMessageContaining("-> HASH(`k`) BUCKETS 8")
                        .hasMessageContaining("allow a rebuild");
            }
            // another bucket count of a RANDOM table is refused the same way (corpus rejected/0150)
            assertThatThrownBy(() -> diff(RANDOM_8, COLUMNS + " DISTRIBUTED BY RANDOM BUCKETS 10", DEFAULTS))
                    .hasMessageContaining(TableChangeRules.RANDOM_DISTRIBUTION_MESSAGE);
        }

        @Test
        void randomToHashIsARebuildWhenAllowed() {
            DiffResult r = diff(RANDOM, HASH, REBUILD);
            assertThat(r.changes()).singleElement().satisfies(c -> assertThat(c.rebuilds()).isTrue());
            assertThat(upgrade(r).get(0)).startsWith("CREATE TABLE `t__starrocks4j_rebuild`")
                    .contains("DISTRIBUTED BY HASH(`k`) BUCKETS 8");
            assertThat(downgrade(r).get(0)).startsWith("CREATE TABLE `t__starrocks4j_rebuild`")
                    .contains("DISTRIBUTED BY RANDOM");
        }

        @Test
        void hashToRandomRunsButItsUndoDoesNot() {
            DiffResult r = diff(HASH, RANDOM_8, DEFAULTS);
            assertThat(upgrade(r)).containsExactly("ALTER TABLE `t` DISTRIBUTED BY RANDOM BUCKETS 8");
            assertThat(r.downgrade()).isEmpty();
            assertThat(r.changes().get(0).irreversible()).isTrue();
            assertThat(r.changes().get(0).notUndone()).anySatisfy(w -> assertThat(w).contains("table `t`",
                    "downgrade cannot ALTER the distribution back", TableChangeRules.RANDOM_DISTRIBUTION_MESSAGE,
                    "--allow-rebuild", "write the downgrade by hand"));
        }

        @Test
        void hashToRandomGetsARebuildDowngradeWhenAllowed() {
            DiffResult r = diff(HASH, COLUMNS.replace("v INT)", "v INT, w INT)") + " DISTRIBUTED BY RANDOM", REBUILD);
            assertThat(upgrade(r)).containsExactly("ALTER TABLE `t` DISTRIBUTED BY RANDOM",
                    "ALTER TABLE `t` ADD COLUMN `w` INT");
            // the table's changes become one, whose downgrade rebuilds the table as it was (without `w`)
            assertThat(r.changes()).singleElement().satisfies(c -> assertThat(c.irreversible()).isFalse());
            List<String> down = downgrade(r);
            assertThat(down.get(0)).startsWith("CREATE TABLE `t__starrocks4j_rebuild`")
                    .contains("DISTRIBUTED BY HASH(`k`) BUCKETS 8").doesNotContain("`w`");
            assertThat(down.subList(1, down.size())).containsExactly(
                    "INSERT INTO `t__starrocks4j_rebuild` (`k`, `v`)\nSELECT `k`, `v` FROM `t`",
                    "ALTER TABLE `t` SWAP WITH `t__starrocks4j_rebuild`",
                    "DROP TABLE `t__starrocks4j_rebuild`");
        }

        @Test
        void bucketCountAndColumnsOfAHashTableChangeBothWays() {
            // live/alter/16: DISTRIBUTED BY HASH(k) BUCKETS 6 is accepted (an OPTIMIZE job)
            String six = COLUMNS + " DISTRIBUTED BY HASH(k) BUCKETS 6";
            DiffResult r = diff(HASH, six, DEFAULTS);
            assertThat(upgrade(r)).containsExactly("ALTER TABLE `t` DISTRIBUTED BY HASH(`k`) BUCKETS 6");
            assertThat(downgrade(r)).containsExactly("ALTER TABLE `t` DISTRIBUTED BY HASH(`k`) BUCKETS 8");
            assertThat(r.changes().get(0).flags()).contains(ChangeFlag.ASYNC_JOB);
            DiffResult other = diff(HASH, COLUMNS + " DISTRIBUTED BY HASH(k, v)", DEFAULTS);
            assertThat(upgrade(other)).containsExactly("ALTER TABLE `t` DISTRIBUTED BY HASH(`k`, `v`)");
            assertThat(downgrade(other)).containsExactly("ALTER TABLE `t` DISTRIBUTED BY HASH(`k`) BUCKETS 8");
        }

        @Test
        void colocatedTablesAreNotRedistributed() {
            String colocated = HASH + " PROPERTIES (\"colocate_with\" = \"g1\")";
            assertThatThrownBy(() -> diff(colocated, colocated.replace("BUCKETS 8", "BUCKETS 16"), DEFAULTS))
                    .hasMessageContaining("Optimize table in colocate group is not supported");
        }

        /** Item 4: a model without DISTRIBUTED BY leaves the distribution as it is, like unset PROPERTIES. */
        @Test
        void anUnstatedDistributionIsReportedNotRewritten() {
            DiffResult r = diff(HASH, COLUMNS, DEFAULTS);
            assertThat(r.changes()).isEmpty();
            assertThat(r.warnings()).singleElement().asString().contains("table `t`", "states no DISTRIBUTED BY",
                    "HASH(`k`) BUCKETS 8", "left as is", "State DISTRIBUTED BY in the model");
            // the other way the model states it: RANDOM (what the server gave the unstated table) cannot become HASH
            assertThatThrownBy(() -> diff(COLUMNS, HASH, DEFAULTS))
                    .hasMessageContaining("distribution").hasMessageContaining("RANDOM -> HASH(`k`) BUCKETS 8");
            // a keyed table's implicit HASH of the key is no difference
            String pk = "CREATE TABLE t (k INT NOT NULL, v INT) PRIMARY KEY(k)";
            assertThat(diff(pk + " DISTRIBUTED BY HASH(k) BUCKETS 4", pk, DEFAULTS).warnings()).isEmpty();
        }

        @Test
        void anUnstatedDistributionStillGivesUpAColumnTheModelDrops() {
            DiffResult r = diff(COLUMNS + " DISTRIBUTED BY HASH(v) BUCKETS 8", "CREATE TABLE t (k INT NOT NULL) "
                    + "DUPLICATE KEY(k)", DEFAULTS);
            assertThat(upgrade(r)).containsExactly("ALTER TABLE `t` DISTRIBUTED BY RANDOM",
                    "ALTER TABLE `t` DROP COLUMN `v`");
            assertThat(r.allWarnings()).anySatisfy(w -> assertThat(w).contains("states no DISTRIBUTED BY",
                    "column(s) it drops"));
        }
    }

    /** live/alter 13, 14, 15, 37 and the properties ALTER TABLE ... SET cannot change. */
    @Nested
    class Properties {

        private static final String PARTITIONED = """
                CREATE TABLE t (k INT NOT NULL, d DATE NOT NULL, v INT) DUPLICATE KEY(k)
                PARTITION BY RANGE(d) (
                  PARTITION p1 VALUES LESS THAN ("2024-01-01"),
                  PARTITION p2 VALUES LESS THAN ("2024-02-01"))
                DISTRIBUTED BY HASH(k) BUCKETS 3""";

        private static String with(String table, String properties) {
            return table + " PROPERTIES (" + properties + ")";
        }

        @Test
        void replicaCountOfAnUnpartitionedTable() {
            // live/alter/13: SET ("replication_num" = ...) is accepted and changes the table's one partition
            String one = with(COLUMNS + " DISTRIBUTED BY HASH(k) BUCKETS 3", "\"replication_num\" = \"1\"");
            String two = one.replace("\"1\"", "\"2\"");
            assertThat(upgrade(diff(one, two, DEFAULTS)))
                    .containsExactly("ALTER TABLE `t` SET (\"replication_num\" = \"2\")");
            assertThat(downgrade(diff(one, two, DEFAULTS)))
                    .containsExactly("ALTER TABLE `t` SET (\"replication_num\" = \"1\")");
            assertThat(upgrade(diff(two, one, DEFAULTS)))
                    .containsExactly("ALTER TABLE `t` SET (\"replication_num\" = \"1\")");
        }

        @Test
        void replicaCountOfAPartitionedTableReachesTheExistingPartitions() {
            // live/alter/14: default.replication_num alone changed no existing partition
            assertSetOnEveryPartition(PARTITIONED, "replication_num", "1", "2");
        }

        @Test
        void storageMediumReachesTheExistingPartitions() {
            // live/alter/15: SET ("storage_medium" = "SSD") is refused on an unpartitioned table ("Unknown
            // properties"); live/alter/37: default.storage_medium alone left the existing partitions on HDD
            assertSetOnEveryPartition(COLUMNS + " DISTRIBUTED BY HASH(k) BUCKETS 3", "storage_medium", "HDD", "SSD");
            assertSetOnEveryPartition(PARTITIONED, "storage_medium", "HDD", "SSD");
        }

        /** The table default and every existing partition, both ways. */
        private void assertSetOnEveryPartition(String table, String key, String before, String after) {
            String was = with(table, "\"" + key + "\" = \"" + before + "\"");
            String is = with(table, "\"" + key + "\" = \"" + after + "\"");
            for (String[] values : new String[][] {{was, is, after, before}, {is, was, before, after}}) {
                DiffResult r = diff(values[0], values[1], DEFAULTS);
                assertThat(upgrade(r)).containsExactly(
                        "ALTER TABLE `t` SET (\"default." + key + "\" = \"" + values[2] + "\")",
                        "ALTER TABLE `t` MODIFY PARTITION (*) SET (\"" + key + "\" = \"" + values[2] + "\")");
                assertThat(downgrade(r)).containsExactly(
                        "ALTER TABLE `t` SET (\"default." + key + "\" = \"" + values[3] + "\")",
                        "ALTER TABLE `t` MODIFY PARTITION (*) SET (\"" + key + "\" = \"" + values[3] + "\")");
            }
        }

        @Test
        void propertiesFixedAtCreateAreRefusedNotSet() {
            String lz4 = with(COLUMNS, "\"compression\" = \"LZ4\"");
            String zstd = with(COLUMNS, "\"compression\" = \"ZSTD\"");
            for (String[] pair : new String[][] {{lz4, zstd}, {zstd, lz4}}) {
                assertThatThrownBy(() -> diff(pair[0], pair[1], DEFAULTS))
                        .isInstanceOf(NonAlterableChangeException.class)
                        .hasMessageContaining("table `t`: property \"compression\"")
                        .hasMessageContaining("only in CREATE TABLE")
                        .hasMessageContaining("allow a rebuild");
            }
            assertThat(diff(lz4, zstd, REBUILD).changes()).singleElement()
                    .satisfies(c -> assertThat(c.rebuilds()).isTrue());
            // shared-nothing servers refuse persistent_index_type; shared-data ones set it
            String pk = "CREATE TABLE t (k INT NOT NULL) PRIMARY KEY(k) DISTRIBUTED BY HASH(k)";
            String local = with(pk, "\"persistent_index_type\" = \"LOCAL\"");
            String cloud = with(pk, "\"persistent_index_type\" = \"CLOUD_NATIVE\"");
            assertThatThrownBy(() -> diff(local, cloud, DEFAULTS)).hasMessageContaining("only on shared-data tables");
            DiffOptions sharedData = DEFAULTS.withServer(ServerProfile.of("3.5.2", RunMode.SHARED_DATA));
            assertThat(upgrade(diff(local, cloud, sharedData)))
                    .containsExactly("ALTER TABLE `t` SET (\"persistent_index_type\" = \"CLOUD_NATIVE\")");
        }

        @Test
        void anUnmanagedValueThatCannotBeResetIsReported() {
            DiffResult r = diff(with(COLUMNS, "\"compression\" = \"ZSTD\""), COLUMNS,
                    DEFAULTS.resetUnmanagedProperties());
            assertThat(r.changes()).isEmpty();
            assertThat(r.warnings()).singleElement().asString().contains("table `t`", "\"compression\" is \"ZSTD\"",
                    "not reset", "only in CREATE TABLE", "Declare it in the model");
        }

        @Test
        void aSetTheServerIgnoresIsReported() {
            DiffResult r = diff(COLUMNS, with(COLUMNS, "\"in_memory\" = \"true\""), DEFAULTS);
            assertThat(r.changes()).isEmpty();
            assertThat(r.warnings()).singleElement().asString().contains("\"in_memory\"", "ignores", "left as is");
        }

        @Test
        void colocatedTablesKeepTheirReplicaCount() {
            String colocated = with(COLUMNS + " DISTRIBUTED BY HASH(k)", "\"colocate_with\" = \"g\", "
                    + "\"replication_num\" = \"1\"");
            assertThatThrownBy(() -> diff(colocated, colocated.replace("\"1\"", "\"3\""), DEFAULTS))
                    .hasMessageContaining("replica count of a colocated table");
        }
    }

    /** Per-partition PROPERTIES are not bounds; a real bound change is refused (item 7). */
    @Nested
    class Partitions {

        private static final String CREATED = """
                CREATE TABLE t (k INT NOT NULL, d DATE NOT NULL) DUPLICATE KEY(k)
                PARTITION BY RANGE(d) (
                  PARTITION p1 VALUES LESS THAN ("2024-01-01"),
                  PARTITION p2 VALUES LESS THAN ("2024-02-01"))
                DISTRIBUTED BY HASH(k) BUCKETS 3
                PROPERTIES ("replication_num" = "2")""";

        /** SHOW CREATE after {@code SET ("default.replication_num" = "2")} alone (live/alter/14). */
        private static final String PRINTED = """
                CREATE TABLE `t` (`k` int(11) NOT NULL COMMENT "", `d` date NOT NULL COMMENT "") ENGINE=OLAP
                DUPLICATE KEY(`k`)
                PARTITION BY RANGE(`d`)
                (PARTITION p1 VALUES [("0000-01-01"), ("2024-01-01"))("replication_num" = "1"),
                PARTITION p2 VALUES [("2024-01-01"), ("2024-02-01"))("replication_num" = "1"))
                DISTRIBUTED BY HASH(`k`) BUCKETS 3
                PROPERTIES ("replication_num" = "2")""";

        @Test
        void perPartitionPropertiesAreModifiedNeverDroppedAndAddedAgain() {
            DiffResult r = diff(PRINTED, CREATED, DEFAULTS);
            assertThat(upgrade(r)).containsExactly(
                    "ALTER TABLE `t` MODIFY PARTITION (`p1`, `p2`) SET (\"replication_num\" = \"2\")");
            assertThat(downgrade(r)).containsExactly(
                    "ALTER TABLE `t` MODIFY PARTITION (`p1`, `p2`) SET (\"replication_num\" = \"1\")");
            assertThat(r.destructive()).isFalse();
            // the other way: the model states the partitions' own count, the table has none of its own there
            DiffResult back = diff(CREATED, PRINTED, DEFAULTS);
            assertThat(upgrade(back)).containsExactly(
                    "ALTER TABLE `t` MODIFY PARTITION (`p1`, `p2`) SET (\"replication_num\" = \"1\")");
            assertThat(back.destructive()).isFalse();
        }

        @Test
        void perPartitionPropertiesTheModelDoesNotManageAreReported() {
            DiffResult r = diff(PRINTED, CREATED.replace("\nPROPERTIES (\"replication_num\" = \"2\")", ""),
                    DEFAULTS);
            assertThat(r.changes()).isEmpty();
            assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("partition `p1`",
                    "\"replication_num\" = \"1\"", "left as is"));
        }

        @Test
        void aBoundChangeIsRefusedNamingTheBoundOrRebuilt() {
            String moved = CREATED.replace("\"2024-02-01\"", "\"2024-03-01\"");
            for (String[] pair : new String[][] {{CREATED, moved}, {moved, CREATED}}) {
                assertThatThrownBy(() -> diff(pair[0], pair[1], DEFAULTS))
                        .isInstanceOf(NonAlterableChangeException.class)
                        .hasMessageContaining("range of partition `p2`")
                        .hasMessageContaining("cannot change a partition's bounds");
            }
            assertThatThrownBy(() -> diff(CREATED, moved, DEFAULTS))
                    .hasMessageContaining("[(\"2024-01-01\"), (\"2024-02-01\")) -> [(\"2024-01-01\"), (\"2024-03-01\"))");
            assertThat(diff(CREATED, moved, REBUILD).changes()).singleElement()
                    .satisfies(c -> assertThat(c.rebuilds()).isTrue());
        }
    }
}
