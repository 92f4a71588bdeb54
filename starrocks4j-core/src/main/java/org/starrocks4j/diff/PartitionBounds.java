package org.starrocks4j.diff;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.PartitionDefinition;
import org.starrocks4j.schema.PartitionExpression;
import org.starrocks4j.schema.PartitionRanges;
import org.starrocks4j.schema.Partitioning;
import org.starrocks4j.schema.Table;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.Primitive;
import org.starrocks4j.types.PrimitiveType;

/**
 * Pre-created RANGE partitions as the server holds and prints them: every partition a fixed range
 * {@code [lower, upper)} — {@code VALUES LESS THAN} becomes a range from the upper bound of the partition it follows
 * ({@link PartitionRanges#predecessor}: the type's minimum for the first; {@code LESS THAN MAXVALUE} a range up to
 * {@code (MAXVALUE)}) — in the order of their ranges, bound values spelled for the key's type ({@code 2021-01-01}
 * and {@code 20210101} become {@code 2021-01-01 00:00:00} for a DATETIME key, {@code 2021-01-01 00:00:00} becomes
 * {@code 2021-01-01} for a DATE key), and {@code START ... END ... EVERY (INTERVAL n unit)} expanded into the partitions the FE creates
 * ({@code MultiRangePartitionDesc}): named {@code p} + the step's start formatted by unit ({@code p20210101} by DAY,
 * {@code p202101} by MONTH, {@code p2021} by YEAR, {@code p2021010100} by HOUR), the first from START as written,
 * the next ones aligned to the start of their unit, and the last one cut at END, except by DAY, where it keeps its
 * full step (live corpus pairs 1404, 1450: {@code START ("2020-06-01") END ("2020-09-01") EVERY (INTERVAL 3 DAY)}
 * ends with {@code [("2020-08-30"), ("2020-09-02"))}). Done only where the key's type is known (a column, or an
 * expression of a known function); other partitions are kept as written, in their order.
 */
final class PartitionBounds {

    /** The kinds of partition key whose bounds can be spelled and stepped. */
    enum KeyKind { DATE, DATETIME, TINYINT, SMALLINT, INT, BIGINT, LARGEINT }

    private static final Map<KeyKind, String> MINIMUM = Map.of(
            KeyKind.DATE, "0000-01-01", KeyKind.DATETIME, "0000-01-01 00:00:00",
            KeyKind.TINYINT, "-128", KeyKind.SMALLINT, "-32768", KeyKind.INT, "-2147483648",
            KeyKind.BIGINT, "-9223372036854775808", KeyKind.LARGEINT, "-170141183460469231731687303715884105728");

    /** Functions whose result type is known, whatever their arguments. */
    private static final Map<String, KeyKind> FUNCTION_TYPES = Map.of(
            "str2date", KeyKind.DATE, "to_date", KeyKind.DATE,
            "from_unixtime", KeyKind.DATETIME, "from_unixtime_ms", KeyKind.DATETIME,
            "str_to_date", KeyKind.DATETIME);

    private static final Pattern CALL = Pattern.compile("^([a-z_][a-z0-9_]*)\\(");
    private static final Pattern CAST = Pattern.compile("^cast\\(.* as ([a-z]+)(?:\\(\\d+\\))?\\)$");
    private static final Pattern INTERVAL = Pattern.compile("(?i)^\\s*interval\\s+(\\d+)\\s+([a-z]+)\\s*$");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter COMPACT_DATETIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    private PartitionBounds() {
    }

    /**
     * The pre-created partitions in the server's form: RANGE partitions as described above; LIST partitions with
     * their values spelled for the key's type ({@code 2013-07-01} becomes {@code 2013-07-01 00:00:00} for a DATETIME
     * key, {@code NULL} stays), in the order of their names (the server prints them in an order of its own: live
     * corpus pairs 1234, 1418, 1463).
     */
    static List<PartitionDefinition> canonical(Partitioning partitioning, Table table) {
        if (partitioning instanceof Partitioning.Range range) {
            return range(range, table);
        }
        if (partitioning instanceof Partitioning.ListPartitioning list) {
            List<Optional<KeyKind>> kinds = list.keys().stream().map(k -> kind(k, table)).toList();
            return list.partitions().stream().map(p -> p instanceof PartitionDefinition.In in ? spelled(in, kinds) : p)
                    .sorted(Comparator.comparing(p -> Names.key(p.name()))).toList();
        }
        return partitioning.partitions();
    }

    private static PartitionDefinition spelled(PartitionDefinition.In in, List<Optional<KeyKind>> kinds) {
        List<List<String>> values = new ArrayList<>();
        for (List<String> tuple : in.values()) {
            List<String> spelled = new ArrayList<>();
            for (int i = 0; i < tuple.size(); i++) {
                String v = tuple.get(i);
                Optional<KeyKind> kind = i < kinds.size() ? kinds.get(i) : Optional.empty();
                spelled.add(kind.isEmpty() || PartitionDefinition.NULL.equals(v) ? v : spell(v, kind.get()));
            }
            values.add(spelled);
        }
        return new PartitionDefinition.In(in.name(), values, in.properties());
    }

    /** The partitions of a RANGE partitioning in the server's form, where the key types are known. */
    private static List<PartitionDefinition> range(Partitioning.Range range, Table table) {
        List<KeyKind> kinds = new ArrayList<>();
        for (PartitionExpression key : range.keys()) {
            Optional<KeyKind> kind = kind(key, table);
            if (kind.isEmpty()) {
                return range.partitions();
            }
            kinds.add(kind.get());
        }
        List<PartitionDefinition> out = new ArrayList<>();
        List<PartitionDefinition> written = range.partitions();
        List<List<String>> uppers = new ArrayList<>(); // each written partition's upper bound, spelled
        for (int i = 0; i < written.size(); i++) {
            PartitionDefinition p = written.get(i);
            int before = p instanceof PartitionDefinition.LessThan ? PartitionRanges.predecessor(written, i) : -1;
            List<String> lower = before < 0 ? kinds.stream().map(MINIMUM::get).toList() : uppers.get(before);
            if (p instanceof PartitionDefinition.LessThan lt && lt.maxValue()) {
                // the server holds LESS THAN MAXVALUE as a range up to the maximum: [lower, (MAXVALUE, ...))
                List<String> upper = kinds.stream().map(k -> PartitionDefinition.MAXVALUE).toList();
                out.add(new PartitionDefinition.Fixed(lt.name(), lower, upper, lt.properties()));
                uppers.add(upper);
            } else if (p instanceof PartitionDefinition.LessThan lt && lt.values().size() == kinds.size()) {
                List<String> upper = spell(lt.values(), kinds);
                out.add(new PartitionDefinition.Fixed(lt.name(), lower, upper, lt.properties()));
                uppers.add(upper);
            } else if (p instanceof PartitionDefinition.Fixed f && f.lower().size() == kinds.size()) {
                List<String> upper = spell(f.upper(), kinds);
                out.add(new PartitionDefinition.Fixed(f.name(), spell(f.lower(), kinds), upper, f.properties()));
                uppers.add(upper);
            } else if (p instanceof PartitionDefinition.Batch b && kinds.size() == 1) {
                List<PartitionDefinition> expanded = expand(b, kinds.get(0));
                out.addAll(expanded);
                uppers.add(!expanded.isEmpty() && expanded.get(expanded.size() - 1) instanceof PartitionDefinition.Fixed f
                        ? f.upper() : spell(List.of(b.end()), kinds));
            } else {
                out.add(p);
                uppers.add(PartitionRanges.upperBound(p));
            }
        }
        if (out.stream().allMatch(PartitionDefinition.Fixed.class::isInstance)) {
            out.sort(Comparator.comparing(p -> ((PartitionDefinition.Fixed) p).lower(), tupleOrder(kinds)));
        }
        return out;
    }

    /** The order of bound tuples: dates as spelled (same width), numbers by value. */
    private static Comparator<List<String>> tupleOrder(List<KeyKind> kinds) {
        return (a, b) -> {
            for (int i = 0; i < kinds.size(); i++) {
                int c = kinds.get(i) == KeyKind.DATE || kinds.get(i) == KeyKind.DATETIME ? a.get(i).compareTo(b.get(i))
                        : number(a.get(i)).compareTo(number(b.get(i)));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    private static BigInteger number(String value) {
        try {
            return new BigInteger(value);
        } catch (NumberFormatException e) {
            return BigInteger.ZERO; // a bound that is not a number keeps its place among equals
        }
    }

    /** The type of a partition key: a column's, or the result of a function whose type is known. */
    static Optional<KeyKind> kind(PartitionExpression key, Table table) {
        if (key.isColumn()) {
            return table.column(key.column()).map(Column::type).flatMap(PartitionBounds::kind);
        }
        String sql = SqlNormalizer.canonicalExpression(key.sql());
        Matcher cast = CAST.matcher(sql);
        if (cast.matches()) {
            return kindOfTypeName(cast.group(1));
        }
        Matcher call = CALL.matcher(sql);
        if (!call.find()) {
            return table.column(sql.replace("`", "")).map(Column::type).flatMap(PartitionBounds::kind);
        }
        String function = call.group(1);
        if (FUNCTION_TYPES.containsKey(function)) {
            return Optional.of(FUNCTION_TYPES.get(function));
        }
        if (function.equals("date_trunc") || function.equals("time_slice")) {
            // the result has the type of the column it truncates
            for (Column c : table.columns()) {
                if (references(sql, c.name())) {
                    return kind(c.type());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean references(String canonicalSql, String column) {
        String bare = SqlNormalizer.canonicalExpression("`" + column.replace("`", "``") + "`");
        return Pattern.compile("(?<![a-z0-9_`.])" + Pattern.quote(bare) + "(?![a-z0-9_`(])").matcher(canonicalSql)
                .find();
    }

    private static Optional<KeyKind> kind(DataType type) {
        if (type instanceof PrimitiveType p) {
            return switch (p.kind()) {
                case DATE -> Optional.of(KeyKind.DATE);
                case DATETIME -> Optional.of(KeyKind.DATETIME);
                case TINYINT -> Optional.of(KeyKind.TINYINT);
                case SMALLINT -> Optional.of(KeyKind.SMALLINT);
                case INT -> Optional.of(KeyKind.INT);
                case BIGINT -> Optional.of(KeyKind.BIGINT);
                case LARGEINT -> Optional.of(KeyKind.LARGEINT);
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    private static Optional<KeyKind> kindOfTypeName(String name) {
        try {
            return kind(new PrimitiveType(Primitive.valueOf(name.toUpperCase(Locale.ROOT))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<String> spell(List<String> values, List<KeyKind> kinds) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            out.add(spell(values.get(i), kinds.get(i)));
        }
        return out;
    }

    /** A bound value as the server prints it for the key type; values it cannot read are kept. */
    private static String spell(String value, KeyKind kind) {
        String v = value.strip();
        if (kind == KeyKind.DATE || kind == KeyKind.DATETIME) {
            LocalDateTime t = parseTime(v);
            if (t == null) {
                return v;
            }
            return kind == KeyKind.DATE ? t.toLocalDate().format(DATE) : t.format(DATETIME);
        }
        try {
            return new BigInteger(v.startsWith("+") ? v.substring(1) : v).toString();
        } catch (NumberFormatException e) {
            return v;
        }
    }

    /** A date or datetime in the spellings the server reads ({@code 2021-01-01}, {@code 20210101}, with a time). */
    private static LocalDateTime parseTime(String v) {
        LocalDateTime plain = PartitionRanges.plainDateTime(v);
        if (plain != null) {
            return plain;
        }
        try {
            return switch (v.length()) {
                case 8 -> LocalDate.parse(v, COMPACT_DATE).atStartOfDay();
                case 10 -> LocalDate.parse(v, DATE).atStartOfDay();
                case 14 -> LocalDateTime.parse(v, COMPACT_DATETIME);
                default -> LocalDateTime.parse(v, DATETIME);
            };
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The partitions {@code START ... END ... EVERY (INTERVAL n unit)} creates on a date or datetime key, or the
     * batch itself when its bounds or unit cannot be read (WEEK names depend on week numbering and are kept).
     */
    private static List<PartitionDefinition> expand(PartitionDefinition.Batch batch, KeyKind kind) {
        Matcher m = INTERVAL.matcher(batch.every());
        LocalDateTime start = parseTime(batch.start().strip());
        LocalDateTime end = parseTime(batch.end().strip());
        if ((kind != KeyKind.DATE && kind != KeyKind.DATETIME) || !m.matches() || start == null || end == null) {
            return List.of(batch);
        }
        long step = Long.parseLong(m.group(1));
        String unit = m.group(2).toUpperCase(Locale.ROOT);
        ChronoUnit chrono;
        DateTimeFormatter name;
        UnaryOperator<LocalDateTime> unitStart;
        switch (unit) {
            case "DAY" -> {
                chrono = ChronoUnit.DAYS;
                name = DateTimeFormatter.ofPattern("yyyyMMdd");
                unitStart = t -> t.truncatedTo(ChronoUnit.DAYS);
            }
            case "MONTH" -> {
                chrono = ChronoUnit.MONTHS;
                name = DateTimeFormatter.ofPattern("yyyyMM");
                unitStart = t -> t.withDayOfMonth(1);
            }
            case "YEAR" -> {
                chrono = ChronoUnit.YEARS;
                name = DateTimeFormatter.ofPattern("yyyy");
                unitStart = t -> t.withDayOfYear(1);
            }
            case "HOUR" -> {
                chrono = ChronoUnit.HOURS;
                name = DateTimeFormatter.ofPattern("yyyyMMddHH");
                unitStart = t -> t.truncatedTo(ChronoUnit.HOURS);
            }
            default -> {
                return List.of(batch);
            }
        }
        if (step < 1 || !start.isBefore(end) || chrono.between(start, end) / step > 10_000) {
            return List.of(batch);
        }
        DateTimeFormatter bound = kind == KeyKind.DATE ? DATE : DATETIME;
        List<PartitionDefinition> out = new ArrayList<>();
        for (LocalDateTime lower = start; lower.isBefore(end); ) {
            LocalDateTime aligned = unitStart.apply(lower);
            LocalDateTime next = aligned.plus(step, chrono);
            if (chrono != ChronoUnit.DAYS && next.isAfter(end)) {
                next = end; // by DAY the last partition keeps its full step; by other units it ends at END
            }
            out.add(new PartitionDefinition.Fixed("p" + aligned.format(name), List.of(lower.format(bound)),
                    List.of(next.format(bound)), Map.of()));
            lower = next;
        }
        return out;
    }
}
