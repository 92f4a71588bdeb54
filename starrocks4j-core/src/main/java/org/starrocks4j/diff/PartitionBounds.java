package org.starrocks4j.diff;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * ({@link PartitionRanges#predecessor}; the type's minimum for the first, and {@code LESS THAN MAXVALUE} a range up
 * to {@code (MAXVALUE)}) — {@code START ... END ... EVERY (INTERVAL n unit)} expanded into the partitions it
 * creates, named {@code p} + the start formatted by unit ({@code p20210101} by DAY, {@code p202101} by MONTH,
 * {@code p2021} by YEAR, {@code p2021010100} by HOUR), and bound values spelled for the key's type
 * ({@code 2021-01-01} becomes {@code 2021-01-01 00:00:00} for a DATETIME key). Done only where the key's type is
 * known (a column, or an expression of a known function); other partitions are kept as written.
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

    private PartitionBounds() {
    }

    /** The partitions of a RANGE partitioning in the server's form, where the key types are known. */
    static List<PartitionDefinition> canonical(Partitioning.Range range, Table table) {
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
                out.addAll(expand(b, kinds.get(0)));
                uppers.add(spell(List.of(b.end()), kinds));
            } else {
                out.add(p);
                uppers.add(p instanceof PartitionDefinition.In ? List.of() : PartitionRanges.upperBound(p));
            }
        }
        return out;
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
            return new java.math.BigInteger(v.startsWith("+") ? v.substring(1) : v).toString();
        } catch (NumberFormatException e) {
            return v;
        }
    }

    private static LocalDateTime parseTime(String v) {
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v, DATE).atStartOfDay();
            }
            return LocalDateTime.parse(v, DATETIME);
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
        switch (unit) {
            case "DAY" -> {
                chrono = ChronoUnit.DAYS;
                name = DateTimeFormatter.ofPattern("yyyyMMdd");
            }
            case "MONTH" -> {
                chrono = ChronoUnit.MONTHS;
                name = DateTimeFormatter.ofPattern("yyyyMM");
            }
            case "YEAR" -> {
                chrono = ChronoUnit.YEARS;
                name = DateTimeFormatter.ofPattern("yyyy");
            }
            case "HOUR" -> {
                chrono = ChronoUnit.HOURS;
                name = DateTimeFormatter.ofPattern("yyyyMMddHH");
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
            LocalDateTime next = lower.plus(step, chrono);
            LocalDateTime upper = next.isAfter(end) ? end : next;
            out.add(new PartitionDefinition.Fixed("p" + lower.format(name), List.of(lower.format(bound)),
                    List.of(upper.format(bound)), Map.of()));
            lower = next;
        }
        return out;
    }
}
