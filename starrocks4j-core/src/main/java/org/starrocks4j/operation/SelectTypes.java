package org.starrocks4j.operation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * The server's type rules for the columns of {@code CREATE TABLE ... AS SELECT}, as StarRocks' FE applies them: the
 * type and nullability of a select-list expression (literals, {@code CastExpr.isNullable}, the constructors), then
 * the conversion of that type into a column type ({@code AnalyzerUtils.transformTableColumnType}).
 *
 * <p>Types are the model's; the type of {@code NULL} (the FE's NULL_TYPE), which no column has, is {@code null}.
 * Text is converted as servers from 4.0 on do by default ({@code transform_type_prefer_string_for_varchar = true}):
 * every CHAR, VARCHAR and STRING becomes {@code VARCHAR(1048576)} (corpus live/pairs/0902; show_create/table/135's
 * {@code varchar(20)} is 019's {@code varchar(1048576)}). Servers before 4.0, and those built after StarRocks PR
 * 73498 (2026-05), keep a declared length ({@code VARCHAR(20)} stays {@code VARCHAR(20)}, CHAR(n) becomes
 * VARCHAR(n)); a replay cannot tell which server ran the statement.
 */
final class SelectTypes {

    /** The VARCHAR length text takes in a CTAS table (the FE's {@code getOlapVarcharInferenceLength}). */
    static final int TEXT_LENGTH = 1_048_576;
    /** The type of a string literal, and of text a CTAS table holds. */
    static final DataType TEXT = Types.varchar(TEXT_LENGTH);
    /** What FLOAT and DOUBLE become: a key column must be exact, so the FE makes them a default decimal. */
    static final DataType FLOATING_POINT_COLUMN = Types.decimal(38, 9);

    private static final BigInteger BIGINT_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger LARGEINT_MAX_ABS = BigInteger.TWO.pow(127);
    private static final int MAX_DECIMAL_LITERAL_PRECISION = 38;

    /** A function whose result type does not depend on its arguments. */
    private record Signature(int arity, DataType result) {
    }

    /**
     * Functions whose result type is fixed whatever their arguments, and which return NULL for some input (so their
     * columns are NULL), as a current server typed them in a CTAS (corpus live/pairs/0902).
     */
    private static final Map<String, Signature> FIXED_RESULT_FUNCTIONS = Map.of(
            "get_json_object", new Signature(2, TEXT),
            "parse_json", new Signature(1, Types.JSON));

    /** Why an expression's type cannot be told without the server, for the message that names the select item. */
    static final class Undecidable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Undecidable(String why) {
            super(why, null, false, false);
        }
    }

    private SelectTypes() {
    }

    /** The type of a whole number as the FE's parser types it: the narrowest of TINYINT .. LARGEINT. */
    static DataType integerLiteral(BigInteger value) {
        if (value.compareTo(BIGINT_MAX) > 0) {
            if (value.compareTo(LARGEINT_MAX_ABS) > 0) {
                throw new Undecidable("the number " + value + " is beyond LARGEINT; write it as CAST('" + value
                        + "' AS DECIMAL(p, 0))");
            }
            return Types.LARGEINT;
        }
        long v = value.longValue();
        if (v <= Byte.MAX_VALUE) {
            return Types.TINYINT;
        }
        if (v <= Short.MAX_VALUE) {
            return Types.SMALLINT;
        }
        return v <= Integer.MAX_VALUE ? Types.INT : Types.BIGINT;
    }

    /**
     * The type of a number with a decimal point: a DECIMAL of its own precision and scale ({@code 1.50} is
     * {@code DECIMAL(3, 2)}, {@code 0.001} is {@code DECIMAL(3, 3)}), the FE's {@code getRealPrecision} and
     * {@code getRealScale}.
     */
    static DataType decimalLiteral(BigDecimal value) {
        int scale = Math.max(0, value.scale());
        int precision = value.scale() < 0 ? value.precision() - value.scale()
                : Math.max(value.scale(), value.precision());
        if (precision > MAX_DECIMAL_LITERAL_PRECISION) {
            throw new Undecidable("the number " + value.toPlainString() + " has more than "
                    + MAX_DECIMAL_LITERAL_PRECISION + " digits, whose type depends on the server version; write it "
                    + "as a CAST to the DECIMAL you mean");
        }
        return Types.decimal(precision, scale);
    }

    /** The result type of a call of a function whose result type does not depend on its arguments. */
    static DataType functionResult(String function, int arguments) {
        Signature signature = FIXED_RESULT_FUNCTIONS.get(function.toLowerCase(Locale.ROOT));
        if (signature == null) {
            throw new Undecidable("the result type of " + function + "(...) comes from the server's function "
                    + "signatures, which starrocks4j does not hold (it knows "
                    + String.join(", ", FIXED_RESULT_FUNCTIONS.keySet().stream().sorted().toList()) + ")");
        }
        if (signature.arity() != arguments) {
            throw new Undecidable(function + " takes " + signature.arity() + " argument"
                    + (signature.arity() == 1 ? "" : "s") + ", not " + arguments);
        }
        return signature.result();
    }

    /**
     * The type of the elements of an array (or the keys or values of a map) written without a type: the one type they
     * share, the widest when they are all whole numbers, text when they are all text; {@code NULL}s take the others'
     * type.
     */
    static DataType commonType(List<DataType> types, String what) {
        List<DataType> known = types.stream().filter(t -> t != null).map(Types::canonical).toList();
        if (known.isEmpty()) {
            throw new Undecidable((types.isEmpty() ? "there are no " + what : what + " are all NULL") + ", so their "
                    + "type is the server's choice; write it, e.g. ARRAY<INT>[...], MAP<INT, INT>{...}");
        }
        if (known.stream().allMatch(SelectTypes::isInteger)) {
            return known.stream().max((a, b) -> Integer.compare(integerRank(a), integerRank(b))).orElseThrow();
        }
        if (known.stream().allMatch(SelectTypes::isText)) {
            return TEXT;
        }
        if (known.stream().distinct().count() == 1) {
            return known.get(0);
        }
        throw new Undecidable(what + " mix the types " + String.join(", ", known.stream().map(DataType::toSql)
                .distinct().toList()) + ", whose common type is the server's choice; CAST them to one type");
    }

    /**
     * The column type the FE makes of a select-list type: text becomes {@code VARCHAR(1048576)}, FLOAT and DOUBLE
     * {@code DECIMAL(38, 9)}, BINARY and VARBINARY {@code VARBINARY} without a length, through ARRAY, MAP and STRUCT;
     * {@code NULL}'s type becomes text; other types stay.
     */
    static DataType columnType(DataType type) {
        if (type == null || isText(Types.canonical(type))) {
            return TEXT;
        }
        if (type instanceof PrimitiveType p && (p.kind() == Primitive.FLOAT || p.kind() == Primitive.DOUBLE)) {
            return FLOATING_POINT_COLUMN;
        }
        if (type instanceof BinaryType) {
            return Types.VARBINARY;
        }
        if (type instanceof ArrayType a) {
            return new ArrayType(columnType(a.element()));
        }
        if (type instanceof MapType m) {
            return new MapType(columnType(m.key()), columnType(m.value()));
        }
        if (type instanceof StructType s) {
            List<StructType.Field> fields = new ArrayList<>();
            for (StructType.Field f : s.fields()) {
                fields.add(new StructType.Field(f.name(), columnType(f.type()), f.comment()));
            }
            return new StructType(fields);
        }
        return type;
    }

    /**
     * Whether every value of {@code from} converts to {@code to} without loss (the FE's {@code isFullyCompatible}): a
     * CAST between such types is NULL only where its operand is, any other CAST may give NULL. Wider whole numbers,
     * text from numbers, booleans and text, decimals at least as wide, and so on through ARRAY, MAP and STRUCT.
     */
    static boolean fullyCompatible(DataType from, DataType to) {
        if (from == null) {
            return false;
        }
        DataType a = Types.canonical(from);
        DataType b = Types.canonical(to);
        if (a.equals(b)) {
            return true;
        }
        if (a instanceof ArrayType x) {
            return b instanceof ArrayType y && fullyCompatible(x.element(), y.element());
        }
        if (a instanceof MapType x) {
            return b instanceof MapType y && fullyCompatible(x.key(), y.key()) && fullyCompatible(x.value(), y.value());
        }
        if (a instanceof StructType x) {
            if (!(b instanceof StructType y) || x.fields().size() != y.fields().size()) {
                return false;
            }
            for (int i = 0; i < x.fields().size(); i++) {
                if (!fullyCompatible(x.fields().get(i).type(), y.fields().get(i).type())) {
                    return false;
                }
            }
            return true;
        }
        if (Types.BOOLEAN.equals(a)) {
            return isInteger(b) || isText(b) || isNumeric(b);
        }
        if (isInteger(a)) {
            return isInteger(b) && integerRank(a) < integerRank(b) || isText(b);
        }
        if (a instanceof DecimalType x) {
            return b instanceof DecimalType y && y.precision() >= x.precision() && y.scale() >= x.scale()
                    || isText(b) || isFloatingPoint(b);
        }
        return isText(a) && isText(b);
    }

    private static boolean isInteger(DataType type) {
        return type instanceof PrimitiveType p && p.kind().isInteger();
    }

    /** TINYINT < SMALLINT < INT < BIGINT < LARGEINT, as the FE orders them. */
    private static int integerRank(DataType type) {
        return ((PrimitiveType) type).kind().ordinal();
    }

    private static boolean isFloatingPoint(DataType type) {
        return Types.FLOAT.equals(type) || Types.DOUBLE.equals(type);
    }

    private static boolean isNumeric(DataType type) {
        return isInteger(type) || isFloatingPoint(type) || type instanceof DecimalType;
    }

    /** CHAR, VARCHAR and STRING: the FE's string types. */
    private static boolean isText(DataType type) {
        return type instanceof CharType || Types.STRING.equals(type);
    }
}
