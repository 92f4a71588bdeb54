package org.starrocks4j.schema;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A materialized view's refresh scheme: {@code REFRESH [IMMEDIATE|DEFERRED] ASYNC [START('...')] [EVERY(INTERVAL n unit)]},
 * {@code MANUAL} or {@code INCREMENTAL}. The server's newer spellings ({@code SCHEDULE}, {@code ON_CHANGE}) are the
 * same schemes and are parsed into this one form; the renderer picks the spelling for the target server version.
 *
 * @param moment when the first refresh happens, or {@code null} when not stated (IMMEDIATE)
 * @param kind   ASYNC, MANUAL or INCREMENTAL
 * @param start  START time literal (unquoted), ASYNC only, or {@code null}
 * @param every  the refresh interval, ASYNC only, or {@code null}
 */
public record Refresh(Moment moment, Kind kind, String start, Interval every) {

    /** When the first refresh runs. */
    public enum Moment { IMMEDIATE, DEFERRED }

    /** How refreshes are triggered. */
    public enum Kind { ASYNC, MANUAL, INCREMENTAL }

    /** {@code INTERVAL amount unit}. */
    public record Interval(long amount, String unit) {
        private static final Set<String> UNITS = Set.of("SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "QUARTER", "YEAR");

        public Interval {
            Objects.requireNonNull(unit, "interval unit");
            unit = unit.toUpperCase(Locale.ROOT);
            if (!UNITS.contains(unit)) {
                throw new InvalidModelException("refresh interval unit '" + unit + "' is not one of " + UNITS);
            }
            if (amount < 1) {
                throw new InvalidModelException("refresh interval must be at least 1 " + unit);
            }
        }

        public String toSql() {
            return "INTERVAL " + amount + " " + unit;
        }
    }

    public Refresh {
        Objects.requireNonNull(kind, "refresh kind");
        if (kind != Kind.ASYNC && (start != null || every != null)) {
            throw new InvalidModelException("REFRESH " + kind + " takes no START or EVERY; only ASYNC refreshes on a schedule");
        }
        if (start != null && every == null) {
            throw new InvalidModelException("REFRESH ASYNC START(...) needs EVERY(INTERVAL ...)");
        }
    }

    public static Refresh async() {
        return new Refresh(null, Kind.ASYNC, null, null);
    }

    public static Refresh asyncEvery(long amount, String unit) {
        return new Refresh(null, Kind.ASYNC, null, new Interval(amount, unit));
    }

    public static Refresh manual() {
        return new Refresh(null, Kind.MANUAL, null, null);
    }

    public static Refresh incremental() {
        return new Refresh(null, Kind.INCREMENTAL, null, null);
    }

    public Refresh deferred() {
        return new Refresh(Moment.DEFERRED, kind, start, every);
    }

    public Refresh immediate() {
        return new Refresh(Moment.IMMEDIATE, kind, start, every);
    }

    public Refresh startingAt(String startTime) {
        return new Refresh(moment, kind, startTime, every);
    }
}
