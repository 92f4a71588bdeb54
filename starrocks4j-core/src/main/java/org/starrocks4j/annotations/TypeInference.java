package org.starrocks4j.annotations;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.starrocks4j.types.BinaryType;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.InvalidTypeException;
import org.starrocks4j.types.StructType;
import org.starrocks4j.types.Types;

/**
 * Infers a StarRocks type from a Java type where the mapping is unambiguous (see {@link StarRocksColumn}). Where it
 * is not, the error names the Java type and the annotation to add. {@code length}, {@code precision} and
 * {@code scale} apply to the {@code String}, {@code byte[]} and {@code BigDecimal} parts of the type, also inside
 * {@code List}, {@code Map} and arrays.
 */
public final class TypeInference {

    /** Size attributes of a column: 0 means "not given". */
    public record Sizes(int length, int precision, int scale) {
        public static final Sizes NONE = new Sizes(0, 0, 0);
    }

    private TypeInference() {
    }

    /**
     * The StarRocks type of a Java type.
     *
     * @param javaType a field's generic type
     * @param sizes    length / precision / scale from the annotations
     * @param naming   how STRUCT field names are derived from record component names
     * @throws InvalidTypeException when no single StarRocks type follows from the Java type
     */
    public static DataType infer(Type javaType, Sizes sizes, Naming naming) {
        if (javaType instanceof Class<?> c) {
            return inferClass(c, sizes, naming);
        }
        if (javaType instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class) {
                return Types.array(infer(args[0], sizes, naming));
            }
            if (raw == Map.class) {
                return Types.map(infer(args[0], sizes, naming), infer(args[1], sizes, naming));
            }
            throw new InvalidTypeException("cannot infer a StarRocks type from " + javaType.getTypeName()
                    + "; use List<T> for ARRAY, Map<K, V> for MAP, or give @StarRocksColumn(type = \"...\")");
        }
        if (javaType instanceof GenericArrayType g) {
            return Types.array(infer(g.getGenericComponentType(), sizes, naming));
        }
        throw new InvalidTypeException("cannot infer a StarRocks type from " + javaType.getTypeName()
                + " (a type variable or wildcard); use a concrete type or give @StarRocksColumn(type = \"...\")");
    }

    private static DataType inferClass(Class<?> c, Sizes sizes, Naming naming) {
        if (c == Integer.class || c == int.class) {
            return Types.INT;
        }
        if (c == Long.class || c == long.class) {
            return Types.BIGINT;
        }
        if (c == Short.class || c == short.class) {
            return Types.SMALLINT;
        }
        if (c == Byte.class || c == byte.class) {
            return Types.TINYINT;
        }
        if (c == BigInteger.class) {
            return Types.LARGEINT;
        }
        if (c == Boolean.class || c == boolean.class) {
            return Types.BOOLEAN;
        }
        if (c == Float.class || c == float.class) {
            return Types.FLOAT;
        }
        if (c == Double.class || c == double.class) {
            return Types.DOUBLE;
        }
        if (c == LocalDate.class) {
            return Types.DATE;
        }
        if (c == LocalDateTime.class) {
            return Types.DATETIME;
        }
        if (c == String.class) {
            return sizes.length() > 0 ? Types.varchar(sizes.length()) : Types.STRING;
        }
        if (c == byte[].class) {
            return sizes.length() > 0 ? new BinaryType(true, sizes.length()) : Types.VARBINARY;
        }
        if (c == BigDecimal.class) {
            if (sizes.precision() <= 0) {
                throw new InvalidTypeException("BigDecimal needs a precision: add @StarRocksColumn(precision = .., "
                        + "scale = ..) (or JPA @Column(precision, scale)), or @StarRocksColumn(type = \"DECIMAL(p, s)\")");
            }
            return Types.decimal(sizes.precision(), sizes.scale());
        }
        if (c.isArray()) {
            return Types.array(inferClass(c.getComponentType(), sizes, naming));
        }
        if (c.isRecord()) {
            return struct(c, sizes, naming);
        }
        throw new InvalidTypeException("cannot infer a StarRocks type from " + c.getName() + "; "
                + suggestion(c));
    }

    private static DataType struct(Class<?> record, Sizes sizes, Naming naming) {
        List<StructType.Field> fields = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            StarRocksColumn column = component.getAnnotation(StarRocksColumn.class);
            String where = "STRUCT field " + record.getSimpleName() + "." + component.getName();
            String name = component.getName();
            DataType type;
            String comment = null;
            if (column == null) {
                name = JavaNames.toSql(name, naming);
                type = infer(component.getGenericType(), sizes, naming);
            } else {
                rejectColumnOnlyAttributes(column, where);
                name = column.name().isEmpty() ? JavaNames.toSql(name, naming) : column.name();
                try {
                    type = column.type().isEmpty()
                            ? infer(component.getGenericType(),
                                    new Sizes(column.length(), column.precision(), column.scale()), naming)
                            : TypeText.parse(column.type());
                } catch (InvalidTypeException e) {
                    throw new InvalidTypeException(where + ": " + e.getMessage());
                }
                comment = column.comment().length == 0 ? null : column.comment()[0];
            }
            fields.add(new StructType.Field(name, type, comment));
        }
        if (fields.isEmpty()) {
            throw new InvalidTypeException("record " + record.getName() + " has no components; a STRUCT needs at "
                    + "least one field");
        }
        return new StructType(fields);
    }

    private static void rejectColumnOnlyAttributes(StarRocksColumn c, String where) {
        if (c.key() || c.aggregate().length > 0 || c.nullable() != Nullability.UNSTATED
                || c.defaultValue().length > 0 || c.defaultExpression().length > 0 || c.defaultCurrentTimestamp()
                || c.autoIncrement() || !c.generatedAs().isEmpty()) {
            throw new InvalidTypeException(where + ": a STRUCT field has only a name, a type and a comment; remove "
                    + "key, aggregate, nullable, default, autoIncrement and generatedAs from its @StarRocksColumn");
        }
    }

    private static String suggestion(Class<?> c) {
        String name = c.getName();
        if (c == LocalTime.class) {
            // TIME is a StarRocks type, but no table can store it (CREATE TABLE: "Type:TIME of column:c does not
            // support"), so inferring it would give an entity that can never be created
            return "a table cannot store TIME (StarRocks refuses TIME columns, also inside ARRAY, MAP or STRUCT): give "
                    + "@StarRocksColumn(type = \"VARCHAR(8)\") for 'HH:mm:ss' text or type = \"INT\" for seconds since "
                    + "midnight, or use LocalDateTime (DATETIME)";
        }
        if (name.equals("java.time.Instant") || name.equals("java.time.OffsetDateTime")
                || name.equals("java.time.ZonedDateTime") || name.equals("java.util.Date")
                || name.equals("java.sql.Timestamp")) {
            return "a point in time has no time zone in StarRocks: use LocalDateTime, or give "
                    + "@StarRocksColumn(type = \"DATETIME\")";
        }
        if (c == Character.class || c == char.class) {
            return "give @StarRocksColumn(type = \"CHAR(1)\")";
        }
        if (c.isEnum()) {
            return "an enum may be stored as text or as a number: give @StarRocksColumn(type = \"VARCHAR(n)\") "
                    + "or type = \"TINYINT\"";
        }
        if (java.util.Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)) {
            return "declare the field as List<T> (ARRAY) or Map<K, V> (MAP) with type arguments";
        }
        return "give @StarRocksColumn(type = \"...\") with the StarRocks type, e.g. type = \"JSON\"";
    }
}
