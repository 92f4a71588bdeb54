package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.PartitionRanges;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.sql.DdlParser;
import org.starrocks4j.sql.SqlSchemaReader;

/**
 * Issue 11 item 7: RANGE partitions written {@code VALUES LESS THAN} keep the range the server gave them when they
 * were created; a history that drops the partition before one must leave that one where SHOW CREATE prints it, so
 * {@code check --offline} and autogenerate find no change (they used to propose a destructive drop and re-add).
 */
class RangePartitionHistoryTest {

    private static final String CREATE = """
            CREATE TABLE t (k INT NOT NULL, d DATE NOT NULL) DUPLICATE KEY(k)
            PARTITION BY RANGE(d) (
              PARTITION p1 VALUES LESS THAN ("2024-02-01"),
              PARTITION p2 VALUES LESS THAN ("2024-03-01"))
            DISTRIBUTED BY HASH(k) BUCKETS 3;
            """;

    /** What SHOW CREATE TABLE prints after the history (server form: fixed ranges). */
    private static final String PRINTED = """
            CREATE TABLE `t` (`k` int(11) NOT NULL COMMENT "", `d` date NOT NULL COMMENT "") ENGINE=OLAP
            DUPLICATE KEY(`k`)
            PARTITION BY RANGE(`d`)
            (PARTITION p2 VALUES [("2024-02-01"), ("2024-03-01")))
            DISTRIBUTED BY HASH(`k`) BUCKETS 3""";

    @Test
    void droppingTheFirstPartitionLeavesTheSecondWhereTheServerKeepsIt() {
        Schema history = SqlSchemaReader.read(CREATE + "ALTER TABLE t DROP PARTITION p1;");
        assertThat(table(history).partitioning().partitions())
                .containsExactly(PartitionDefinition.fixed("p2", "2024-02-01", "2024-03-01"));
        Schema printed = Schema.of(DdlParser.parseTable(PRINTED));
        assertThat(SchemaDiff.between(history, printed).changes()).isEmpty();
        assertThat(SchemaDiff.between(printed, history).changes()).isEmpty();
    }

    @Test
    void lessThanAndFixedRangesOfTheSameRangeAreNoChange() {
        Table written = table(SqlSchemaReader.read(CREATE));
        Table printed = DdlParser.parseTable("""
                CREATE TABLE t (k INT NOT NULL, d DATE NOT NULL) DUPLICATE KEY(k)
                PARTITION BY RANGE(d) (
                  PARTITION p1 VALUES [("0000-01-01"), ("2024-02-01")),
                  PARTITION p2 VALUES [("2024-02-01"), ("2024-03-01")))
                DISTRIBUTED BY HASH(k) BUCKETS 3""");
        assertThat(SchemaDiff.between(Schema.of(written), Schema.of(printed)).changes()).isEmpty();
        assertThat(SchemaDiff.between(Schema.of(printed), Schema.of(written)).changes()).isEmpty();
    }

    @Test
    void aPartitionAddedBelowTheOthersStartsAtTheMinimumLikeOnTheServer() {
        // ADD PARTITION p0 LESS THAN a bound below p1's: the server gives it [MIN, bound), whatever the list order
        Schema history = SqlSchemaReader.read(CREATE + """
                ALTER TABLE t DROP PARTITION p1;
                ALTER TABLE t ADD PARTITION p0 VALUES LESS THAN ("2024-01-01");
                """);
        Schema printed = Schema.of(DdlParser.parseTable("""
                CREATE TABLE t (k INT NOT NULL, d DATE NOT NULL) DUPLICATE KEY(k)
                PARTITION BY RANGE(d) (
                  PARTITION p0 VALUES [("0000-01-01"), ("2024-01-01")),
                  PARTITION p2 VALUES [("2024-02-01"), ("2024-03-01")))
                DISTRIBUTED BY HASH(k) BUCKETS 3"""));
        assertThat(SchemaDiff.between(history, printed).changes()).isEmpty();
    }

    @Test
    void theRangeALessThanPartitionFollowsIsTheGreatestUpperBoundBelowIt() {
        List<PartitionDefinition> parts = List.of(
                PartitionDefinition.lessThan("p3", "300"),
                PartitionDefinition.lessThan("p1", "100"),
                PartitionDefinition.lessThan("p2", "200"),
                PartitionDefinition.maxValue("pmax"));
        assertThat(PartitionRanges.predecessor(parts, 0)).isEqualTo(-1);
        assertThat(PartitionRanges.predecessor(parts, 1)).isEqualTo(-1);
        assertThat(PartitionRanges.predecessor(parts, 2)).isEqualTo(1);
        assertThat(PartitionRanges.predecessor(parts, 3)).isEqualTo(0);
        // values that are neither numbers nor dates cannot be ordered: the previous partition as written
        List<PartitionDefinition> opaque = List.of(PartitionDefinition.lessThan("a", "x"),
                PartitionDefinition.lessThan("b", "y"));
        assertThat(PartitionRanges.predecessor(opaque, 1)).isEqualTo(0);
    }

    private static Table table(Schema s) {
        return s.tables().get(0);
    }
}
