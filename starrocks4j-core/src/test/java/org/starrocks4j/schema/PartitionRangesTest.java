package org.starrocks4j.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionRangesTest {

    @Test
    void plainDatesAndDateTimesAreReadFromTheirDigitsAndAnythingElseIsLeftToTheFormatters() {
        assertThat(PartitionRanges.plainDateTime("2024-02-29")).isEqualTo(LocalDateTime.of(2024, 2, 29, 0, 0));
        assertThat(PartitionRanges.plainDateTime("2024-12-31 23:59:58"))
                .isEqualTo(LocalDateTime.of(2024, 12, 31, 23, 59, 58));
        for (String other : List.of("2023-02-29", "0000-01-01", "2024-1-01", "20240101", "2024-01-01T00:00:00",
                "2024-01-01 24:00:00", "MAXVALUE", "100", "", "2024/01/01")) {
            assertThat(PartitionRanges.plainDateTime(other)).as(other).isNull();
        }
    }

    @Test
    void boundsCompareAsTheServerOrdersThem() {
        List<PartitionDefinition> parts = List.of(PartitionDefinition.lessThan("p2", "2024-03-01"),
                PartitionDefinition.lessThan("p1", "2024-02-01 00:00:00"), PartitionDefinition.maxValue("pmax"));
        assertThat(PartitionRanges.predecessor(parts, 0)).isEqualTo(-1);
        assertThat(PartitionRanges.predecessor(parts, 1)).isEqualTo(-1); // 2024-02-01 is below 2024-03-01
        assertThat(PartitionRanges.predecessor(List.of(parts.get(1), parts.get(0), parts.get(2)), 2)).isEqualTo(1);
        assertThat(PartitionRanges.predecessor(List.of(PartitionDefinition.lessThan("a", "10"),
                PartitionDefinition.lessThan("b", "+20"), PartitionDefinition.lessThan("c", "15")), 2)).isEqualTo(0);
    }
}
