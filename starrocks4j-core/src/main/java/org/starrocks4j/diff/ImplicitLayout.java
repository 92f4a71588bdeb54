package org.starrocks4j.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.TableKey;
import org.starrocks4j.types.AggregateStateType;
import org.starrocks4j.types.CharType;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.DecimalType;
import org.starrocks4j.types.Primitive;
import org.starrocks4j.types.PrimitiveType;

/**
 * The key and distribution the server gives a table that does not state them: the data and rules behind
 * "implicit key" and "RANDOM distribution when none is given", as the FE's CREATE TABLE analysis decides them.
 *
 * <p>The implicit key: when some column has an aggregate type or state, AGGREGATE KEY on every column without one
 * (live corpus pairs 0904, 1216, 0126); otherwise DUPLICATE KEY on the short key: leading columns while there are
 * fewer than {@value #SHORT_KEY_MAX_COLUMNS} and their index bytes stay within {@value #SHORT_KEY_MAX_BYTES}; a VARCHAR
 * (STRING included) ends it, included; a type that cannot be a key ends it, excluded; a CHAR or VARCHAR first column
 * wider than the limit is the key alone. Index bytes are the server's: {@code (k int, v int)} → both,
 * {@code (c1 int, c2 varbinary, c3 varbinary)} → all three (16 bytes each), {@code (d1 decimal(76, 0), d2 ...)} →
 * {@code d1} (32 bytes each).
 */
final class ImplicitLayout {

    static final int SHORT_KEY_MAX_COLUMNS = 3;
    static final int SHORT_KEY_MAX_BYTES = 36;

    /** Bytes a value of each type takes in the short key index (the FE's {@code getOlapColumnIndexSize}). */
    private static final Map<Primitive, Integer> INDEX_BYTES = Map.ofEntries(
            Map.entry(Primitive.BOOLEAN, 1), Map.entry(Primitive.TINYINT, 1), Map.entry(Primitive.SMALLINT, 2),
            Map.entry(Primitive.INT, 4), Map.entry(Primitive.BIGINT, 8), Map.entry(Primitive.LARGEINT, 16),
            Map.entry(Primitive.FLOAT, 4), Map.entry(Primitive.DOUBLE, 8),
            Map.entry(Primitive.DATE, 3), Map.entry(Primitive.DATETIME, 8), Map.entry(Primitive.TIME, 8),
            Map.entry(Primitive.STRING, 20));

    /** What a VARCHAR (and STRING) contributes to the short key: its index prefix. */
    private static final int VARCHAR_INDEX_BYTES = 20;
    /** The slot size of the other variable-size types (VARBINARY, JSON, HLL, BITMAP, complex types). */
    private static final int SLOT_BYTES = 16;

    private ImplicitLayout() {
    }

    /** The key the server uses: the stated one, else the implicit one of an OLAP table ({@code null}: none). */
    static TableKey key(Table t) {
        if (t.key() != null) {
            return t.key();
        }
        return Table.OLAP.equalsIgnoreCase(t.engine()) ? implicitKey(t.columns()) : null;
    }

    /**
     * The key the server infers from the columns of a table that states none, or {@code null} when no leading
     * column can be a key.
     */
    static TableKey implicitKey(List<Column> columns) {
        if (columns.stream().anyMatch(Column::isAggregated)) {
            return new TableKey(KeyType.AGGREGATE, columns.stream().filter(c -> !c.isAggregated())
                    .map(Column::name).toList());
        }
        List<String> keys = new ArrayList<>();
        int bytes = 0;
        for (Column c : columns) {
            DataType type = c.type();
            bytes += indexBytes(type);
            if (keys.size() >= SHORT_KEY_MAX_COLUMNS || bytes > SHORT_KEY_MAX_BYTES) {
                if (keys.isEmpty() && text(type)) {
                    keys.add(c.name());
                }
                break;
            }
            if (!keyable(type) || c.generatedAs() != null) {
                break;
            }
            keys.add(c.name());
            if (varchar(type)) {
                break;
            }
        }
        return keys.isEmpty() ? null : new TableKey(KeyType.DUPLICATE, keys);
    }

    /**
     * The distribution the server uses when none is stated: HASH of the key columns for PRIMARY, UNIQUE and
     * AGGREGATE KEY tables, stated or implicit (they cannot use RANDOM), RANDOM for DUPLICATE KEY tables.
     */
    static Distribution distribution(Table t) {
        if (t.distribution() != null) {
            return t.distribution();
        }
        TableKey key = key(t);
        if (key != null && key.type() != KeyType.DUPLICATE) {
            return new Distribution.Hash(key.columns(), null);
        }
        return Distribution.random();
    }

    private static int indexBytes(DataType type) {
        if (type instanceof PrimitiveType p) {
            return INDEX_BYTES.getOrDefault(p.kind(), SLOT_BYTES);
        }
        if (type instanceof CharType c) {
            return c.varying() ? VARCHAR_INDEX_BYTES : c.length();
        }
        if (type instanceof DecimalType d) {
            return d.precision() <= 9 ? 4 : d.precision() <= 18 ? 8 : d.precision() <= 38 ? 16 : 32;
        }
        return SLOT_BYTES;
    }

    /** CHAR, VARCHAR and STRING: a first column of these is a key even when it is wider than the short key. */
    private static boolean text(DataType type) {
        return type instanceof CharType || type instanceof PrimitiveType p && p.kind() == Primitive.STRING;
    }

    /** VARCHAR and STRING (a VARCHAR to the server) end the short key; CHAR and VARBINARY do not. */
    private static boolean varchar(DataType type) {
        return type instanceof CharType c && c.varying()
                || type instanceof PrimitiveType p && p.kind() == Primitive.STRING;
    }

    private static boolean keyable(DataType type) {
        if (type.isComplex() || type instanceof AggregateStateType) {
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
