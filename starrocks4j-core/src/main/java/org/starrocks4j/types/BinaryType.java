package org.starrocks4j.types;

/**
 * {@code BINARY[(n)]} or {@code VARBINARY[(n)]}; the length is optional and kept when given. The server stores
 * both as {@code VARBINARY}, a missing length as {@value #DEFAULT_LENGTH} (see {@link Types#equivalent}).
 */
public record BinaryType(boolean varying, Integer length) implements DataType {

    /** The length the server gives a BINARY or VARBINARY written without one (it prints {@code varbinary(1048576)}). */
    public static final int DEFAULT_LENGTH = 1_048_576;

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
