package org.starrocks4j.types;

/**
 * A StarRocks column type. Immutable; {@link #toSql()} gives the canonical DDL spelling and
 * {@link Types#equivalent(DataType, DataType)} knows which spellings the server treats as the same type.
 */
public sealed interface DataType
        permits PrimitiveType, DecimalType, CharType, BinaryType, ArrayType, MapType, StructType, AggregateStateType {

    /** The canonical DDL spelling, e.g. {@code VARCHAR(50)}, {@code ARRAY<INT>}. */
    String toSql();

    /** True for ARRAY, MAP and STRUCT. */
    default boolean isComplex() {
        return false;
    }
}
