package org.starrocks4j.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.starrocks4j.lexical.SqlToken;
import org.starrocks4j.types.AggregateStateType;
import org.starrocks4j.types.ArrayType;
import org.starrocks4j.types.BinaryType;
import org.starrocks4j.types.CharType;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.DecimalType;
import org.starrocks4j.types.InvalidTypeException;
import org.starrocks4j.types.MapType;
import org.starrocks4j.types.StructType;
import org.starrocks4j.types.Types;

/**
 * Reads StarRocks type strings into {@link DataType}s: the types of DDL as users write them and as {@code SHOW CREATE}
 * prints them ({@code int(11)}, {@code varchar(65533)}, {@code decimal64(18, 2)}), and the
 * {@code information_schema.columns.COLUMN_TYPE} forms ({@code bigint(20) unsigned}, {@code array<int(11)>},
 * {@code struct<`a b` varchar(50) COMMENT '', `c``d` int(11)>}), nested to any depth. Integer display widths are
 * dropped: the server ignores them.
 */
public final class TypeParser {

    /** The names {@link #read} takes as types (the cases of {@link #readType} and {@link #scalar}). */
    private static final Set<String> TYPE_NAMES = Set.of("array", "map", "struct", "boolean", "bool", "tinyint",
            "smallint", "int", "integer", "bigint", "largeint", "float", "double", "decimal", "decimalv2", "decimalv3",
            "numeric", "decimal32", "decimal64", "decimal128", "decimal256", "char", "character", "varchar", "string",
            "text", "binary", "varbinary", "date", "datetime", "timestamp", "time", "json", "jsonb", "variant", "hll",
            "bitmap", "percentile");

    /** Words that may follow a column's type and are never an aggregate function's name. */
    private static final Set<String> COLUMN_ATTRIBUTES = Set.of("KEY", "NULL", "NOT", "DEFAULT", "AS", "COMMENT",
            "AUTO_INCREMENT", "CHARSET", "CHARACTER", "FIRST", "AFTER");

    /** StarRocks' default DECIMAL precision when none is given ({@code decimal} = {@code decimal(10, 0)}). */
    private static final int DEFAULT_DECIMAL_PRECISION = 10;
    private static final int DECIMALV2_DEFAULT_PRECISION = 9;

    private TypeParser() {
    }

    /**
     * A column's DDL type, e.g. {@code INT}, {@code varchar(20)}, {@code ARRAY<MAP<INT, STRING>>}, or an aggregate
     * state ({@code avg(INT)}, {@code VARBINARY avg(INT)}).
     */
    public static DataType parse(String text) {
        TokenCursor cursor = TokenCursor.of(text);
        DataType type = columnType(cursor);
        cursor.expectEnd();
        return type;
    }

    /**
     * An {@code information_schema.columns.COLUMN_TYPE} value. Differs from {@link #parse} only where that view
     * spells a type differently from DDL: {@code tinyint(1)} is how it reports BOOLEAN.
     */
    public static DataType parseColumnType(String text) {
        return parseWhole(text, true);
    }

    private static DataType parseWhole(String text, boolean columnTypeForm) {
        TokenCursor cursor = TokenCursor.of(text);
        DataType type = read(cursor, columnTypeForm);
        cursor.expectEnd();
        return type;
    }

    /**
     * The type of a column definition at the cursor: a type, optionally followed by the state of an aggregate
     * function ({@code VARBINARY avg(INT)}, as SHOW CREATE TABLE prints it), or the state alone ({@code avg(INT)}, as
     * users write it; the server derives the stored type). StarRocks' grammar puts the state in the column's
     * aggregate slot ({@code aggDesc: SUM | ... | aggStateDesc}), which only a type name can tell apart from the
     * column attributes that may follow the type, such as {@code AS (expr)}.
     */
    static DataType columnType(TokenCursor cursor) {
        SqlToken at = cursor.peek();
        try {
            if (atAggregateState(cursor) && !TYPE_NAMES.contains(at.text().toLowerCase(Locale.ROOT))) {
                return aggregateState(cursor, null);
            }
            DataType type = read(cursor, false);
            return atAggregateState(cursor) ? aggregateState(cursor, type) : type;
        } catch (InvalidTypeException e) {
            throw cursor.errorAt(at, e.getMessage(), "a valid column type");
        }
    }

    /** True at {@code function(type ...}: a name (not a column attribute), a parenthesis, a type name. */
    private static boolean atAggregateState(TokenCursor cursor) {
        SqlToken name = cursor.peek();
        // the parenthesis first: most columns have none there, and then no name needs case-folding
        return cursor.peek(1).isSymbol("(") && name.kind() == SqlToken.Kind.WORD
                && cursor.peek(2).kind() == SqlToken.Kind.WORD
                && !COLUMN_ATTRIBUTES.contains(name.text().toUpperCase(Locale.ROOT))
                && TYPE_NAMES.contains(cursor.peek(2).text().toLowerCase(Locale.ROOT));
    }

    /**
     * {@code function(type [NULL | NOT NULL], ...)}: an argument's nullability picks the function's signature but is
     * not stored with the state (SHOW CREATE TABLE prints {@code ds_theta_count_distinct(bigint(20))} for
     * {@code ds_theta_count_distinct(bigint not null)}, corpus live/pairs/0113), so it is read and left out.
     */
    private static DataType aggregateState(TokenCursor cursor, DataType stateType) {
        String function = cursor.next().text();
        cursor.expectSymbol("(");
        List<DataType> arguments = new ArrayList<>();
        do {
            arguments.add(read(cursor, false));
            if (!cursor.acceptKeywords("NOT", "NULL")) {
                cursor.acceptKeywords("NULL");
            }
        } while (cursor.acceptSymbol(","));
        cursor.expectSymbol(")");
        return new AggregateStateType(stateType, function, arguments);
    }

    /** Reads one type at the cursor. */
    static DataType read(TokenCursor cursor, boolean columnTypeForm) {
        SqlToken at = cursor.peek();
        if (at.kind() != SqlToken.Kind.WORD) {
            throw cursor.expected("a column type");
        }
        try {
            return readType(cursor, columnTypeForm);
        } catch (InvalidTypeException e) {
            throw cursor.errorAt(at, e.getMessage(), "a valid column type");
        }
    }

    private static DataType readType(TokenCursor cursor, boolean columnTypeForm) {
        SqlToken nameToken = cursor.peek();
        if (nameToken.kind() != SqlToken.Kind.WORD) {
            throw cursor.expected("a column type");
        }
        cursor.next();
        String name = nameToken.text().toLowerCase(Locale.ROOT);
        switch (name) {
            case "array": {
                cursor.expectSymbol("<");
                DataType element = read(cursor, columnTypeForm);
                cursor.expectSymbol(">");
                return new ArrayType(element);
            }
            case "map": {
                cursor.expectSymbol("<");
                DataType key = read(cursor, columnTypeForm);
                cursor.expectSymbol(",");
                DataType value = read(cursor, columnTypeForm);
                cursor.expectSymbol(">");
                return new MapType(key, value);
            }
            case "struct":
                return struct(cursor, columnTypeForm);
            default:
                break;
        }
        if (cursor.isSymbol("(") && cursor.peek(1).kind() == SqlToken.Kind.WORD) {
            // e.g. ARRAY<avg(int)>: the state of an aggregate function is a whole column's type, never part of one
            throw cursor.errorAt(nameToken, "'" + nameToken.text() + "(...)' is not a type; the state of an aggregate "
                    + "function can only be a whole column's type", "a column type");
        }
        List<Integer> args = arguments(cursor);
        boolean unsigned = cursor.acceptKeywords("unsigned");
        if (!unsigned) {
            cursor.acceptKeywords("signed");
        }
        DataType type = scalar(cursor, nameToken, name, args, unsigned, columnTypeForm);
        if (type == null) {
            throw cursor.errorAt(nameToken, "'" + nameToken.text() + "' is not a StarRocks type", "a column type");
        }
        return type;
    }

    private static List<Integer> arguments(TokenCursor cursor) {
        List<Integer> args = new ArrayList<>();
        if (cursor.acceptSymbol("(")) {
            do {
                args.add(cursor.intNumber("a type parameter"));
            } while (cursor.acceptSymbol(","));
            cursor.expectSymbol(")");
        }
        return args;
    }

    private static DataType scalar(TokenCursor cursor, SqlToken at, String name, List<Integer> args, boolean unsigned,
                                   boolean columnTypeForm) {
        if (unsigned && !name.equals("bigint")) {
            throw cursor.errorAt(at, "StarRocks has no unsigned " + name + "; only 'bigint unsigned' (LARGEINT) is "
                    + "reported by information_schema", "a column type");
        }
        switch (name) {
            case "boolean":
            case "bool":
                return noArgs(cursor, at, args, Types.BOOLEAN);
            case "tinyint":
                maxArgs(cursor, at, args, 1);
                // information_schema reports BOOLEAN as tinyint(1); in DDL tinyint(1) is a TINYINT with a display width
                return columnTypeForm && args.equals(List.of(1)) ? Types.BOOLEAN : Types.TINYINT;
            case "smallint":
                return withWidth(cursor, at, args, Types.SMALLINT);
            case "int":
            case "integer":
                return withWidth(cursor, at, args, Types.INT);
            case "bigint":
                return withWidth(cursor, at, args, unsigned ? Types.LARGEINT : Types.BIGINT);
            case "largeint":
                return withWidth(cursor, at, args, Types.LARGEINT);
            case "float":
                // FLOAT(p) is accepted and means FLOAT
                maxArgs(cursor, at, args, 1);
                return Types.FLOAT;
            case "double":
                maxArgs(cursor, at, args, 2);
                return Types.DOUBLE;
            case "decimalv2":
                // DECIMALV2 without precision is DECIMALV2(9, 0) on the server (printed DECIMAL(9,0)), not (10, 0)
                return decimal(cursor, at, args.isEmpty() ? List.of(DECIMALV2_DEFAULT_PRECISION) : args,
                        DecimalType.Spelling.DECIMAL);
            case "decimal":
            case "decimalv3":
            case "numeric":
                return decimal(cursor, at, args, DecimalType.Spelling.DECIMAL);
            case "decimal32":
                return decimal(cursor, at, args, DecimalType.Spelling.DECIMAL32);
            case "decimal64":
                return decimal(cursor, at, args, DecimalType.Spelling.DECIMAL64);
            case "decimal128":
                return decimal(cursor, at, args, DecimalType.Spelling.DECIMAL128);
            case "decimal256":
                return decimal(cursor, at, args, DecimalType.Spelling.DECIMAL256);
            case "char":
            case "character":
                maxArgs(cursor, at, args, 1);
                return new CharType(false, args.isEmpty() ? 1 : args.get(0));
            case "varchar":
                maxArgs(cursor, at, args, 1);
                return new CharType(true, args.isEmpty() ? 1 : args.get(0));
            case "string":
            case "text":
                return noArgs(cursor, at, args, Types.STRING);
            case "binary":
                maxArgs(cursor, at, args, 1);
                return new BinaryType(false, args.isEmpty() ? null : args.get(0));
            case "varbinary":
                maxArgs(cursor, at, args, 1);
                return new BinaryType(true, args.isEmpty() ? null : args.get(0));
            case "date":
                return noArgs(cursor, at, args, Types.DATE);
            case "datetime":
            case "timestamp":
                // datetime(6) and the like: the fraction width is not stored by StarRocks
                maxArgs(cursor, at, args, 1);
                return Types.DATETIME;
            case "time":
                maxArgs(cursor, at, args, 1);
                return Types.TIME;
            case "json":
            case "jsonb":
                return noArgs(cursor, at, args, Types.JSON);
            case "variant":
                return noArgs(cursor, at, args, Types.VARIANT);
            case "hll":
                maxArgs(cursor, at, args, 1);
                return Types.HLL;
            case "bitmap":
                return noArgs(cursor, at, args, Types.BITMAP);
            case "percentile":
                return noArgs(cursor, at, args, Types.PERCENTILE);
            default:
                return null;
        }
    }

    private static DataType decimal(TokenCursor cursor, SqlToken at, List<Integer> args, DecimalType.Spelling spelling) {
        maxArgs(cursor, at, args, 2);
        int precision = args.isEmpty() ? DEFAULT_DECIMAL_PRECISION : args.get(0);
        int scale = args.size() < 2 ? 0 : args.get(1);
        if (spelling == DecimalType.Spelling.DECIMAL && precision > DecimalType.MAX_PRECISION) {
            // decimal(p, s) with p above 38 is StarRocks' 256-bit decimal
            spelling = DecimalType.Spelling.DECIMAL256;
        }
        return new DecimalType(spelling, precision, scale);
    }

    private static DataType withWidth(TokenCursor cursor, SqlToken at, List<Integer> args, DataType type) {
        maxArgs(cursor, at, args, 1);
        return type;
    }

    private static DataType noArgs(TokenCursor cursor, SqlToken at, List<Integer> args, DataType type) {
        return withMax(cursor, at, args, 0, type);
    }

    private static DataType withMax(TokenCursor cursor, SqlToken at, List<Integer> args, int max, DataType type) {
        maxArgs(cursor, at, args, max);
        return type;
    }

    private static void maxArgs(TokenCursor cursor, SqlToken at, List<Integer> args, int max) {
        if (args.size() > max) {
            throw cursor.errorAt(at, at.text() + " takes " + (max == 0 ? "no parameters" : "at most " + max
                    + (max == 1 ? " parameter" : " parameters")) + ", not " + args.size(), "a column type");
        }
    }

    /** {@code STRUCT<name type [COMMENT 'c'], ...>}; names may be bare or back-quoted, optionally followed by ':'. */
    private static DataType struct(TokenCursor cursor, boolean columnTypeForm) {
        cursor.expectSymbol("<");
        List<StructType.Field> fields = new ArrayList<>();
        do {
            String fieldName = cursor.identifier("a struct field name");
            cursor.acceptSymbol(":");
            DataType fieldType = read(cursor, columnTypeForm);
            String comment = cursor.acceptKeywords("COMMENT") ? cursor.string("the field comment") : null;
            fields.add(new StructType.Field(fieldName, fieldType, comment));
        } while (cursor.acceptSymbol(","));
        cursor.expectSymbol(">");
        return new StructType(fields);
    }
}
