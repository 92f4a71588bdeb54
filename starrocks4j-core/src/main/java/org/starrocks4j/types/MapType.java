package org.starrocks4j.types;

import java.util.Objects;

/** {@code MAP<key, value>}. */
public record MapType(DataType key, DataType value) implements DataType {

    public MapType {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (key.isComplex()) {
            throw new InvalidTypeException("MAP<" + key.toSql() + ", ...>: a map key must be a scalar type");
        }
    }

    @Override
    public String toSql() {
        return "MAP<" + key.toSql() + ", " + value.toSql() + ">";
    }

    @Override
    public boolean isComplex() {
        return true;
    }
}
