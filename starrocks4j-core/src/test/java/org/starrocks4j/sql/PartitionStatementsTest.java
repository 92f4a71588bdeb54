package org.starrocks4j.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.ReplayException;
import org.starrocks4j.operation.SchemaReplay;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;

/**
 * The partition statements of migration histories that change no schema the server prints: a partition's own
 * bucketing ({@code ADD PARTITION ... DISTRIBUTED BY}, {@code PARTITIONS (...) DISTRIBUTED BY}, corpus
 * accepted/alter) and partitions' storage settings ({@code MODIFY PARTITION ... SET}).
 */
class PartitionStatementsTest {

    private static final ObjectName T = ObjectName.of("t");
    private static final DdlRenderer RENDERER = DdlRenderer.defaults();

    private static final String TABLE = """
            CREATE TABLE t (k INT, dt DATE) DUPLICATE KEY(k)
            PARTITION BY RANGE(dt) (
              PARTITION p202006 VALUES LESS THAN ("2020-07-01"),
              PARTITION p202007 VALUES LESS THAN ("2020-08-01")
            )
            DISTRIBUTED BY HASH(k) BUCKETS 3;""";

    private static void roundTrips(String sql, Operation expected, String rendered) {
        Operation op = DdlParser.parseStatement(sql);
        assertThat(op).isEqualTo(expected);
        assertThat(RENDERER.render(op)).isEqualTo(rendered);
        assertThat(DdlParser.parseStatement(rendered)).isEqualTo(op);
    }

    @Test
    void statementsAreReadAndRendered() {
        roundTrips("alter table t partitions(p202006,p202007) distributed by hash(k) buckets 4;",
                new TableOperation.SetPartitionDistribution(T, List.of("p202006", "p202007"), Distribution.hash(4, "k")),
                "ALTER TABLE `t` PARTITIONS (`p202006`, `p202007`) DISTRIBUTED BY HASH(`k`) BUCKETS 4");
        roundTrips("alter table t add partition p3 values less than (\"30\") distributed by random buckets 20;",
                new TableOperation.AddPartition(T, PartitionDefinition.lessThan("p3", "30"), false,
                        Distribution.random(20)),
                "ALTER TABLE `t` ADD PARTITION `p3` VALUES LESS THAN (\"30\") DISTRIBUTED BY RANDOM BUCKETS 20");
        roundTrips("alter table test modify PARTITION (*) set (\"storage_cooldown_ttl\" = \"1 year\", "
                        + "\"storage_medium\" = \"SSD\");",
                new TableOperation.ModifyPartitions(ObjectName.of("test"), List.of(),
                        Map.of("storage_cooldown_ttl", "1 year", "storage_medium", "SSD")),
                "ALTER TABLE `test` MODIFY PARTITION (*) SET (\"storage_cooldown_ttl\" = \"1 year\", "
                        + "\"storage_medium\" = \"SSD\")");
        roundTrips("ALTER TABLE t MODIFY PARTITION p1 SET (\"replication_num\" = \"2\")",
                new TableOperation.ModifyPartitions(T, List.of("p1"), Map.of("replication_num", "2")),
                "ALTER TABLE `t` MODIFY PARTITION (`p1`) SET (\"replication_num\" = \"2\")");
    }

    @Test
    void replayChecksThePartitionsAndKeepsTheModel() {
        Schema created = SchemaReplay.apply(Schema.of(), DdlParser.parse(TABLE));
        Schema after = SchemaReplay.apply(created, DdlParser.parse("""
                ALTER TABLE t PARTITIONS (p202006, p202007) DISTRIBUTED BY HASH(k) BUCKETS 4;
                ALTER TABLE t MODIFY PARTITION (*) SET ("storage_medium" = "SSD");
                ALTER TABLE t ADD PARTITION p202008 VALUES LESS THAN ("2020-09-01") DISTRIBUTED BY HASH(k) BUCKETS 8;"""));
        Table t = (Table) after.find("t").orElseThrow();
        Table before = (Table) created.find("t").orElseThrow();
        assertThat(t.distribution()).isEqualTo(before.distribution());
        assertThat(t.partitioning().partitions()).extracting(PartitionDefinition::name)
                .containsExactly("p202006", "p202007", "p202008");
        assertThatThrownBy(() -> SchemaReplay.apply(created,
                DdlParser.parse("ALTER TABLE t PARTITIONS (p1) DISTRIBUTED BY HASH(k) BUCKETS 4")))
                .isInstanceOf(ReplayException.class)
                .hasMessageContaining("names partition `p1`, which table `t` does not have (its partitions: "
                        + "p202006, p202007)");
        assertThatThrownBy(() -> SchemaReplay.apply(created,
                DdlParser.parse("ALTER TABLE t PARTITIONS (p202006) DISTRIBUTED BY HASH(nope) BUCKETS 4")))
                .isInstanceOf(ReplayException.class).hasMessageContaining("names column `nope`");
    }

    @Test
    void otherPartitionClausesAreNamed() {
        assertThatThrownBy(() -> DdlParser.parseStatement("ALTER TABLE t PARTITIONS (p1) ORDER BY (k)"))
                .isInstanceOf(UnsupportedSqlException.class).hasMessageContaining("PARTITIONS (...) ORDER");
    }
}
