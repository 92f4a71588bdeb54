package org.starrocks4j.schema;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The partitions {@code START ... END ... EVERY (INTERVAL n unit)} creates on a date or datetime key, as the FE's
 * {@code MultiRangePartitionDesc} does: named {@code p} + the step's start formatted by unit ({@code p20210101} by
 * DAY, {@code p202101} by MONTH, {@code p2021} by YEAR, {@code p2021010100} by HOUR), the first from START as written,
 * the next ones aligned to the start of their unit, and the last one cut at END, except by DAY, where it keeps its
 * full step (live corpus pairs 1404, 1450: {@code START ("2020-06-01") END ("2020-09-01") EVERY (INTERVAL 3 DAY)}
 * ends with {@code [("2020-08-30"), ("2020-09-02"))}).
 */
final class PartitionBatches {

    private static final Pattern INTERVAL = Pattern.compile("(?i)^\\s*interval\\s+(\\d+)\\s+([a-z]+)\\s*$");

    /** Beyond this many partitions a batch is kept as written rather than expanded. */
    private static final int MAX_EXPANDED = 10_000;

    private PartitionBatches() {
    }

    /**
     * The fixed ranges the batch creates on a key of that type, or the batch itself when its bounds or unit cannot be
     * read (WEEK names depend on week numbering, and whole-number steps on number keys are kept).
     */
    static List<PartitionDefinition> expand(PartitionDefinition.Batch batch, PartitionKeyType type) {
        Matcher m = INTERVAL.matcher(batch.every());
        LocalDateTime start = PartitionKeyType.time(batch.start());
        LocalDateTime end = PartitionKeyType.time(batch.end());
        if (!type.isTime() || !m.matches() || start == null || end == null) {
            return List.of(batch);
        }
        long step = Long.parseLong(m.group(1));
        ChronoUnit chrono;
        DateTimeFormatter name;
        UnaryOperator<LocalDateTime> unitStart;
        switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "DAY" -> {
                chrono = ChronoUnit.DAYS;
                name = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
                unitStart = t -> t.truncatedTo(ChronoUnit.DAYS);
            }
            case "MONTH" -> {
                chrono = ChronoUnit.MONTHS;
                name = DateTimeFormatter.ofPattern("uuuuMM", Locale.ROOT);
                unitStart = t -> t.withDayOfMonth(1);
            }
            case "YEAR" -> {
                chrono = ChronoUnit.YEARS;
                name = DateTimeFormatter.ofPattern("uuuu", Locale.ROOT);
                unitStart = t -> t.withDayOfYear(1);
            }
            case "HOUR" -> {
                chrono = ChronoUnit.HOURS;
                name = DateTimeFormatter.ofPattern("uuuuMMddHH", Locale.ROOT);
                unitStart = t -> t.truncatedTo(ChronoUnit.HOURS);
            }
            default -> {
                return List.of(batch);
            }
        }
        if (step < 1 || !start.isBefore(end) || chrono.between(start, end) / step > MAX_EXPANDED) {
            return List.of(batch);
        }
        List<PartitionDefinition> out = new ArrayList<>();
        for (LocalDateTime lower = start; lower.isBefore(end); ) {
            LocalDateTime aligned = unitStart.apply(lower);
            LocalDateTime next = aligned.plus(step, chrono);
            if (chrono != ChronoUnit.DAYS && next.isAfter(end)) {
                next = end; // by DAY the last partition keeps its full step; by other units it ends at END
            }
            out.add(new PartitionDefinition.Fixed("p" + aligned.format(name), List.of(type.spell(lower)),
                    List.of(type.spell(next)), Map.of()));
            lower = next;
        }
        return out;
    }
}
