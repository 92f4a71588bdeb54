package org.starrocks4j.types;

/** {@code BINARY[(n)]} or {@code VARBINARY[(n)]}; the length is optional and kept when given. */
public record BinaryType(boolean varying, Integer length) implements DataType {

    public BinaryType {
        if (length != null && (length < 1 || length > CharType.MAX_VARCHAR_LENGTH)) {
            throw new InvalidTypeException((varying ? "VARBINARY(" : "BINARY(") + length + "): length must be 1.."
                    + CharType.MAX_VARCHAR_LENGTH + ", or omitted");
        }
    }

    @Override
    public String toSql() {
        return (varying ? "VARBINARY" : "BINARY") + (length == null ? "" : "(" + length + ")");
    }
}
