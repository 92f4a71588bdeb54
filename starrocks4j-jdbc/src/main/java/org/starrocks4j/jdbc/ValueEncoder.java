package org.starrocks4j.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.starrocks4j.json.JsonWriter;
import org.starrocks4j.types.ArrayType;
import org.starrocks4j.types.BinaryType;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.MapType;
import org.starrocks4j.types.Primitive;
import org.starrocks4j.types.PrimitiveType;
import org.starrocks4j.types.StructType;

/**
 * The inverse of {@link ValueDecoder}: writes a Java value as the text StarRocks prints for a value of the column's
 * type, so that {@code ValueDecoder.decode(ValueEncoder.encode(v, t), t)} gives {@code v} back. The text is what a
 * string parameter carries into an ARRAY, MAP, STRUCT or JSON column, where the server casts it to the column's
 * type.
 *
 * <ul>
 *   <li>ARRAY: a {@link List} (or Java array), {@code [e1,e2]};</li>
 *   <li>MAP: a {@link Map}, {@code {k:v,...}} in the map's order;</li>
 *   <li>STRUCT: a {@link StructValue} or a {@link Map} of field name to value, {@code {"f1":v1,...}} in the type's
 *       field order (a missing field is {@code null});</li>
 *   <li>JSON: a Map, List, String, Number, Boolean or null, as compact JSON;</li>
 *   <li>scalars: numbers in plain notation ({@code inf}, {@code nan} for the floating-point specials), booleans as
 *       1/0, dates and times in ISO form with a space, binary as hex; inside complex values strings, dates and
 *       binary are double-quoted with backslash escapes.</li>
 * </ul>
 */
public final class ValueEncoder {

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSSSS");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSSSSS");

    private ValueEncoder() {
    }

    /**
     * The text of {@code value} as a value of {@code type}; {@code null} gives {@code null} (SQL NULL).
     *
     * @throws IllegalArgumentException when the value is not of a Java type that fits the StarRocks type
     */
    public static String encode(Object value, DataType type) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        write(out, value, type, false);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, DataType type, boolean nested) {
        if (value == null) {
            out.append("null");
            return;
        }
        if (type instanceof ArrayType array) {
            out.append('[');
            Iterator<?> items = items(value, type);
            while (items.hasNext()) {
                write(out, items.next(), array.element(), true);
                if (items.hasNext()) {
                    out.append(',');
                }
            }
            out.append(']');
        } else if (type instanceof MapType map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> entries = asMap(value, type).entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> e = entries.next();
                write(out, e.getKey(), map.key(), true);
                out.append(':');
                write(out, e.getValue(), map.value(), true);
                if (entries.hasNext()) {
                    out.append(',');
                }
            }
            out.append('}');
        } else if (type instanceof StructType struct) {
            Map<?, ?> fields = value instanceof StructValue s ? s.fields() : asMap(value, type);
            out.append('{');
            List<StructType.Field> declared = struct.fields();
            for (int i = 0; i < declared.size(); i++) {
                StructType.Field field = declared.get(i);
                quote(out, field.name());
                out.append(':');
                write(out, fields.get(field.name()), field.type(), true);
                if (i + 1 < declared.size()) {
                    out.append(',');
                }
            }
            out.append('}');
        } else if (isJson(type)) {
            json(out, value);
        } else {
            scalar(out, value, type, nested);
        }
    }

    private static void scalar(StringBuilder out, Object value, DataType type, boolean nested) {
        String text;
        boolean quoted;
        if (type instanceof BinaryType) {
            if (!(value instanceof byte[] bytes)) {
                throw mismatch(value, type);
            }
            text = "0x" + HexFormat.of().withUpperCase().formatHex(bytes);
            quoted = true;
        } else if (value instanceof Boolean b) {
            text = b ? "1" : "0";
            quoted = false;
        } else if (value instanceof BigDecimal d) {
            text = d.toPlainString();
            quoted = false;
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            text = Double.isNaN(d) ? "nan" : Double.isInfinite(d) ? (d > 0 ? "inf" : "-inf") : value.toString();
            quoted = false;
        } else if (value instanceof Number n) {
            if (!(n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                    || n instanceof BigInteger)) {
                throw mismatch(value, type);
            }
            text = n.toString();
            quoted = false;
        } else if (value instanceof LocalDateTime t) {
            text = withoutZeroFraction(DATETIME.format(t));
            quoted = true;
        } else if (value instanceof LocalTime t) {
            text = withoutZeroFraction(TIME.format(t));
            quoted = true;
        } else if (value instanceof LocalDate || value instanceof CharSequence) {
            text = value.toString();
            quoted = true;
        } else {
            throw mismatch(value, type);
        }
        if (nested && quoted) {
            quote(out, text);
        } else {
            out.append(text);
        }
    }

    /** {@code 10:00:00.500000000} → {@code 10:00:00.5}, {@code 10:00:00.000000000} → {@code 10:00:00}. */
    private static String withoutZeroFraction(String text) {
        return text.replaceFirst("\\.?0+$", "");
    }

    private static void json(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> e = entries.next();
                quote(out, String.valueOf(e.getKey()));
                out.append(':');
                json(out, e.getValue());
                if (entries.hasNext()) {
                    out.append(',');
                }
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                json(out, list.get(i));
                if (i + 1 < list.size()) {
                    out.append(',');
                }
            }
            out.append(']');
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("JSON has no " + value + "; store it as a string or as null");
            }
            out.append(value);
        } else if (value instanceof CharSequence s) {
            quote(out, s.toString());
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON; use a Map, "
                    + "List, String, Number, Boolean or null");
        }
    }

    /** A double-quoted string with JSON's escapes, which {@link ValueText} and StarRocks' casts both read. */
    private static void quote(StringBuilder out, String text) {
        out.append(JsonWriter.quote(text));
    }

    private static Iterator<?> items(Object value, DataType type) {
        if (value instanceof Iterable<?> iterable) {
            return iterable.iterator();
        }
        if (value.getClass().isArray()) {
            int length = java.lang.reflect.Array.getLength(value);
            return java.util.stream.IntStream.range(0, length).mapToObj(i -> java.lang.reflect.Array.get(value, i))
                    .iterator();
        }
        throw mismatch(value, type);
    }

    private static Map<?, ?> asMap(Object value, DataType type) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw mismatch(value, type);
    }

    private static boolean isJson(DataType type) {
        return type instanceof PrimitiveType p && (p.kind() == Primitive.JSON || p.kind() == Primitive.VARIANT);
    }

    private static IllegalArgumentException mismatch(Object value, DataType type) {
        return new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as a value of "
                + type.toSql());
    }
}
