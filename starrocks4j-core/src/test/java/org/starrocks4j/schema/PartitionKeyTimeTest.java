package org.starrocks4j.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bound values read as times: the plain spellings from their digits, every other through the formatters. */
class PartitionKeyTimeTest {

    @Test
    void theSpellingsTheServerReadsGiveTheSameTimeWhicheverWayTheyAreRead() {
        assertThat(PartitionKeyType.time("2024-02-29")).isEqualTo(LocalDateTime.of(2024, 2, 29, 0, 0));
        assertThat(PartitionKeyType.time(" 2024-12-31 23:59:58 "))
                .isEqualTo(LocalDateTime.of(2024, 12, 31, 23, 59, 58));
        assertThat(PartitionKeyType.time("0000-01-01")).isEqualTo(LocalDateTime.of(0, 1, 1, 0, 0));
        assertThat(PartitionKeyType.time("20240229")).isEqualTo(LocalDateTime.of(2024, 2, 29, 0, 0));
        assertThat(PartitionKeyType.time("20240229103000")).isEqualTo(LocalDateTime.of(2024, 2, 29, 10, 30));
        // what the digits alone do not make a valid time is left to the formatters, which resolve it as they always did
        assertThat(PartitionKeyType.time("2023-02-30")).isEqualTo(LocalDateTime.of(2023, 2, 28, 0, 0));
        assertThat(PartitionKeyType.time("2024-01-01 24:00:00")).isEqualTo(LocalDateTime.of(2024, 1, 2, 0, 0));
        for (String other : List.of("2024-13-01", "2024-1-01", "2024-01-01T00:00:00", "MAXVALUE", "100", "",
                "2024/01/01")) {
            assertThat(PartitionKeyType.time(other)).as(other).isNull();
        }
    }

    @Test
    void wholeNumbersAndTimesOrderAsTheServerOrdersThem() {
        assertThat(PartitionRanges.compare(List.of("+20"), List.of("3"))).contains(1);
        assertThat(PartitionRanges.compare(List.of("-5"), List.of("3"))).contains(-1);
        assertThat(PartitionRanges.compare(List.of("2024-01-01"), List.of("2024-01-01 00:00:00"))).contains(0);
        assertThat(PartitionRanges.compare(List.of("2024-01-02"), List.of("MAXVALUE"))).contains(-1);
        assertThat(PartitionRanges.compare(List.of("abc"), List.of("2024-01-01"))).isEmpty();
    }
}
