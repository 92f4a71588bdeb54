package org.starrocks4j.diff;

import java.util.List;
import org.starrocks4j.types.AggregateStateType;
import org.starrocks4j.types.CharType;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.DecimalType;
import org.starrocks4j.types.Primitive;
import org.starrocks4j.types.PrimitiveType;
import org.starrocks4j.types.Types;

/**
 * Which column type changes {@code MODIFY COLUMN} can make. StarRocks refuses narrowing (it cannot convert rows
 * that no longer fit), any change of an ARRAY/MAP/STRUCT column through MODIFY, and complex/scalar conversions.
 */
final class TypeChangeRules {

    private static final List<Primitive> INTEGER_WIDTH = List.of(Primitive.TINYINT, Primitive.SMALLINT,
            Primitive.INT, Primitive.BIGINT, Primitive.LARGEINT);

    private TypeChangeRules() {
    }

    /** Why {@code from} cannot become {@code to} by MODIFY COLUMN, or {@code null} when it can. */
    static String refusal(DataType from, DataType to) {
        if (Types.equivalent(from, to)) {
            return null;
        }
        if (from instanceof AggregateStateType || to instanceof AggregateStateType) {
            return "StarRocks cannot convert the state of an aggregate function to another type or state; add a "
                    + "column with the new type instead";
        }
        if (from.isComplex() || to.isComplex()) {
            return "StarRocks cannot change ARRAY, MAP or STRUCT column types, nor convert between complex and "
                    + "scalar types";
        }
        if (from instanceof PrimitiveType a && to instanceof PrimitiveType b
                && a.kind().isInteger() && b.kind().isInteger()
                && INTEGER_WIDTH.indexOf(b.kind()) < INTEGER_WIDTH.indexOf(a.kind())) {
            return "narrowing an integer type loses values; StarRocks refuses it";
        }
        Integer fromLength = textLength(from);
        Integer toLength = textLength(to);
        if (fromLength != null && toLength != null && toLength < fromLength) {
            return "shortening a text type loses values; StarRocks refuses it";
        }
        if (from instanceof DecimalType a && to instanceof DecimalType b
                && (b.scale() != a.scale() || b.precision() < a.precision())) {
            return "StarRocks only widens DECIMAL precision and keeps the scale";
        }
        return null;
    }

    private static Integer textLength(DataType type) {
        if (type instanceof CharType c) {
            return c.length();
        }
        if (type instanceof PrimitiveType p && p.kind() == Primitive.STRING) {
            return CharType.STRING_LENGTH;
        }
        return null;
    }
}
