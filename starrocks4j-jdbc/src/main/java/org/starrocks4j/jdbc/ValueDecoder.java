package org.starrocks4j.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.starrocks4j.sql.TypeParser;
import org.starrocks4j.types.AggregateStateType;
import org.starrocks4j.types.ArrayType;
import org.starrocks4j.types.BinaryType;
import org.starrocks4j.types.CharType;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.DecimalType;
import org.starrocks4j.types.MapType;
import org.starrocks4j.types.Primitive;
import org.starrocks4j.types.PrimitiveType;
import org.starrocks4j.types.StructType;
import org.starrocks4j.types.Types;

/**
 * Turns the text StarRocks returns for a value into a Java value by the column's type:
 *
 * <table>
 *   <caption>Java types</caption>
 *   <tr><th>StarRocks</th><th>Java</th></tr>
 *   <tr><td>BOOLEAN</td><td>Boolean (from {@code 1}/{@code 0}/{@code true}/{@code false})</td></tr>
 *   <tr><td>TINYINT, SMALLINT, INT, BIGINT</td><td>Byte, Short, Integer, Long</td></tr>
 *   <tr><td>LARGEINT</td><td>BigInteger</td></tr>
 *   <tr><td>FLOAT, DOUBLE</td><td>Float, Double ({@code inf}, {@code nan} understood)</td></tr>
 *   <tr><td>DECIMAL(p, s)</td><td>BigDecimal, digits as printed (no rounding through double)</td></tr>
 *   <tr><td>CHAR, VARCHAR, STRING, HLL, BITMAP, PERCENTILE</td><td>String</td></tr>
 *   <tr><td>BINARY, VARBINARY</td><td>byte[] from hex ({@code 0x} prefix optional), as the server prints
 *       binary inside complex values</td></tr>
 *   <tr><td>DATE, DATETIME, TIME</td><td>LocalDate, LocalDateTime (up to nanoseconds), LocalTime</td></tr>
 *   <tr><td>JSON, VARIANT</td><td>Map&lt;String, Object&gt; / List / String / Long / BigInteger / BigDecimal /
 *       Boolean / null</td></tr>
 *   <tr><td>ARRAY&lt;T&gt;</td><td>List (elements decoded as T; may hold null)</td></tr>
 *   <tr><td>MAP&lt;K, V&gt;</td><td>Map in the printed order (keys decoded as K, so {@code {1:"a"}} on
 *       MAP&lt;INT, ...&gt; has Integer keys)</td></tr>
 *   <tr><td>STRUCT&lt;...&gt;</td><td>{@link StructValue}</td></tr>
 * </table>
 *
 * The complex-value text is JSON-like but not JSON (see {@link ValueText}). SQL NULL ({@code null} text) decodes to
 * {@code null}. Text that does not fit the type fails with a {@link ValueDecodingException} naming the type, the
 * problem and its position.
 */
public final class ValueDecoder {

    private static final DateTimeFormatter DATETIME = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final int SHOWN_CHARS = 120;

    private ValueDecoder() {
    }

    /**
     * Decodes {@code text} (as {@code ResultSet.getString} returns it) as a value of {@code type}; {@code null}
     * stays {@code null}.
     *
     * @throws ValueDecodingException when the text is not a value of the type
     */
    public static Object decode(String text, DataType type) {
        if (text == null) {
            return null;
        }
        if (type instanceof AggregateStateType state) {
            return decode(text, storedAs(state));
        }
        if (type.isComplex() || isJson(type)) {
            return convert(ValueText.parse(text, type.toSql()), type, text);
        }
        return scalar(text, false, type, text, false);
    }

    /**
     * Decodes {@code text} as a value of the type spelled {@code typeText}, in DDL or
     * {@code information_schema.columns.COLUMN_TYPE} form (e.g. {@code array<int(11)>}, {@code tinyint(1)}).
     */
    public static Object decode(String text, String typeText) {
        return decode(text, TypeParser.parseColumnType(typeText));
    }

    /**
     * Reads column {@code column} of the current row of {@code rs} as {@code type}: binary columns through
     * {@link ResultSet#getBytes}, everything else through {@link ResultSet#getString} and {@link #decode}.
     */
    public static Object read(ResultSet rs, int column, DataType type) throws SQLException {
        if (type instanceof AggregateStateType state) {
            return read(rs, column, storedAs(state));
        }
        if (type instanceof BinaryType) {
            return rs.getBytes(column);
        }
        return decode(rs.getString(column), type);
    }

    /** The value of an aggregate state column is what the server stores the state as: bytes unless stated. */
    private static DataType storedAs(AggregateStateType state) {
        return state.stateType() == null ? Types.VARBINARY : state.stateType();
    }

    private static boolean isJson(DataType type) {
        return type instanceof PrimitiveType p && (p.kind() == Primitive.JSON || p.kind() == Primitive.VARIANT);
    }

    private static Object convert(ValueText.Node node, DataType type, String whole) {
        if (node instanceof ValueText.Null) {
            return null;
        }
        if (type instanceof ArrayType array) {
            if (!(node instanceof ValueText.ListNode list)) {
                throw mismatch(type, "an array [...]", node, whole);
            }
            List<Object> out = new ArrayList<>(list.items().size());
            for (ValueText.Node item : list.items()) {
                out.add(convert(item, array.element(), whole));
            }
            return Collections.unmodifiableList(out);
        }
        if (type instanceof MapType map) {
            if (!(node instanceof ValueText.ObjectNode object)) {
                throw mismatch(type, "a map {key:value, ...}", node, whole);
            }
            Map<Object, Object> out = new LinkedHashMap<>();
            for (ValueText.Entry e : object.entries()) {
                if (e.key() == null) {
                    throw new ValueDecodingException("could not parse " + type.toSql() + " value: a map entry has no "
                            + "key (expected key:value) in " + shown(whole));
                }
                out.put(convert(e.key(), map.key(), whole), convert(e.value(), map.value(), whole));
            }
            return Collections.unmodifiableMap(out);
        }
        if (type instanceof StructType struct) {
            return struct(node, struct, whole);
        }
        if (isJson(type)) {
            return json(node, whole);
        }
        if (node instanceof ValueText.Scalar s) {
            return scalar(s.text(), s.quoted(), type, whole, true);
        }
        throw mismatch(type, "a single value", node, whole);
    }

    private static StructValue struct(ValueText.Node node, StructType type, String whole) {
        List<StructType.Field> fields = type.fields();
        List<ValueText.Node> values = new ArrayList<>();
        if (node instanceof ValueText.ListNode list) {
            values.addAll(list.items());
        } else if (node instanceof ValueText.ObjectNode object) {
            boolean named = !object.entries().isEmpty() && object.entries().get(0).key() != null;
            if (named) {
                Map<String, Object> out = new LinkedHashMap<>();
                fields.forEach(f -> out.put(f.name(), null));
                for (ValueText.Entry e : object.entries()) {
                    if (e.key() == null || !(e.key() instanceof ValueText.Scalar key)) {
                        throw new ValueDecodingException("could not parse " + type.toSql() + " value: struct fields "
                                + "must all be written name:value or all positionally, in " + shown(whole));
                    }
                    StructType.Field field = fields.stream().filter(f -> f.name().equalsIgnoreCase(key.text()))
                            .findFirst().orElseThrow(() -> new ValueDecodingException("could not parse "
                                    + type.toSql() + " value: the struct has no field '" + key.text() + "' in "
                                    + shown(whole)));
                    out.put(field.name(), convert(e.value(), field.type(), whole));
                }
                return new StructValue(out);
            }
            for (ValueText.Entry e : object.entries()) {
                values.add(e.value());
            }
        } else {
            throw mismatch(type, "a struct {name:value, ...}", node, whole);
        }
        if (values.size() != fields.size()) {
            throw new ValueDecodingException("could not parse " + type.toSql() + " value: " + values.size()
                    + " values for " + fields.size() + " struct fields in " + shown(whole));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            out.put(fields.get(i).name(), convert(values.get(i), fields.get(i).type(), whole));
        }
        return new StructValue(out);
    }

    /** JSON inside or outside complex values; a quoted element that holds a JSON document is read as one. */
    private static Object json(ValueText.Node node, String whole) {
        if (node instanceof ValueText.Null) {
            return null;
        }
        if (node instanceof ValueText.ListNode list) {
            List<Object> out = new ArrayList<>();
            list.items().forEach(i -> out.add(json(i, whole)));
            return Collections.unmodifiableList(out);
        }
        if (node instanceof ValueText.ObjectNode object) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (ValueText.Entry e : object.entries()) {
                if (!(e.key() instanceof ValueText.Scalar key)) {
                    throw new ValueDecodingException("could not parse JSON value: an object member has no name in "
                            + shown(whole));
                }
                out.put(key.text(), json(e.value(), whole));
            }
            return Collections.unmodifiableMap(out);
        }
        ValueText.Scalar s = (ValueText.Scalar) node;
        if (s.quoted()) {
            String inner = s.text().strip();
            if (!inner.isEmpty() && (inner.charAt(0) == '{' || inner.charAt(0) == '[')) {
                try {
                    return json(ValueText.parse(inner, "JSON"), inner);
                } catch (ValueDecodingException notADocument) {
                    return s.text();
                }
            }
            return s.text();
        }
        String t = s.text();
        if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(t);
        }
        try {
            if (t.matches("-?\\d+")) {
                BigInteger big = new BigInteger(t);
                return big.bitLength() < 64 ? (Object) big.longValue() : big;
            }
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new ValueDecodingException("could not parse JSON value: '" + t + "' is neither a number, true, "
                    + "false, null nor a quoted string, in " + shown(whole));
        }
    }

    private static Object scalar(String raw, boolean quoted, DataType type, String whole, boolean nested) {
        String t = quoted ? raw : raw.strip();
        try {
            if (type instanceof DecimalType) {
                return new BigDecimal(t);
            }
            if (type instanceof CharType) {
                return raw;
            }
            if (type instanceof BinaryType) {
                String hex = t.startsWith("0x") || t.startsWith("0X") ? t.substring(2) : t;
                return HexFormat.of().parseHex(hex);
            }
            PrimitiveType p = (PrimitiveType) type;
            return switch (p.kind()) {
                case BOOLEAN -> bool(t);
                case TINYINT -> Byte.parseByte(t);
                case SMALLINT -> Short.parseShort(t);
                case INT -> Integer.parseInt(t);
                case BIGINT -> Long.parseLong(t);
                case LARGEINT -> new BigInteger(t);
                case FLOAT -> (float) floating(t);
                case DOUBLE -> floating(t);
                case DATE -> LocalDate.parse(t);
                case DATETIME -> LocalDateTime.parse(t, DATETIME);
                case TIME -> LocalTime.parse(t, TIME);
                case STRING, HLL, BITMAP, PERCENTILE -> raw;
                case JSON, VARIANT -> json(ValueText.parse(t, "JSON"), t);
            };
        } catch (NumberFormatException | DateTimeParseException | ClassCastException e) {
            throw new ValueDecodingException("could not read '" + shownPart(t) + "' as " + type.toSql()
                    + (nested ? " in " + shown(whole) : ""), e);
        } catch (IllegalArgumentException e) {
            if (e instanceof ValueDecodingException vde) {
                throw vde;
            }
            throw new ValueDecodingException("could not read '" + shownPart(t) + "' as " + type.toSql() + ": "
                    + e.getMessage() + (nested ? " in " + shown(whole) : ""), e);
        }
    }

    private static Boolean bool(String t) {
        switch (t.toLowerCase(Locale.ROOT)) {
            case "1", "true" -> {
                return Boolean.TRUE;
            }
            case "0", "false" -> {
                return Boolean.FALSE;
            }
            default -> throw new NumberFormatException("not 1, 0, true or false");
        }
    }

    private static double floating(String t) {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "inf", "+inf", "infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            case "nan", "-nan" -> Double.NaN;
            default -> Double.parseDouble(t);
        };
    }

    private static ValueDecodingException mismatch(DataType type, String expected, ValueText.Node node, String whole) {
        String found = node instanceof ValueText.ListNode ? "an array" : node instanceof ValueText.ObjectNode
                ? "a map or struct" : "'" + shownPart(((ValueText.Scalar) node).text()) + "'";
        return new ValueDecodingException("could not parse " + type.toSql() + " value: expected " + expected
                + " but found " + found + " in " + shown(whole));
    }

    /** The text for a message: quoted, cut after a few dozen characters. */
    static String shown(String text) {
        return "'" + shownPart(text) + "'";
    }

    private static String shownPart(String text) {
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "...";
    }
}
