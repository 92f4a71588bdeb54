package org.starrocks4j.schema;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.starrocks4j.lexical.SqlToken;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.PrimitiveType;

/**
 * The type of a partition key, where the server's spelling and order of its bound values are known: the date and
 * whole-number types a RANGE key may have (RangePartitionInfo.checkRangeColumnType). The server holds every bound
 * as a value of the key's type and prints it in one spelling ({@code 20210101} and {@code 2021-01-01} are
 * {@code 2021-01-01 00:00:00} for a DATETIME key, {@code 2021-01-01 00:00:00} is {@code 2021-01-01} for a DATE key,
 * {@code +007} is {@code 7}); a range without a lower bound starts at the type's minimum, which it prints as a
 * value ({@code [("0000-01-01"), ("2024-01-01"))}, {@code [("-2147483648"), ("0"))}).
 */
public enum PartitionKeyType {
    DATE("0000-01-01"),
    DATETIME("0000-01-01 00:00:00"),
    TINYINT("-128"),
    SMALLINT("-32768"),
    INT("-2147483648"),
    BIGINT("-9223372036854775808"),
    LARGEINT("-170141183460469231731687303715884105728");

    /** Functions whose result type is known, whatever their arguments. */
    private static final Map<String, PartitionKeyType> FUNCTION_TYPES = Map.of(
            "str2date", DATE, "to_date", DATE,
            "from_unixtime", DATETIME, "from_unixtime_ms", DATETIME, "str_to_date", DATETIME);

    private static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter DATETIME_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
    private static final DateTimeFormatter COMPACT_DATETIME =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT);

    private final String minimum;

    PartitionKeyType(String minimum) {
        this.minimum = minimum;
    }

    /** The type's least value as the server prints it: where the first {@code VALUES LESS THAN} range starts. */
    public String minimum() {
        return minimum;
    }

    /** True for DATE and DATETIME, whose bounds are points in time. */
    public boolean isTime() {
        return this == DATE || this == DATETIME;
    }

    /**
     * A bound value as the server prints it for this type; {@link PartitionDefinition#MAXVALUE} and values it cannot
     * read are kept as they are (the server refuses those, which validation reports).
     */
    public String spell(String value) {
        String v = value.strip();
        if (isTime()) {
            LocalDateTime t = time(v);
            return t == null ? v : spell(t);
        }
        try {
            return new BigInteger(v.startsWith("+") ? v.substring(1) : v).toString();
        } catch (NumberFormatException e) {
            return v;
        }
    }

    /** A point in time as the server prints it for this type, which must be DATE or DATETIME. */
    String spell(LocalDateTime time) {
        return this == DATE ? time.toLocalDate().format(DATE_FORMAT) : time.format(DATETIME_FORMAT);
    }

    /** Each value of a bound tuple spelled for the key type at its position. */
    static List<String> spell(List<String> values, List<PartitionKeyType> types) {
        return IntStream.range(0, values.size()).mapToObj(i -> types.get(i).spell(values.get(i))).toList();
    }

    /**
     * A date or datetime in a spelling the server reads ({@code 2021-01-01}, {@code 20210101}, with a time
     * {@code 2021-01-01 10:00:00} or {@code 20210101100000}); null for anything else.
     */
    static LocalDateTime time(String value) {
        String v = value.strip();
        LocalDateTime plain = plainDateTime(v);
        if (plain != null) {
            return plain;
        }
        try {
            return switch (v.length()) {
                case 8 -> LocalDate.parse(v, COMPACT_DATE).atStartOfDay();
                case 10 -> LocalDate.parse(v, DATE_FORMAT).atStartOfDay();
                case 14 -> LocalDateTime.parse(v, COMPACT_DATETIME);
                default -> LocalDateTime.parse(v, DATETIME_FORMAT);
            };
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A value written {@code yyyy-MM-dd} or {@code yyyy-MM-dd HH:mm:ss} that is a valid date and time, read from its
     * digits: the usual bound, which a formatter reads ten times slower. {@code null} for other shapes and invalid
     * dates, which the formatters decide on.
     */
    private static LocalDateTime plainDateTime(String s) {
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
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
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

    /**
     * The type of a partition key of {@code table}: a column's (a DATE or whole-number column), or the result of an
     * expression whose type is known: a CAST, a function of known result type ({@code str2date}, {@code
     * from_unixtime}, ...), or {@code date_trunc} / {@code time_slice}, whose result has the type of the column
     * they truncate. Empty for any other key.
     */
    public static Optional<PartitionKeyType> of(PartitionExpression key, Table table) {
        if (key.isColumn()) {
            return table.column(key.column()).map(Column::type).flatMap(PartitionKeyType::of);
        }
        Optional<List<SqlToken>> read = ExpressionRules.tokens(key.sql());
        if (read.isEmpty()) {
            return Optional.empty();
        }
        List<SqlToken> tokens = read.get().stream().filter(t -> t.kind() != SqlToken.Kind.END).toList();
        if (tokens.size() == 1 && tokens.get(0).isIdentifier()) {
            return table.column(tokens.get(0).value()).map(Column::type).flatMap(PartitionKeyType::of);
        }
        Optional<String> function = PartitionRules.functionCall(key.sql());
        if (function.isEmpty()) {
            return Optional.empty();
        }
        return switch (function.get()) {
            case "cast" -> castType(tokens).flatMap(PartitionKeyType::ofTypeName);
            case "date_trunc", "time_slice" -> ExpressionRules.references(table, tokens).stream().findFirst()
                    .map(Column::type).flatMap(PartitionKeyType::of);
            default -> Optional.ofNullable(FUNCTION_TYPES.get(function.get()));
        };
    }

    /** The type name a CAST converts to: the word after its last top-level {@code AS}. */
    private static Optional<String> castType(List<SqlToken> tokens) {
        String type = null;
        int depth = 0;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == 1 && t.isKeyword("as") && tokens.get(i + 1).kind() == SqlToken.Kind.WORD) {
                type = tokens.get(i + 1).value();
            }
        }
        return Optional.ofNullable(type);
    }

    private static Optional<PartitionKeyType> of(DataType type) {
        return type instanceof PrimitiveType p ? ofTypeName(p.kind().name()) : Optional.empty();
    }

    private static Optional<PartitionKeyType> ofTypeName(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }
}
