package org.starrocks4j.types;

import java.util.ArrayList;
import java.util.List;

/**
 * Constants and factories for every StarRocks type (the type half of the Java DSL), and the equivalence
 * that knows the server's alternative spellings.
 */
public final class Types {

    private Types() {
    }

    public static final DataType BOOLEAN = new PrimitiveType(Primitive.BOOLEAN);
    public static final DataType TINYINT = new PrimitiveType(Primitive.TINYINT);
    public static final DataType SMALLINT = new PrimitiveType(Primitive.SMALLINT);
    public static final DataType INT = new PrimitiveType(Primitive.INT);
    public static final DataType BIGINT = new PrimitiveType(Primitive.BIGINT);
    public static final DataType LARGEINT = new PrimitiveType(Primitive.LARGEINT);
    public static final DataType FLOAT = new PrimitiveType(Primitive.FLOAT);
    public static final DataType DOUBLE = new PrimitiveType(Primitive.DOUBLE);
    public static final DataType STRING = new PrimitiveType(Primitive.STRING);
    public static final DataType BINARY = new BinaryType(false, null);
    public static final DataType VARBINARY = new BinaryType(true, null);
    public static final DataType DATE = new PrimitiveType(Primitive.DATE);
    public static final DataType DATETIME = new PrimitiveType(Primitive.DATETIME);
    public static final DataType TIME = new PrimitiveType(Primitive.TIME);
    public static final DataType JSON = new PrimitiveType(Primitive.JSON);
    public static final DataType VARIANT = new PrimitiveType(Primitive.VARIANT);
    public static final DataType HLL = new PrimitiveType(Primitive.HLL);
    public static final DataType BITMAP = new PrimitiveType(Primitive.BITMAP);
    public static final DataType PERCENTILE = new PrimitiveType(Primitive.PERCENTILE);

    /** {@code DECIMAL(precision, scale)}. */
    public static DataType decimal(int precision, int scale) {
        return new DecimalType(precision, scale);
    }

    /** {@code CHAR(length)}. */
    public static DataType charType(int length) {
        return new CharType(false, length);
    }

    /** {@code VARCHAR(length)}. */
    public static DataType varchar(int length) {
        return new CharType(true, length);
    }

    /** {@code VARBINARY(length)}. */
    public static DataType varbinary(int length) {
        return new BinaryType(true, length);
    }

    /** {@code ARRAY<element>}. */
    public static DataType array(DataType element) {
        return new ArrayType(element);
    }

    /** {@code MAP<key, value>}. */
    public static DataType map(DataType key, DataType value) {
        return new MapType(key, value);
    }

    /** A struct field for {@link #struct(StructType.Field...)}. */
    public static StructType.Field field(String name, DataType type) {
        return new StructType.Field(name, type);
    }

    /** {@code STRUCT<f1 T1, f2 T2, ...>}. */
    public static DataType struct(StructType.Field... fields) {
        return new StructType(List.of(fields));
    }

    /**
     * The state of an aggregate function as a column type, e.g. {@code aggregateState("avg", INT)} for
     * {@code avg(INT)}; the server derives the type it stores the state as.
     */
    public static DataType aggregateState(String function, DataType... arguments) {
        return new AggregateStateType(function, List.of(arguments));
    }

    /**
     * True when the server stores the two types identically: {@code STRING} = {@code VARCHAR(65533)},
     * {@code BINARY(n)} = {@code VARBINARY(n)} and {@code VARBINARY} = {@code VARBINARY(1048576)},
     * DECIMAL spellings with the same precision and scale, struct field comments ignored, recursively
     * through ARRAY/MAP/STRUCT, aggregate states by function and argument types (the type the server stores a state
     * as follows from them). The spellings that name the same model type ({@code INT(11)} = {@code INT},
     * {@code tinyint(1)} = {@code BOOLEAN} in information_schema, {@code BIGINT UNSIGNED} = {@code LARGEINT}) are
     * resolved when type text is read ({@link org.starrocks4j.sql.TypeParser}), so they never reach the model.
     */
    public static boolean equivalent(DataType a, DataType b) {
        return canonical(a).equals(canonical(b));
    }

    /**
     * The one spelling of a type that {@link #equivalent} compares: {@code VARCHAR(65533)} becomes
     * {@code STRING}, BINARY and VARBINARY become {@code VARBINARY(n)} with the server's default length when none
     * is given, decimals lose their spelling, struct fields lose their comments, aggregate states their stored type.
     */
    public static DataType canonical(DataType type) {
        if (type instanceof CharType c && c.varying() && c.length() == CharType.STRING_LENGTH) {
            return STRING;
        }
        if (type instanceof BinaryType b) {
            return new BinaryType(true, b.length() == null ? BinaryType.DEFAULT_LENGTH : b.length());
        }
        if (type instanceof DecimalType d && d.spelling() != DecimalType.Spelling.DECIMAL256) {
            return new DecimalType(d.precision(), d.scale());
        }
        if (type instanceof ArrayType a) {
            return new ArrayType(canonical(a.element()));
        }
        if (type instanceof MapType m) {
            return new MapType(canonical(m.key()), canonical(m.value()));
        }
        if (type instanceof StructType s) {
            List<StructType.Field> fields = new ArrayList<>();
            for (StructType.Field f : s.fields()) {
                fields.add(new StructType.Field(f.name(), canonical(f.type())));
            }
            return new StructType(fields);
        }
        if (type instanceof AggregateStateType s) {
            return new AggregateStateType(s.function(), s.arguments().stream().map(Types::canonical).toList());
        }
        return type;
    }
}
