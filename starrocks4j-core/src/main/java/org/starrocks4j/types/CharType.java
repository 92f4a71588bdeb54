package org.starrocks4j.types;

/**
 * {@code CHAR(n)} or {@code VARCHAR(n)}. {@code STRING} is a separate primitive the server stores as
 * {@code VARCHAR(65533)}; {@link Types#equivalent} treats the two as one.
 */
public record CharType(boolean varying, int length) implements DataType {

    /** Largest CHAR length. */
    public static final int MAX_CHAR_LENGTH = 255;
    /**
     * Largest VARCHAR length. Servers since 3.x print {@code varchar(1073741824)} for some columns
     * (see the real-server corpus), so the upper bound is 1 GiB rather than the documented 1048576.
     */
    public static final int MAX_VARCHAR_LENGTH = 1_073_741_824;
    /** The length STRING stands for. */
    public static final int STRING_LENGTH = 65533;

    public CharType {
        int max = varying ? MAX_VARCHAR_LENGTH : MAX_CHAR_LENGTH;
        if (length < 1 || length > max) {
            throw new InvalidTypeException((varying ? "VARCHAR(" : "CHAR(") + length + "): length must be 1.." + max
                    + (varying ? "; use STRING for unbounded text" : "; use VARCHAR for longer text"));
        }
    }

    @Override
    public String toSql() {
        return (varying ? "VARCHAR(" : "CHAR(") + length + ")";
    }
}
