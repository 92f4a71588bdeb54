package org.starrocks4j.types;

import java.util.Objects;

/**
 * {@code DECIMAL(p, s)}. The spelling keeps the decimal32/64/128 forms a user (or an older server) wrote;
 * they are the same type to the server once precision and scale agree, see {@link Types#equivalent}.
 */
public record DecimalType(Spelling spelling, int precision, int scale) implements DataType {

    /** How the type was written. */
    public enum Spelling { DECIMAL, DECIMAL32, DECIMAL64, DECIMAL128, DECIMAL256 }

    /** Largest precision StarRocks accepts for DECIMAL (DECIMAL256 goes to 76). */
    public static final int MAX_PRECISION = 38;

    public DecimalType {
        Objects.requireNonNull(spelling, "spelling");
        int max = spelling == Spelling.DECIMAL256 ? 76 : switch (spelling) {
            case DECIMAL32 -> 9;
            case DECIMAL64 -> 18;
            default -> MAX_PRECISION;
        };
        if (precision < 1 || precision > max) {
            throw new InvalidTypeException(spelling + "(" + precision + ", " + scale + "): precision must be 1.."
                    + max + "; use a precision in that range");
        }
        if (scale < 0 || scale > precision) {
            throw new InvalidTypeException(spelling + "(" + precision + ", " + scale
                    + "): scale must be 0..precision; lower the scale or raise the precision");
        }
    }

    public DecimalType(int precision, int scale) {
        this(Spelling.DECIMAL, precision, scale);
    }

    @Override
    public String toSql() {
        return spelling.name() + "(" + precision + ", " + scale + ")";
    }
}
