package org.starrocks4j.schema;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Rules whose answer depends on the moment a statement runs. They are kept out of {@code build()} and
 * {@link ModelValidator#problems}, which give the same answer every day, and are checked where DDL is about to run
 * ({@link ModelValidator#problemsWhenRun}).
 */
final class TimeRules {

    /**
     * The server reads a cooldown time in its own time zone, which the client does not know; it refuses the time
     * when it is not later than now in that zone. The westernmost zone (UTC-12) reaches a local time last, so a time
     * already past there is past on every server. Times less than a day ahead depend on the zone and are left to the
     * server.
     */
    private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(-12);

    private TimeRules() {
    }

    static void check(String what, Map<String, String> properties, Instant now, List<String> problems) {
        for (String key : List.of(PropertyRules.COOLDOWN_TIME, "default." + PropertyRules.COOLDOWN_TIME)) {
            String value = properties.get(key);
            LocalDateTime at = value == null ? null : dateTime(value);
            if (at != null && !at.toInstant(LATEST_ZONE).isAfter(now)) {
                problems.add(what + ", property '" + key + "' = '" + value + "': Cooldown time should be later than now "
                        + "(it is " + now.atOffset(ZoneOffset.UTC).toLocalDateTime().withNano(0) + " UTC); give a "
                        + "future time, or use \"storage_cooldown_ttl\" (e.g. \"30 day\"), which does not expire");
            }
        }
    }

    /** {@code yyyy-MM-dd HH:mm:ss} or {@code yyyy-MM-dd}; null for anything else (left to the server). */
    static LocalDateTime dateTime(String value) {
        String s = value.strip();
        try {
            if (s.length() == 10 || s.length() == 19 && s.charAt(10) == ' ') {
                // the forms partition bounds are written in, read without the formatter (every bound of every table
                // read is checked); LocalDateTime.of rejects what is not a real date or time, as the formatter does
                return LocalDateTime.of(digits(s, 0, 4, '-'), digits(s, 5, 2, '-'), digits(s, 8, 2, ' '),
                        s.length() == 10 ? 0 : digits(s, 11, 2, ':'), s.length() == 10 ? 0 : digits(s, 14, 2, ':'),
                        s.length() == 10 ? 0 : digits(s, 17, 2, ' '));
            }
            return LocalDateTime.parse(s.replace(' ', 'T'));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * The number of {@code count} ASCII digits at {@code from}, followed by {@code separator} (or the end of the
     * text).
     */
    private static int digits(String s, int from, int count, char separator) {
        int end = from + count;
        if (end < s.length() && s.charAt(end) != separator) {
            throw new NumberFormatException(s);
        }
        int n = 0;
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(s);
            }
            n = n * 10 + c - '0';
        }
        return n;
    }
}
