package org.starrocks4j.schema;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a pre-created RANGE partition starts, as the server decides it. A {@code VALUES LESS THAN (v)} partition
 * starts at the upper bound of the partition created before it whose upper bound is the greatest below {@code v}
 * (StarRocks' {@code RangePartitionInfo}: the last existing range ending below the new upper bound), or at the key
 * type's minimum when there is none. The range is fixed when the partition is created: dropping the partition it
 * started from later does not move it, which is why a replayed history pins it ({@code [lower, upper)}).
 *
 * <p>Bound values are compared as the server compares them: whole numbers numerically, dates and datetimes in time
 * order ({@code 2024-01-01} = {@code 2024-01-01 00:00:00}), {@code MAXVALUE} above everything. Values that are none
 * of these cannot be ordered; the previous partition in the list is then taken, as written.
 */
public final class PartitionRanges {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

    private PartitionRanges() {
    }

    /**
     * The index of the partition whose upper bound is where partition {@code index} of a RANGE partitioning starts,
     * among the partitions before it; {@code -1} when it starts at the key type's minimum.
     */
    public static int predecessor(List<PartitionDefinition> partitions, int index) {
        List<String> upper = upperBound(partitions.get(index));
        int best = -1;
        for (int j = 0; j < index; j++) {
            List<String> candidate = upperBound(partitions.get(j));
            Optional<Integer> belowUpper = compare(candidate, upper);
            Optional<Integer> aboveBest = best < 0 ? Optional.of(1) : compare(candidate, upperBound(partitions.get(best)));
            if (belowUpper.isEmpty() || aboveBest.isEmpty()) {
                return index - 1; // bounds the server would order but this class cannot read: as written
            }
            if (belowUpper.get() < 0 && aboveBest.get() > 0) {
                best = j;
            }
        }
        return best;
    }

    /** The upper bound of a range partition: its LESS THAN values, its fixed upper bound, or a batch's END. */
    public static List<String> upperBound(PartitionDefinition p) {
        if (p instanceof PartitionDefinition.LessThan lt) {
            return lt.maxValue() ? List.of(PartitionDefinition.MAXVALUE) : lt.values();
        }
        if (p instanceof PartitionDefinition.Fixed f) {
            return f.upper();
        }
        if (p instanceof PartitionDefinition.Batch b) {
            return List.of(b.end());
        }
        throw new IllegalArgumentException("partition '" + p.name() + "' is a LIST partition; it has no range");
    }

    /** Negative, zero or positive as {@code a} is below, equal to or above {@code b}; empty when not comparable. */
    static Optional<Integer> compare(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            Optional<Integer> c = compare(a.get(i), b.get(i));
            if (c.isEmpty() || c.get() != 0) {
                return c;
            }
        }
        boolean aMax = a.size() == 1 && isMax(a.get(0));
        boolean bMax = b.size() == 1 && isMax(b.get(0));
        return Optional.of(aMax == bMax ? Integer.compare(a.size(), b.size()) : aMax ? 1 : -1);
    }

    private static Optional<Integer> compare(String a, String b) {
        if (isMax(a) || isMax(b)) {
            return Optional.of(isMax(a) == isMax(b) ? 0 : isMax(a) ? 1 : -1);
        }
        BigInteger x = integer(a);
        BigInteger y = integer(b);
        if (x != null && y != null) {
            return Optional.of(x.compareTo(y));
        }
        LocalDateTime s = time(a);
        LocalDateTime t = time(b);
        return s != null && t != null ? Optional.of(s.compareTo(t)) : Optional.empty();
    }

    private static boolean isMax(String v) {
        return PartitionDefinition.MAXVALUE.equalsIgnoreCase(v.strip());
    }

    /**
     * A bound written {@code yyyy-MM-dd} or {@code yyyy-MM-dd HH:mm:ss} that is a valid date and time, read from its
     * digits: the usual bound, and a formatter costs ten times more. {@code null} for any other text or an invalid
     * date or year 0, for which callers use their formatters (which decide what those mean).
     */
    public static LocalDateTime plainDateTime(String s) {
        boolean date = s.length() == 10;
        if (!date && (s.length() != 19 || s.charAt(10) != ' ' || s.charAt(13) != ':' || s.charAt(16) != ':')
                || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = date ? 0 : digits(s, 11, 2);
        int minute = date ? 0 : digits(s, 14, 2);
        int second = date ? 0 : digits(s, 17, 2);
        if (year <= 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null; // year 0 too: year-of-era patterns refuse it, so the formatters decide
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The number written by {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String s, int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The whole number, or {@code null}; checked before parsing: most bounds are dates, and exceptions cost. */
    private static BigInteger integer(String v) {
        String s = v.strip();
        int digits = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
        if (digits == s.length()) {
            return null;
        }
        for (int i = digits; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        return new BigInteger(s.startsWith("+") ? s.substring(1) : s);
    }

    private static LocalDateTime time(String v) {
        String s = v.strip();
        LocalDateTime plain = plainDateTime(s);
        if (plain != null) {
            return plain;
        }
        try {
            return s.length() == 10 ? LocalDate.parse(s, DATE).atStartOfDay() : LocalDateTime.parse(s, DATETIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
