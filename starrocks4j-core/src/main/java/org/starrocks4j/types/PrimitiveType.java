package org.starrocks4j.types;

import java.util.Objects;

/** A parameterless type such as {@code INT}, {@code DATE} or {@code BITMAP}. */
public record PrimitiveType(Primitive kind) implements DataType {

    public PrimitiveType {
        Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String toSql() {
        return kind.name();
    }
}
