package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.starrocks4j.operation.SchemaReplay.ObjectRules;
import org.starrocks4j.schema.ModelValidator;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.PartitionRanges;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.sql.DdlParser;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.sql.SqlSchemaReader;

/**
 * Issue 11 item 7: RANGE partitions written {@code VALUES LESS THAN} keep the range the server gave them when they
 * were created; a history that drops the partition before one must leave that one where SHOW CREATE prints it, so
 * {@code check --offline} and autogenerate find no change (they used to propose a destructive drop and re-add).
 * A replayed model must also be one that validation accepts and whose CREATE TABLE the server runs ({@code inspect},
 * rebuilds and the downgrade of a DROP TABLE render it): one CREATE TABLE cannot mix {@code VALUES LESS THAN} with
 * fixed ranges, so a history that leaves ranges LESS THAN no longer describes is written all in fixed ranges, as
 * SHOW CREATE TABLE prints it.
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

    /**
     * A history, what SHOW CREATE TABLE prints after it (every range fixed, in the server's spelling), and, where LESS
     * THAN can describe the final ranges (the first one starts at the minimum), the model a user writes for them.
     */
    record History(String name, String sql, String printed, String lessThan) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String DATES = """
            CREATE TABLE t (dt DATE NOT NULL, v INT) DUPLICATE KEY(dt)
            PARTITION BY RANGE(dt) (
              PARTITION p1 VALUES LESS THAN ("2024-02-01"),
              PARTITION p2 VALUES LESS THAN ("2024-03-01"),
              PARTITION p3 VALUES LESS THAN ("2024-04-01")
            ) DISTRIBUTED BY HASH(dt) BUCKETS 1 PROPERTIES ("replication_num"="1");
            """;

    static Stream<History> histories() {
        return Stream.of(
                new History("rolling: drop the oldest, add a newer one", DATES + """
                        ALTER TABLE t DROP PARTITION p1;
                        ALTER TABLE t ADD PARTITION p4 VALUES LESS THAN ("2024-05-01");
                        """, dates("""
                        PARTITION p2 VALUES [("2024-02-01"), ("2024-03-01")),
                        PARTITION p3 VALUES [("2024-03-01"), ("2024-04-01")),
                        PARTITION p4 VALUES [("2024-04-01"), ("2024-05-01"))"""), null),
                new History("rolling twice", DATES + """
                        ALTER TABLE t DROP PARTITION p1;
                        ALTER TABLE t ADD PARTITION p4 VALUES LESS THAN ("2024-05-01");
                        ALTER TABLE t DROP PARTITION p2;
                        ALTER TABLE t ADD PARTITION p5 VALUES LESS THAN ("2024-06-01");
                        """, dates("""
                        PARTITION p3 VALUES [("2024-03-01"), ("2024-04-01")),
                        PARTITION p4 VALUES [("2024-04-01"), ("2024-05-01")),
                        PARTITION p5 VALUES [("2024-05-01"), ("2024-06-01"))"""), null),
                new History("drop a middle partition", DATES + "ALTER TABLE t DROP PARTITION p2;", dates("""
                        PARTITION p1 VALUES [("0000-01-01"), ("2024-02-01")),
                        PARTITION p3 VALUES [("2024-03-01"), ("2024-04-01"))"""), null),
                new History("drop a middle partition and add it again", DATES + """
                        ALTER TABLE t DROP PARTITION p2;
                        ALTER TABLE t ADD PARTITION p2 VALUES LESS THAN ("2024-03-01");
                        """, dates("""
                        PARTITION p1 VALUES [("0000-01-01"), ("2024-02-01")),
                        PARTITION p2 VALUES [("2024-02-01"), ("2024-03-01")),
                        PARTITION p3 VALUES [("2024-03-01"), ("2024-04-01"))"""), DATES),
                new History("drop the last partition", DATES + "ALTER TABLE t DROP PARTITION p3;", dates("""
                        PARTITION p1 VALUES [("0000-01-01"), ("2024-02-01")),
                        PARTITION p2 VALUES [("2024-02-01"), ("2024-03-01"))"""), """
                        CREATE TABLE t (dt DATE NOT NULL, v INT) DUPLICATE KEY(dt)
                        PARTITION BY RANGE(dt) (
                          PARTITION p1 VALUES LESS THAN ("2024-02-01"),
                          PARTITION p2 VALUES LESS THAN ("2024-03-01")
                        ) DISTRIBUTED BY HASH(dt) BUCKETS 1 PROPERTIES ("replication_num"="1");"""),
                new History("drop the first, add LESS THAN MAXVALUE", DATES + """
                        ALTER TABLE t DROP PARTITION p1;
                        ALTER TABLE t ADD PARTITION pmax VALUES LESS THAN MAXVALUE;
                        """, dates("""
                        PARTITION p2 VALUES [("2024-02-01"), ("2024-03-01")),
                        PARTITION p3 VALUES [("2024-03-01"), ("2024-04-01")),
                        PARTITION pmax VALUES [("2024-04-01"), (MAXVALUE))"""), null),
                new History("drop below LESS THAN MAXVALUE", """
                        CREATE TABLE t (dt DATE NOT NULL, v INT) DUPLICATE KEY(dt)
                        PARTITION BY RANGE(dt) (
                          PARTITION p1 VALUES LESS THAN ("2024-02-01"),
                          PARTITION p2 VALUES LESS THAN ("2024-03-01"),
                          PARTITION pmax VALUES LESS THAN MAXVALUE
                        ) DISTRIBUTED BY HASH(dt) BUCKETS 1 PROPERTIES ("replication_num"="1");
                        ALTER TABLE t DROP PARTITION p2;
                        """, dates("""
                        PARTITION p1 VALUES [("0000-01-01"), ("2024-02-01")),
                        PARTITION pmax VALUES [("2024-03-01"), (MAXVALUE))"""), null),
                new History("a fixed range added beside LESS THAN", DATES
                        + "ALTER TABLE t ADD PARTITION p5 VALUES [(\"2024-05-01\"), (\"2024-06-01\"));", dates("""
                        PARTITION p1 VALUES [("0000-01-01"), ("2024-02-01")),
                        PARTITION p2 VALUES [("2024-02-01"), ("2024-03-01")),
                        PARTITION p3 VALUES [("2024-03-01"), ("2024-04-01")),
                        PARTITION p5 VALUES [("2024-05-01"), ("2024-06-01"))"""), null),
                new History("INT key", """
                        CREATE TABLE t (k INT NOT NULL, v INT) DUPLICATE KEY(k)
                        PARTITION BY RANGE(k) (
                          PARTITION p1 VALUES LESS THAN ("100"),
                          PARTITION p2 VALUES LESS THAN ("200"),
                          PARTITION p3 VALUES LESS THAN ("300")
                        ) DISTRIBUTED BY HASH(k) BUCKETS 1;
                        ALTER TABLE t DROP PARTITION p2;
                        ALTER TABLE t ADD PARTITION p4 VALUES LESS THAN ("+400");
                        """, """
                        CREATE TABLE `t` (`k` int(11) NOT NULL COMMENT "", `v` int(11) NULL COMMENT "") ENGINE=OLAP
                        DUPLICATE KEY(`k`)
                        PARTITION BY RANGE(`k`)
                        (PARTITION p1 VALUES [("-2147483648"), ("100")),
                        PARTITION p3 VALUES [("200"), ("300")),
                        PARTITION p4 VALUES [("300"), ("400")))
                        DISTRIBUTED BY HASH(`k`) BUCKETS 1""", null),
                new History("DATETIME key", """
                        CREATE TABLE t (ts DATETIME NOT NULL, v INT) DUPLICATE KEY(ts)
                        PARTITION BY RANGE(ts) (
                          PARTITION p1 VALUES LESS THAN ("2024-02-01"),
                          PARTITION p2 VALUES LESS THAN ("2024-03-01 12:00:00")
                        ) DISTRIBUTED BY HASH(ts) BUCKETS 1;
                        ALTER TABLE t DROP PARTITION p1;
                        ALTER TABLE t ADD PARTITION p3 VALUES LESS THAN ("20240401");
                        """, """
                        CREATE TABLE `t` (`ts` datetime NOT NULL COMMENT "", `v` int(11) NULL COMMENT "") ENGINE=OLAP
                        DUPLICATE KEY(`ts`)
                        PARTITION BY RANGE(`ts`)
                        (PARTITION p2 VALUES [("2024-02-01 00:00:00"), ("2024-03-01 12:00:00")),
                        PARTITION p3 VALUES [("2024-03-01 12:00:00"), ("2024-04-01 00:00:00")))
                        DISTRIBUTED BY HASH(`ts`) BUCKETS 1""", null),
                new History("two keys, a bound that leaves the second out", """
                        CREATE TABLE t (dt DATE NOT NULL, k INT NOT NULL, v INT) DUPLICATE KEY(dt, k)
                        PARTITION BY RANGE(dt, k) (
                          PARTITION p1 VALUES LESS THAN ("2024-02-01", "100"),
                          PARTITION p2 VALUES LESS THAN ("2024-03-01"),
                          PARTITION p3 VALUES LESS THAN ("2024-03-01", "500")
                        ) DISTRIBUTED BY HASH(k) BUCKETS 1;
                        ALTER TABLE t DROP PARTITION p2;
                        """, """
                        CREATE TABLE `t` (`dt` date NOT NULL COMMENT "", `k` int(11) NOT NULL COMMENT "",
                          `v` int(11) NULL COMMENT "") ENGINE=OLAP
                        DUPLICATE KEY(`dt`, `k`)
                        PARTITION BY RANGE(`dt`, `k`)
                        (PARTITION p1 VALUES [("0000-01-01", "-2147483648"), ("2024-02-01", "100")),
                        PARTITION p3 VALUES [("2024-03-01", "-2147483648"), ("2024-03-01", "500")))
                        DISTRIBUTED BY HASH(`k`) BUCKETS 1""", null),
                new History("expression key", """
                        CREATE TABLE t (ts BIGINT NOT NULL, v INT) DUPLICATE KEY(ts)
                        PARTITION BY RANGE(from_unixtime(ts)) (
                          PARTITION p1 VALUES LESS THAN ("2024-02-01"),
                          PARTITION p2 VALUES LESS THAN ("2024-03-01")
                        ) DISTRIBUTED BY HASH(ts) BUCKETS 1;
                        ALTER TABLE t DROP PARTITION p1;
                        """, """
                        CREATE TABLE `t` (`ts` bigint(20) NOT NULL COMMENT "", `v` int(11) NULL COMMENT "") ENGINE=OLAP
                        DUPLICATE KEY(`ts`)
                        PARTITION BY RANGE(from_unixtime(ts))
                        (PARTITION p2 VALUES [("2024-02-01 00:00:00"), ("2024-03-01 00:00:00")))
                        DISTRIBUTED BY HASH(`ts`) BUCKETS 1""", null));
    }

    /** SHOW CREATE TABLE of the DATE table of {@link #DATES} with these partitions. */
    private static String dates(String partitions) {
        return """
                CREATE TABLE `t` (`dt` date NOT NULL COMMENT "", `v` int(11) NULL COMMENT "") ENGINE=OLAP
                DUPLICATE KEY(`dt`)
                PARTITION BY RANGE(`dt`)
                (%s)
                DISTRIBUTED BY HASH(`dt`) BUCKETS 1
                PROPERTIES ("replication_num" = "1")""".formatted(partitions);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void aHistoryReadsBackAsTheServerHoldsIt(History h) {
        Table replayed = table(validated(h.sql()));
        assertThat(ModelValidator.problems(replayed)).as("validation").isEmpty();
        assertThat(PartitionRanges.mixesLessThan(replayed.partitioning().partitions()))
                .as("one way of writing ranges, as one CREATE TABLE must").isFalse();

        String rendered = DdlRenderer.defaults().create(replayed);
        assertThat(table(validated(rendered))).as("rendered:%n%s", rendered).isEqualTo(replayed);

        Schema printed = Schema.of(DdlParser.parseTable(h.printed()));
        assertNoChange(Schema.of(replayed), printed);
        if (h.lessThan() != null) {
            assertNoChange(Schema.of(replayed), validated(h.lessThan()));
        }
    }

    @Test
    void aHistoryThatLeavesLessThanRangesAsTheyWereKeepsThemWritten() {
        Table t = table(validated(DATES + "ALTER TABLE t DROP PARTITION p3;"
                + "ALTER TABLE t ADD PARTITION p4 VALUES LESS THAN (\"2024-05-01\");"));
        assertThat(t.partitioning().partitions()).containsExactly(
                PartitionDefinition.lessThan("p1", "2024-02-01"), PartitionDefinition.lessThan("p2", "2024-03-01"),
                PartitionDefinition.lessThan("p4", "2024-05-01"));
    }

    @Test
    void theRangeAnAddedLessThanPartitionGetsIsTheServers() {
        // after the drop every range is fixed; the added LESS THAN starts at the greatest upper bound below it
        Table t = table(validated(DATES + """
                ALTER TABLE t DROP PARTITION p2;
                ALTER TABLE t ADD PARTITION p4 VALUES LESS THAN ("2024-05-01");
                ALTER TABLE t ADD PARTITION p0 VALUES LESS THAN ("2024-03-01");
                """));
        assertThat(t.partitioning().partitions()).containsExactly(
                PartitionDefinition.fixed("p1", "0000-01-01", "2024-02-01"),
                PartitionDefinition.fixed("p0", "2024-02-01", "2024-03-01"),
                PartitionDefinition.fixed("p3", "2024-03-01", "2024-04-01"),
                PartitionDefinition.fixed("p4", "2024-04-01", "2024-05-01"));
    }

    @Test
    void partitionsMadeByStartEndEveryAreDroppedByTheNamesTheServerGivesThem() {
        String batch = """
                CREATE TABLE t (dt DATE NOT NULL, v INT) DUPLICATE KEY(dt)
                PARTITION BY RANGE(dt) (START ("2024-01-01") END ("2024-04-01") EVERY (INTERVAL 1 MONTH))
                DISTRIBUTED BY HASH(dt) BUCKETS 1;
                """;
        Table t = table(validated(batch + "ALTER TABLE t DROP PARTITION p202402;"
                + "ALTER TABLE t ADD PARTITION p202404 VALUES LESS THAN (\"2024-05-01\");"));
        assertThat(t.partitioning().partitions()).containsExactly(
                PartitionDefinition.fixed("p202401", "2024-01-01", "2024-02-01"),
                PartitionDefinition.fixed("p202403", "2024-03-01", "2024-04-01"),
                PartitionDefinition.fixed("p202404", "2024-04-01", "2024-05-01"));
        assertThatThrownBy(() -> validated(batch + "ALTER TABLE t DROP PARTITION p202405;"))
                .hasMessageContaining("has no partition `p202405` among its named partitions and those its "
                        + "START/END/EVERY creates");
        assertThatThrownBy(() -> validated(batch + "ALTER TABLE t ADD PARTITION p202401 VALUES LESS THAN "
                + "(\"2024-09-01\");")).hasMessageContaining("already has a partition `p202401`");
    }

    @Test
    void whereTheKeyTypeIsUnknownTheDroppedRangeIsPinnedAndValidationSaysWhatToWrite() {
        // substr's result type is not known here: neither the minimum nor the spelling of the server's form is
        String unknown = """
                CREATE TABLE t (code VARCHAR(10) NOT NULL, v INT) DUPLICATE KEY(code)
                PARTITION BY RANGE(substr(code, 1, 4)) (
                  PARTITION p1 VALUES LESS THAN ("2024"),
                  PARTITION p2 VALUES LESS THAN ("2025")
                ) DISTRIBUTED BY HASH(code) BUCKETS 1;
                ALTER TABLE t DROP PARTITION p1;
                ALTER TABLE t ADD PARTITION p3 VALUES LESS THAN ("2026");
                """;
        assertThat(table(SqlSchemaReader.read(unknown)).partitioning().partitions()).containsExactly(
                PartitionDefinition.fixed("p2", "2024", "2025"), PartitionDefinition.lessThan("p3", "2026"));
        assertThatThrownBy(() -> validated(unknown)).hasMessageContaining("line 7")
                .hasMessageContaining("VALUES LESS THAN (partition 'p3') cannot be mixed with fixed ranges "
                        + "[lower, upper) or START/END/EVERY (partition 'p2'); write every partition one way: all "
                        + "VALUES LESS THAN, or all fixed ranges as SHOW CREATE TABLE prints them");
    }

    private static void assertNoChange(Schema a, Schema b) {
        assertThat(SchemaDiff.between(a, b).changes()).as("diff").isEmpty();
        assertThat(SchemaDiff.between(b, a).changes()).as("diff back").isEmpty();
    }

    /** The schema a script builds, every object checked as {@code inspect} checks a SQL file. */
    static Schema validated(String sql) {
        SqlSchemaReader reader = SqlSchemaReader.startingFrom(Schema.empty(),
                SqlSchemaReader.Options.defaults().withObjectRules(ObjectRules.VALIDATE));
        reader.read(sql, null);
        return reader.schema();
    }
}
