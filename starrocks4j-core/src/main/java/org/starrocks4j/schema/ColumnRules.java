package org.starrocks4j.schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.starrocks4j.types.AggregateStateType;
import org.starrocks4j.types.DataType;
import org.starrocks4j.types.DecimalType;
import org.starrocks4j.types.Primitive;
import org.starrocks4j.types.PrimitiveType;
import org.starrocks4j.types.Types;

/** Rules on single columns: AUTO_INCREMENT, generated columns, aggregate types, defaults. */
final class ColumnRules {

    /** Names the server keeps for itself: load operation columns, and the prefix of schema-change shadow columns. */
    private static final Set<String> RESERVED_NAMES = Set.of("__op", "__row");
    private static final String SHADOW_COLUMN = "__starrocks_shadow_";

    private ColumnRules() {
    }

    static void check(Table table, List<String> problems) {
        String t = TableRules.describe(table);
        int autoIncrements = 0;
        boolean generatedSeen = false;
        for (Column c : table.columns()) {
            String col = t + ", column '" + c.name() + "'";
            autoIncrements += c.autoIncrement() ? 1 : 0;
            if (c.generatedAs() != null) {
                generatedSeen = true;
            } else if (generatedSeen) {
                problems.add(col + ": All generated columns must be defined after ordinary columns; "
                        + "move it before the generated columns");
            }
            if (c.name().regionMatches(true, 0, Column.GENERATED_PARTITION_COLUMN_PREFIX, 0,
                    Column.GENERATED_PARTITION_COLUMN_PREFIX.length())
                    && c.generatedAs() == null) {
                // the server names the generated columns of expression partitioning so (corpus: rejected/0054);
                // its own, printed by SHOW CREATE TABLE, are generated columns and pass
                problems.add(col + ": Column name starts with " + Column.GENERATED_PARTITION_COLUMN_PREFIX
                        + " is a system reserved name; choose a different one");
            }
            alone(c, col, problems);
            if (c.type() instanceof AggregateStateType state) {
                aggregateState(table, c, state, col, problems);
            } else {
                aggregate(table, c, col, problems);
            }
        }
        if (autoIncrements > 1) {
            problems.add(t + ": More than one AUTO_INCREMENT column defined; a table may have only one");
        }
    }

    /** The rules a column definition breaks by itself, wherever it stands: CREATE TABLE, ADD or MODIFY COLUMN. */
    static void alone(Column c, String col, List<String> problems) {
        if (c.autoIncrement()) {
            autoIncrement(c, col, problems);
        }
        if (c.generatedAs() != null) {
            generated(c, col, problems);
        }
        String lowerName = c.name().toLowerCase(Locale.ROOT);
        if (RESERVED_NAMES.contains(lowerName) || lowerName.startsWith(SHADOW_COLUMN)) {
            // FeNameFormat.checkColumnName: the server's own names for load operations and schema-change shadows
            problems.add(col + ": Column name [" + c.name() + "] is a system reserved name; choose a different one");
        }
        if (TypeFacts.containsTime(c.type())) {
            // corpus rejected/0075 (ARRAY<TIME>); the server's own test refuses TIME, MAP<.., TIME> and STRUCT too
            problems.add(col + ": Type:" + c.type().toSql() + " does not support TIME in a table column (nor inside "
                    + "ARRAY, MAP or STRUCT); store times of day as VARCHAR(8) text ('HH:mm:ss') "
                    + "or INT seconds since midnight, or points in time as DATETIME");
        }
        if (TypeFacts.elementContainsAggregateState(c.type())) {
            problems.add(col + ": Type:" + c.type().toSql() + " holds the state of an aggregate function, which "
                    + "can only be a whole column's type; make it a column of its own");
        }
        if (c.defaultValue() != null) {
            defaultValue(c, col, problems);
        }
        ExpressionRules.column(c, col, problems);
    }

    private static void autoIncrement(Column c, String col, List<String> problems) {
        if (!Types.BIGINT.equals(c.type())) {
            problems.add(col + ": AUTO_INCREMENT needs type BIGINT, not " + c.type().toSql() + "; change the type to BIGINT");
        }
        if (Boolean.TRUE.equals(c.nullable())) {
            problems.add(col + ": AUTO_INCREMENT columns are NOT NULL; remove NULL");
        }
        if (c.defaultValue() != null || c.generatedAs() != null) {
            problems.add(col + ": an AUTO_INCREMENT column takes no DEFAULT or AS expression; remove one of them");
        }
    }

    private static void generated(Column c, String col, List<String> problems) {
        if (Boolean.FALSE.equals(c.nullable())) {
            problems.add(col + ": Generated Column must be nullable column; remove NOT NULL");
        }
        if (c.defaultValue() != null) {
            problems.add(col + ": a generated column takes no DEFAULT; remove the DEFAULT");
        }
        if (c.aggregate() != null) {
            problems.add(col + ": a generated column takes no aggregate type; remove " + c.aggregate());
        }
    }

    private static void aggregate(Table table, Column c, String col, List<String> problems) {
        boolean aggregateTable = table.key() != null && table.key().type() == KeyType.AGGREGATE;
        boolean keyColumn = table.key() != null && TableRules.contains(table.key().columns(), c.name());
        // UNIQUE and PRIMARY KEY tables replace whole rows; the server accepts a REPLACE marker on their value columns
        // (corpus: accepted/create_table/1799 for UNIQUE, 0462 for PRIMARY)
        boolean replaceMarker = table.key() != null && (table.key().type() == KeyType.UNIQUE
                || table.key().type() == KeyType.PRIMARY) && !keyColumn && c.aggregate() == AggregateType.REPLACE;
        if (c.aggregate() != null && !aggregateTable && !replaceMarker) {
            problems.add(col + ": aggregate type " + c.aggregate() + " is only valid in AGGREGATE KEY tables; "
                    + "remove it or declare the table with aggregateKey(...)");
            return;
        }
        if (!aggregateTable) {
            return;
        }
        if (keyColumn) {
            if (c.aggregate() != null) {
                problems.add(col + ": a key column cannot be both KEY and aggregated (" + c.aggregate()
                        + "); remove the aggregate type or take the column out of the key");
            }
            return;
        }
        if (c.aggregate() == null) {
            problems.add(col + ": AGG_KEYS table should specify aggregate type for non-key column; "
                    + "give it one of SUM, MIN, MAX, REPLACE, REPLACE_IF_NOT_NULL"
                    + (required(c.type()) == null ? "" : " (" + required(c.type()) + " for " + c.type().toSql() + ")"));
            return;
        }
        AggregateType needed = required(c.type());
        // REPLACE and REPLACE_IF_NOT_NULL keep the last sketch instead of merging (corpus: accepted/create_table/0417)
        boolean replaces = c.aggregate() == AggregateType.REPLACE || c.aggregate() == AggregateType.REPLACE_IF_NOT_NULL;
        if (needed != null && c.aggregate() != needed && !replaces) {
            problems.add(col + ": a " + c.type().toSql() + " value column needs aggregate type " + needed
                    + ", not " + c.aggregate());
        } else if (needed == null && isSketchAggregate(c.aggregate())) {
            problems.add(col + ": aggregate type " + c.aggregate() + " applies only to "
                    + sketchType(c.aggregate()) + " columns, not " + c.type().toSql());
        }
    }

    /**
     * A column whose type is an aggregate function's state is a value column of an AGGREGATE KEY table, and the state
     * says how its values combine (StarRocks' grammar gives the state the place of the aggregate type).
     */
    private static void aggregateState(Table table, Column c, AggregateStateType state, String col,
                                       List<String> problems) {
        // a key column holding a state breaks the key rules (KeyRules says so)
        if (table.key() == null || table.key().type() != KeyType.AGGREGATE) {
            problems.add(col + ": the aggregate state type " + state.toSql() + " is only valid in AGGREGATE KEY "
                    + "tables; declare the table with aggregateKey(...) or store the values in another type");
        }
        if (c.aggregate() != null) {
            problems.add(col + ": the aggregate state type " + state.toSql() + " already says how values combine; "
                    + "remove the aggregate type " + c.aggregate());
        }
    }

    /** The only aggregate type a sketch column can take, or null for ordinary types. */
    private static AggregateType required(DataType type) {
        if (type instanceof PrimitiveType p) {
            switch (p.kind()) {
                case HLL:
                    return AggregateType.HLL_UNION;
                case BITMAP:
                    return AggregateType.BITMAP_UNION;
                case PERCENTILE:
                    return AggregateType.PERCENTILE_UNION;
                default:
                    return null;
            }
        }
        return null;
    }

    private static boolean isSketchAggregate(AggregateType aggregate) {
        return aggregate == AggregateType.HLL_UNION || aggregate == AggregateType.BITMAP_UNION
                || aggregate == AggregateType.PERCENTILE_UNION;
    }

    private static String sketchType(AggregateType aggregate) {
        return switch (aggregate) {
            case HLL_UNION -> "HLL";
            case BITMAP_UNION -> "BITMAP";
            default -> "PERCENTILE";
        };
    }

    /** Literal defaults must fit the column type where the statement alone shows it. */
    private static void defaultValue(Column c, String col, List<String> problems) {
        if (!(c.defaultValue() instanceof ColumnDefault.Literal literal)) {
            return;
        }
        DataType type = c.type();
        String value = literal.value();
        if (type instanceof PrimitiveType p && (p.kind() == Primitive.HLL || p.kind() == Primitive.BITMAP)
                && !value.isEmpty()) {
            problems.add(col + ": Type '" + p.kind() + "' only supports empty string \"\" as default value");
        } else if (type instanceof PrimitiveType p && p.kind().isInteger() && !value.matches("[+-]?\\d+")) {
            problems.add(col + ": Invalid default value '" + value + "' for " + type.toSql() + "; give a whole number");
        } else if ((type instanceof DecimalType || Types.DOUBLE.equals(type) || Types.FLOAT.equals(type)) && !isNumber(value)) {
            problems.add(col + ": Invalid default value '" + value + "' for " + type.toSql() + "; give a number");
        } else if (Types.JSON.equals(type) && !value.isEmpty() && !JsonSyntax.isValid(value)) {
            // an empty default is accepted for JSON (corpus: accepted/create_table/0696, 0699)
            problems.add(col + ": Invalid JSON format for default value: " + value + "; give valid JSON text");
        }
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
