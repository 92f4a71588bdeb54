package org.starrocks4j.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.starrocks4j.types.Types;

/** RANGE partitions as the server holds them: key types, spelling, minimums, and the fixed ranges it keeps. */
class PartitionRangesTest {

    private static final Table TABLE = Table.builder("t")
            .column("dt", Types.DATE, Column.Builder::notNull)
            .column("ts", Types.DATETIME, Column.Builder::notNull)
            .column("k", Types.INT, Column.Builder::notNull)
            .column("big", Types.BIGINT, Column.Builder::notNull)
            .column("code", Types.varchar(10), Column.Builder::notNull)
            .duplicateKey("dt")
            .build();

    @Test
    void theTypeOfAKeyIsItsColumnsOrTheResultOfAFunctionOfKnownType() {
        assertThat(type(PartitionExpression.column("dt"))).contains(PartitionKeyType.DATE);
        assertThat(type(PartitionExpression.column("K"))).contains(PartitionKeyType.INT);
        assertThat(type(PartitionExpression.expression("`ts`"))).contains(PartitionKeyType.DATETIME);
        assertThat(type(PartitionExpression.expression("date_trunc('month', ts)"))).contains(PartitionKeyType.DATETIME);
        assertThat(type(PartitionExpression.expression("time_slice(dt, interval 1 day)")))
                .contains(PartitionKeyType.DATE);
        assertThat(type(PartitionExpression.expression("str2date(code, '%Y%m%d')"))).contains(PartitionKeyType.DATE);
        assertThat(type(PartitionExpression.expression("FROM_UNIXTIME(big)"))).contains(PartitionKeyType.DATETIME);
        assertThat(type(PartitionExpression.expression("CAST(substr(code, 1, 8) AS DATE)")))
                .contains(PartitionKeyType.DATE);
        assertThat(type(PartitionExpression.column("code"))).isEmpty();
        assertThat(type(PartitionExpression.expression("substr(code, 1, 4)"))).isEmpty();
        assertThat(type(PartitionExpression.expression("k + 1"))).isEmpty();
    }

    @Test
    void boundsAreSpelledAsTheServerPrintsThem() {
        assertThat(PartitionKeyType.DATE.spell("20240101")).isEqualTo("2024-01-01");
        assertThat(PartitionKeyType.DATE.spell("2024-01-01 00:00:00")).isEqualTo("2024-01-01");
        assertThat(PartitionKeyType.DATETIME.spell("2024-01-01")).isEqualTo("2024-01-01 00:00:00");
        assertThat(PartitionKeyType.DATETIME.spell("20240101103000")).isEqualTo("2024-01-01 10:30:00");
        assertThat(PartitionKeyType.INT.spell(" +007 ")).isEqualTo("7");
        assertThat(PartitionKeyType.DATE.spell("0000-01-01")).isEqualTo(PartitionKeyType.DATE.minimum());
        assertThat(PartitionKeyType.DATE.spell(PartitionDefinition.MAXVALUE)).isEqualTo("MAXVALUE");
        assertThat(PartitionKeyType.INT.spell("soon")).isEqualTo("soon");
    }

    @Test
    void lessThanPartitionsAreFixedRangesFromWhereTheServerStartsThem() {
        // each LESS THAN starts at the greatest upper bound before it, or the minimum; ranges in their order
        Partitioning.Range range = new Partitioning.Range(List.of(PartitionExpression.column("k")), List.of(
                PartitionDefinition.fixed("p3", "200", "300"),
                PartitionDefinition.lessThan("p1", "+100"),
                PartitionDefinition.maxValue("pmax")));
        assertThat(PartitionRanges.serverForm(range, TABLE)).contains(List.of(
                PartitionDefinition.fixed("p1", "-2147483648", "100"),
                PartitionDefinition.fixed("p3", "200", "300"),
                PartitionDefinition.fixed("pmax", "300", PartitionDefinition.MAXVALUE)));
    }

    @Test
    void aBoundThatLeavesKeysOutHasTheirMinimum() {
        Partitioning.Range range = new Partitioning.Range(
                List.of(PartitionExpression.column("dt"), PartitionExpression.column("k")), List.of(
                new PartitionDefinition.LessThan("p1", List.of("2024-02-01"), Map.of()),
                new PartitionDefinition.Fixed("p2", List.of("20240201"), List.of("20240301"), Map.of())));
        assertThat(PartitionRanges.serverForm(range, TABLE)).contains(List.of(
                new PartitionDefinition.Fixed("p1", List.of("0000-01-01", "-2147483648"),
                        List.of("2024-02-01", "-2147483648"), Map.of()),
                new PartitionDefinition.Fixed("p2", List.of("2024-02-01", "-2147483648"),
                        List.of("2024-03-01", "-2147483648"), Map.of())));
    }

    @Test
    void startEndEveryIsThePartitionsTheServerCreates() {
        Partitioning.Range range = new Partitioning.Range(List.of(PartitionExpression.column("ts")), List.of(
                PartitionDefinition.batch("2024-01-15", "2024-03-01", "INTERVAL 1 MONTH")));
        assertThat(PartitionRanges.serverForm(range, TABLE)).contains(List.of(
                PartitionDefinition.fixed("p202401", "2024-01-15 00:00:00", "2024-02-01 00:00:00"),
                PartitionDefinition.fixed("p202402", "2024-02-01 00:00:00", "2024-03-01 00:00:00")));
    }

    @Test
    void withoutTheKeyTypeThereIsNoServerForm() {
        Partitioning.Range range = new Partitioning.Range(List.of(PartitionExpression.column("code")),
                List.of(PartitionDefinition.lessThan("p1", "m")));
        assertThat(PartitionRanges.serverForm(range, TABLE)).isEmpty();
    }

    @Test
    void lessThanMixedWithAnotherWayOfWritingRanges() {
        assertThat(PartitionRanges.mixesLessThan(List.of(PartitionDefinition.lessThan("a", "1"),
                PartitionDefinition.maxValue("b")))).isFalse();
        assertThat(PartitionRanges.mixesLessThan(List.of(PartitionDefinition.fixed("a", "1", "2"),
                PartitionDefinition.batch("2", "5", "1")))).isFalse();
        assertThat(PartitionRanges.mixesLessThan(List.of(PartitionDefinition.lessThan("a", "1"),
                PartitionDefinition.fixed("b", "1", "2")))).isTrue();
    }

    private static Optional<PartitionKeyType> type(PartitionExpression key) {
        return PartitionKeyType.of(key, TABLE);
    }
}
