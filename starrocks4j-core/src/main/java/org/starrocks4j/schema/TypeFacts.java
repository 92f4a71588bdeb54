package org.starrocks4j.schema;

import java.util.List;
import java.util.Set;
import org.starrocks4j.types.AggregateStateType;
import org.starrocks4j.types.ArrayType;
import org.starrocks4j.types.CharType;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.DecimalType;
import org.starrocks4j.types.MapType;
import org.starrocks4j.types.Primitive;
import org.starrocks4j.types.PrimitiveType;
import org.starrocks4j.types.StructType;
import org.starrocks4j.types.Types;

/** What the validation rules ask of a column type, in the server's terms. */
final class TypeFacts {

    /** Types the server cannot sort, hash or key on: its {@code canDistributedBy()} is false for them. */
    private static final Set<Primitive> NOT_KEYABLE = Set.of(Primitive.FLOAT, Primitive.DOUBLE, Primitive.JSON,
            Primitive.VARIANT, Primitive.HLL, Primitive.BITMAP, Primitive.PERCENTILE);

    /** The types a PRIMARY KEY column (and a PRIMARY KEY table's sort key) may have (CreateTableAnalyzer). */
    private static final Set<Primitive> PRIMARY_KEY_TYPES = Set.of(Primitive.BOOLEAN, Primitive.TINYINT,
            Primitive.SMALLINT, Primitive.INT, Primitive.BIGINT, Primitive.LARGEINT, Primitive.STRING, Primitive.DATE,
            Primitive.DATETIME);

    private TypeFacts() {
    }

    static boolean is(DataType type, Primitive kind) {
        return type instanceof PrimitiveType p && p.kind() == kind;
    }

    /** CHAR, VARCHAR or STRING. */
    static boolean isText(DataType type) {
        return type instanceof CharType || Types.STRING.equals(type);
    }

    /** TINYINT .. LARGEINT. */
    static boolean isInteger(DataType type) {
        return type instanceof PrimitiveType p && p.kind().isInteger();
    }

    /** DATE or DATETIME. */
    static boolean isDate(DataType type) {
        return is(type, Primitive.DATE) || is(type, Primitive.DATETIME);
    }

    static boolean isFloatingPoint(DataType type) {
        return is(type, Primitive.FLOAT) || is(type, Primitive.DOUBLE);
    }

    /** Whether the type can be a key, sort or distribution column. */
    static boolean keyable(DataType type) {
        return !type.isComplex() && !(type instanceof AggregateStateType)
                && !(type instanceof PrimitiveType p && NOT_KEYABLE.contains(p.kind()));
    }

    /** Whether the type can be a PRIMARY KEY column: no CHAR, DECIMAL, FLOAT, DOUBLE, JSON or complex types. */
    static boolean primaryKeyable(DataType type) {
        return type instanceof CharType c ? c.varying() : type instanceof PrimitiveType p
                && PRIMARY_KEY_TYPES.contains(p.kind());
    }

    /** A BITMAP index takes dates, whole numbers, decimals, text and booleans (IndexAnalyzer). */
    static boolean bitmapIndexable(DataType type) {
        return isDate(type) || isInteger(type) || type instanceof DecimalType || isText(type)
                || is(type, Primitive.BOOLEAN);
    }

    /** The {@code bloom_filter_columns} property skips TINYINT, FLOAT and DOUBLE, and all non-scalar types. */
    static boolean bloomFilterable(DataType type) {
        return keyable(type) && !is(type, Primitive.TINYINT);
    }

    /** True when TIME occurs anywhere in the type, also inside ARRAY, MAP or STRUCT. */
    static boolean containsTime(DataType type) {
        if (Types.TIME.equals(type)) {
            return true;
        }
        // loops, not streams: every column of every table read is checked
        for (DataType element : elements(type)) {
            if (containsTime(element)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the type is, or holds, an aggregate function's state, which is a whole column's type only:
     * StarRocks' grammar has no place for one inside another type.
     */
    static boolean containsAggregateState(DataType type) {
        return type instanceof AggregateStateType || elementContainsAggregateState(type);
    }

    /** True when an element of the ARRAY, MAP or STRUCT is, or holds, an aggregate function's state. */
    static boolean elementContainsAggregateState(DataType type) {
        for (DataType element : elements(type)) {
            if (containsAggregateState(element)) {
                return true;
            }
        }
        return false;
    }

    /** The types an ARRAY, MAP or STRUCT is made of; none for other types. */
    static List<DataType> elements(DataType type) {
        if (type instanceof ArrayType a) {
            return List.of(a.element());
        }
        if (type instanceof MapType m) {
            return List.of(m.key(), m.value());
        }
        if (type instanceof StructType s) {
            return s.fields().stream().map(StructType.Field::type).toList();
        }
        return List.of();
    }
}
