package org.starrocks4j.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.TableKey;
import org.starrocks4j.types.BinaryType;
import org.starrocks4j.types.CharType;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.DecimalType;
import org.starrocks4j.types.Primitive;
import org.starrocks4j.types.PrimitiveType;

/**
 * The key and distribution the server gives a table that does not state them: the data and rules behind
 * "implicit DUPLICATE KEY on the leading columns" and "RANDOM distribution when none is given".
 *
 * <p>The implicit key is the server's short key: leading columns while there are fewer than
 * {@value #SHORT_KEY_MAX_COLUMNS} and their index bytes stay within {@value #SHORT_KEY_MAX_BYTES}; a VARCHAR
 * ends it (included), and a type that cannot be a key ends it (excluded). Checked against the real-server
 * pairs: {@code (k int, v int)} → both, {@code (event_day string, pv bigint)} → {@code event_day},
 * {@code (bigint, varchar(100), decimal, int)} → the first two.
 */
final class ImplicitLayout {

    static final int SHORT_KEY_MAX_COLUMNS = 3;
    static final int SHORT_KEY_MAX_BYTES = 36;

    /** Bytes a value of each fixed-size type takes in the short key index. */
    private static final Map<Primitive, Integer> INDEX_BYTES = Map.ofEntries(
            Map.entry(Primitive.BOOLEAN, 1), Map.entry(Primitive.TINYINT, 1), Map.entry(Primitive.SMALLINT, 2),
            Map.entry(Primitive.INT, 4), Map.entry(Primitive.BIGINT, 8), Map.entry(Primitive.LARGEINT, 16),
            Map.entry(Primitive.DATE, 3), Map.entry(Primitive.DATETIME, 8), Map.entry(Primitive.TIME, 8),
            Map.entry(Primitive.STRING, 20));

    /** What a VARCHAR (and STRING, VARBINARY) contributes to the short key: its index prefix. */
    private static final int VARCHAR_INDEX_BYTES = 20;

    private ImplicitLayout() {
    }

    /** The DUPLICATE KEY the server infers from the columns, or {@code null} when no leading column can be a key. */
    static TableKey duplicateKey(List<Column> columns) {
        List<String> keys = new ArrayList<>();
        int bytes = 0;
        for (Column c : columns) {
            DataType type = c.type();
            bytes += indexBytes(type);
            if (keys.size() >= SHORT_KEY_MAX_COLUMNS || bytes > SHORT_KEY_MAX_BYTES) {
                if (keys.isEmpty() && type instanceof CharType) {
                    keys.add(c.name());
                }
                break;
            }
            if (!keyable(type) || c.generatedAs() != null) {
                break;
            }
            keys.add(c.name());
            if (variableLength(type)) {
                break;
            }
        }
        return keys.isEmpty() ? null : new TableKey(KeyType.DUPLICATE, keys);
    }

    /**
     * The distribution the server uses when none is stated: HASH of the key columns for PRIMARY, UNIQUE and
     * AGGREGATE KEY tables (they cannot use RANDOM), RANDOM for DUPLICATE KEY tables.
     */
    static Distribution distribution(Table t) {
        if (t.distribution() != null) {
            return t.distribution();
        }
        if (t.key() != null && t.key().type() != KeyType.DUPLICATE) {
            return new Distribution.Hash(t.key().columns(), null);
        }
        return Distribution.random();
    }

    private static int indexBytes(DataType type) {
        if (type instanceof PrimitiveType p) {
            return INDEX_BYTES.getOrDefault(p.kind(), 8);
        }
        if (type instanceof CharType c) {
            return c.varying() ? VARCHAR_INDEX_BYTES : c.length();
        }
        if (type instanceof DecimalType d) {
            return d.precision() <= 9 ? 4 : d.precision() <= 18 ? 8 : 16;
        }
        if (type instanceof BinaryType) {
            return VARCHAR_INDEX_BYTES;
        }
        return 16;
    }

    private static boolean variableLength(DataType type) {
        return type instanceof CharType c && c.varying()
                || type instanceof PrimitiveType p && p.kind() == Primitive.STRING
                || type instanceof BinaryType;
    }

    private static boolean keyable(DataType type) {
        if (type.isComplex()) {
            return false;
        }
        if (type instanceof PrimitiveType p) {
            return switch (p.kind()) {
                case FLOAT, DOUBLE, JSON, VARIANT, HLL, BITMAP, PERCENTILE -> false;
                default -> true;
            };
        }
        return true;
    }
}
