package org.starrocks4j.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period such as {@code storage_cooldown_ttl}'s, spelled as the server prints it. The server reads
 * {@code "3 day"}, {@code "1 WEEK 2 days"} or {@code "2 hour"} and prints what it read in its own long style: years,
 * months and days in that order, a week as 7 days, every unit in the plural ({@code "3 days"}, {@code "1 years"}),
 * zero as {@code "0 day"}; hours, minutes and seconds likewise when the period has no calendar part. Text it would
 * not read is kept as written.
 */
final class HumanReadablePeriod {

    private static final Pattern PART = Pattern.compile("\\s*(\\d+)\\s+([a-zA-Z]+)\\s*");

    /** Calendar units in print order, and the time units: the server prints a calendar period or a duration. */
    private static final List<String> CALENDAR = List.of("years", "months", "days");
    private static final List<String> TIME = List.of("hours", "minutes", "seconds");

    private HumanReadablePeriod() {
    }

    static String canonical(String text) {
        long[] calendar = new long[CALENDAR.size()];
        long[] time = new long[TIME.size()];
        Matcher m = PART.matcher(text);
        int at = 0;
        boolean any = false;
        while (m.find() && m.start() == at) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            String plural = unit.endsWith("s") ? unit : unit + "s";
            if (plural.equals("weeks")) {
                calendar[CALENDAR.indexOf("days")] += 7 * n;
            } else if (CALENDAR.contains(plural)) {
                calendar[CALENDAR.indexOf(plural)] += n;
            } else if (TIME.contains(plural)) {
                time[TIME.indexOf(plural)] += n;
            } else {
                return text;
            }
            at = m.end();
            any = true;
        }
        boolean hasCalendar = Arrays.stream(calendar).anyMatch(n -> n != 0);
        boolean hasTime = Arrays.stream(time).anyMatch(n -> n != 0);
        if (!any || at != text.length() || hasCalendar && hasTime) {
            return text; // not a period the server reads, or a mix whose printing is not known
        }
        List<String> parts = new ArrayList<>();
        List<String> units = hasTime ? TIME : CALENDAR;
        long[] values = hasTime ? time : calendar;
        for (int i = 0; i < units.size(); i++) {
            if (values[i] != 0) {
                parts.add(values[i] + " " + units.get(i));
            }
        }
        return parts.isEmpty() ? "0 day" : String.join(" ", parts);
    }
}
