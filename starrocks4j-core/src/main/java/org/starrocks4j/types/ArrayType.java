package org.starrocks4j.types;

import java.util.Objects;

/** {@code ARRAY<element>}. */
public record ArrayType(DataType element) implements DataType {

    public ArrayType {
        Objects.requireNonNull(element, "element");
    }

    @Override
    public String toSql() {
        return "ARRAY<" + element.toSql() + ">";
    }

    @Override
    public boolean isComplex() {
        return true;
    }
}
