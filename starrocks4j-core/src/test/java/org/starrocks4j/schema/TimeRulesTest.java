package org.starrocks4j.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The date and date-time forms of bounds and cooldown times, read without a formatter. */
class TimeRulesTest {

    @Test
    void readsDatesAndDateTimesAsTheServerWritesThem() {
        assertThat(TimeRules.dateTime("2024-02-29")).isEqualTo(LocalDateTime.of(2024, 2, 29, 0, 0));
        assertThat(TimeRules.dateTime(" 2024-02-01 13:45:59 ")).isEqualTo(LocalDateTime.of(2024, 2, 1, 13, 45, 59));
        assertThat(TimeRules.dateTime("2024-02-01T13:45")).isEqualTo(LocalDateTime.of(2024, 2, 1, 13, 45));
    }

    @Test
    void anythingElseIsLeftToTheServer() {
        assertThat(TimeRules.dateTime("2023-02-29")).isNull(); // no such day
        assertThat(TimeRules.dateTime("2024-13-01")).isNull();
        assertThat(TimeRules.dateTime("2024-01-01 24:00:00")).isNull();
        assertThat(TimeRules.dateTime("2024/01/01")).isNull();
        assertThat(TimeRules.dateTime("2024-01-0x")).isNull();
        assertThat(TimeRules.dateTime("2024-01-01 10-00-00")).isNull();
        assertThat(TimeRules.dateTime("-123-01-01")).isNull();
        assertThat(TimeRules.dateTime("MAXVALUE")).isNull();
        assertThat(TimeRules.dateTime("20240101")).isNull();
    }
}
