package org.starrocks4j.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.starrocks4j.rules.ServerProfile;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.Table;
import org.starrocks4j.sql.DdlParser;
import org.starrocks4j.sql.DdlRenderer;

/**
 * {@code MAXVALUE} inside range bounds: {@code VALUES [("2020-08-01"), (MAXVALUE))}, as servers print a partition
 * without upper bound (corpus {@code accepted/create_table/1329.sql} and {@code 1570.sql}, both copied from server
 * output), is the same partition as {@code VALUES LESS THAN MAXVALUE} after the previous one.
 */
class PartitionMaxValueTest {

    private static final String PRINTED = """
            CREATE TABLE `ptest` (
              `k1` int(11) NOT NULL COMMENT "",
              `d2` date NULL COMMENT ""
            ) ENGINE=OLAP
            DUPLICATE KEY(`k1`, `d2`)
            PARTITION BY RANGE(`d2`)
            (PARTITION p202001 VALUES [('0000-01-01'), ('2020-01-01')),
            PARTITION p202012 VALUES [('2020-01-01'), (MAXVALUE)))
            DISTRIBUTED BY HASH(`k1`) BUCKETS 10""";

    private static final String WRITTEN = """
            CREATE TABLE ptest (k1 INT NOT NULL, d2 DATE)
            DUPLICATE KEY(k1, d2)
            PARTITION BY RANGE(d2) (
              PARTITION p202001 VALUES LESS THAN ("2020-01-01"),
              PARTITION p202012 VALUES LESS THAN MAXVALUE
            )
            DISTRIBUTED BY HASH(k1) BUCKETS 10""";

    @Test
    void aMaxValueBoundParsesRendersBareAndParsesBack() {
        Table printed = DdlParser.parseTable(PRINTED);
        assertThat(printed.partitioning().partitions().get(1)).isEqualTo(new PartitionDefinition.Fixed("p202012",
                List.of("2020-01-01"), List.of(PartitionDefinition.MAXVALUE), Map.of()));
        String rendered = DdlRenderer.defaults().create(printed);
        assertThat(rendered).contains("PARTITION `p202012` VALUES [(\"2020-01-01\"), (MAXVALUE))");
        assertThat(DdlParser.parseTable(rendered)).isEqualTo(printed);
    }

    @Test
    void lessThanMaxValueIsTheServersRangeUpToMaxValue() {
        DiffOptions options = DiffOptions.defaults();
        ServerNormalizer normalizer = ServerNormalizer.forServer(ServerProfile.DEFAULT);
        Schema written = normalizer.normalize(Schema.of(DdlParser.parseTable(WRITTEN)));
        Schema printed = normalizer.normalize(Schema.of(DdlParser.parseTable(PRINTED)));
        assertThat(SchemaDiff.between(written, printed, options).changes()).isEmpty();
        assertThat(SchemaDiff.between(printed, written, options).changes()).isEmpty();
    }

    @Test
    void aQuotedOrBareMaxValueInsideALessThanTupleOfSeveralKeys() {
        Table t = DdlParser.parseTable("""
                CREATE TABLE t (a INT, b INT) DUPLICATE KEY(a, b)
                PARTITION BY RANGE(a, b) (PARTITION p1 VALUES LESS THAN ("10", MAXVALUE))
                DISTRIBUTED BY HASH(a)""");
        assertThat(((PartitionDefinition.LessThan) t.partitioning().partitions().get(0)).values())
                .containsExactly("10", PartitionDefinition.MAXVALUE);
        assertThat(DdlRenderer.defaults().create(t)).contains("VALUES LESS THAN (\"10\", MAXVALUE)");
    }
}
