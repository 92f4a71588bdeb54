package org.starrocks4j.schema;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.starrocks4j.lexical.SqlToken;
import org.starrocks4j.types.DecimalType;
import org.starrocks4j.types.Primitive;

/**
 * Rules on how a table is partitioned, as the server's grammar and its partition analysis (PartitionDescAnalyzer,
 * PartitionExprAnalyzer, FeNameFormat) check them: what a partition key may be, which columns and functions it may
 * use, and whether the pre-created partitions fit the keys and each other.
 */
final class PartitionRules {

    /**
     * Functions a RANGE partition key may apply to its column (PartitionExprAnalyzer); any other function is
     * refused with "Unsupported partition type ... for function ...".
     */
    private static final Set<String> RANGE_FUNCTIONS = new TreeSet<>(Set.of("date_trunc", "time_slice", "substr",
            "substring", "str2date", "from_unixtime", "from_unixtime_ms"));

    /**
     * The functions of automatic RANGE partitioning ({@code PARTITION BY date_trunc('day', dt)}); any other single
     * function call, and every function call among several keys, becomes a generated partition column instead.
     */
    private static final Set<String> AUTOMATIC_RANGE_FUNCTIONS = Set.of("date_trunc", "time_slice");

    /** FeNameFormat's COMMON_NAME_REGEX, which partition names must match. */
    private static final Pattern PARTITION_NAME = Pattern.compile("[a-zA-Z]\\w{0,63}|_[a-zA-Z0-9]\\w{0,62}");

    /** The START/END/EVERY units the server builds partitions for (MultiRangePartitionDesc). */
    private static final Set<String> BATCH_UNITS = Set.of("HOUR", "DAY", "WEEK", "MONTH", "YEAR");
    private static final Pattern INTERVAL = Pattern.compile("(?i)INTERVAL\\s+(\\d+)\\s+(\\w+)");

    /** str2date's format must give a whole date (MaterializedViewPartitionFunctionChecker.SUPPORTED_DATE_REGEX). */
    private static final Pattern WHOLE_DATE_FORMAT = Pattern.compile("%Y.*%m.*%d");

    private PartitionRules() {
    }

    static void check(Table table, Partitioning partitioning, List<String> problems) {
        String t = TableRules.describe(table);
        List<String> columnKeys = partitioning.keys().stream()
                .filter(PartitionExpression::isColumn).map(PartitionExpression::column).toList();
        TableRules.requireColumns(table, columnKeys, "PARTITION BY", problems);
        Set<String> seen = new HashSet<>();
        for (String c : columnKeys) {
            if (!seen.add(c.toLowerCase(Locale.ROOT))) {
                problems.add(t + ": Duplicated partition column " + c + "; list each partition column once");
            }
        }
        keyShapes(table, partitioning, problems);
        for (PartitionExpression key : partitioning.keys()) {
            if (key.isColumn()) {
                table.column(key.column()).ifPresent(c -> columnKey(table, partitioning, c, problems));
                // a generated column stands for its expression: the server prints expression partitioning that way
                // (corpus: show_create/table/136, `__generated_partition_column_0` AS substring(k4, 1, 5))
                table.column(key.column()).filter(c -> c.generatedAs() != null)
                        .ifPresent(c -> references(table, c.generatedAs(), problems));
            } else {
                expressionKey(table, partitioning, key.sql(), problems);
            }
        }
        generatedPartitionColumns(table, partitioning, problems);
        definitions(table, partitioning, problems);
    }

    /**
     * The grammar takes a column or a function call as an expression partition key (partitionExpr: identifier |
     * functionCall), column names only in LIST, and one expression in RANGE.
     */
    private static void keyShapes(Table table, Partitioning partitioning, List<String> problems) {
        String t = TableRules.describe(table);
        for (PartitionExpression key : partitioning.keys()) {
            if (key.isColumn()) {
                continue;
            }
            Optional<String> function = functionCall(key.sql());
            // CAST is no function call in the grammar; RANGE (a primaryExpression) takes it all the same
            boolean cast = function.filter("cast"::equals).isPresent();
            if (partitioning instanceof Partitioning.ListPartitioning) {
                problems.add(t + ": PARTITION BY LIST takes column names, not the expression " + key.sql()
                        + "; partition by a generated column holding it, or use expression partitioning: "
                        + "PARTITION BY (" + key.sql() + ")");
            } else if (function.isEmpty() || cast && !(partitioning instanceof Partitioning.Range)) {
                problems.add(t + ": the partition expression " + key.sql() + " is neither a column nor a function "
                        + "call, which is all StarRocks partitions by; add a generated column (c TYPE AS "
                        + key.sql() + ") and partition by it, or call a function, e.g. PARTITION BY "
                        + "(date_trunc('day', dt), id)");
            }
        }
        if (partitioning instanceof Partitioning.Range && partitioning.keys().size() > 1
                && partitioning.keys().stream().anyMatch(k -> !k.isColumn())) {
            problems.add(t + ": PARTITION BY RANGE on an expression takes that one expression; partition by "
                    + "columns, or by a single expression");
        }
    }

    /**
     * A partition column: a type the server can compare (no FLOAT, DOUBLE or complex types; no DECIMAL in LIST; in
     * RANGE, a date or whole-number type only),
     * and a key column in AGGREGATE, UNIQUE and PRIMARY KEY tables, whose value columns are merged (PartitionDescAnalyzer).
     */
    private static void columnKey(Table table, Partitioning partitioning, Column c, List<String> problems) {
        String t = TableRules.describe(table);
        boolean range = partitioning instanceof Partitioning.Range;
        if (TypeFacts.isFloatingPoint(c.type()) || c.type().isComplex() || !range && c.type() instanceof DecimalType) {
            problems.add(t + ": Invalid partition column '" + c.name() + "': invalid data type " + c.type().toSql()
                    + "; partition by a column of a whole-number, date or text type");
        } else if (range && PartitionKeyType.of(PartitionExpression.column(c.name()), table).isEmpty()) {
            // RangePartitionInfo.checkRangeColumnType: fixed-point (TINYINT .. LARGEINT) and date types only
            problems.add(t + ": Column[" + c.name() + "] type[" + c.type().toSql() + "] cannot be a range partition "
                    + "key; RANGE partitions by a DATE, DATETIME or whole-number column: partition by "
                    + "LIST, by an expression (PARTITION BY RANGE(str2date(" + c.name() + ", '%Y-%m-%d')) for dates "
                    + "written as text), or by another column");
        }
        if (c.generatedAs() != null) {
            return; // stands for its expression, checked as one (PartitionDescAnalyzer lets generated columns pass)
        }
        TableKey key = table.key();
        if (key != null && key.type() != KeyType.DUPLICATE && !TableRules.contains(key.columns(), c.name())) {
            problems.add(t + ": The partition column could not be aggregated column and unique table's partition "
                    + "column must be key column: '" + c.name() + "' is not in the " + key.type().sql()
                    + "; partition by key columns");
        }
    }

    private static void expressionKey(Table table, Partitioning partitioning, String sql, List<String> problems) {
        String t = TableRules.describe(table);
        Optional<String> function = functionCall(sql);
        if (function.isPresent() && partitioning instanceof Partitioning.Range && !function.get().equals("cast")
                && !RANGE_FUNCTIONS.contains(function.get())) {
            problems.add(t + ": Unsupported partition type for function " + sql + "; PARTITION BY RANGE applies "
                    + "one of " + RANGE_FUNCTIONS + " (or CAST) to its column");
        }
        if (function.isPresent() && function.get().equals("str2date")) {
            str2date(table, sql, problems);
        }
        references(table, sql, problems);
    }

    /**
     * The columns an expression partitions by: at least one, and only key columns where value columns are merged
     * (corpus rejected/0052: a value column of a PRIMARY KEY table; 0073: {@code day('dt')}, a string).
     */
    private static void references(Table table, String sql, List<String> problems) {
        String t = TableRules.describe(table);
        Optional<List<SqlToken>> tokens = ExpressionRules.tokens(sql);
        if (tokens.isEmpty()) {
            return;
        }
        List<Column> referenced = ExpressionRules.references(table, tokens.get());
        TableKey key = table.key();
        boolean mergesValues = key != null && key.type() != KeyType.DUPLICATE;
        if (referenced.isEmpty()) {
            problems.add(t + ": The partition expr should base on key column; " + sql + " names no column of the "
                    + "table; partition by an expression of a column");
        } else if (mergesValues && referenced.stream().anyMatch(c -> !TableRules.contains(key.columns(), c.name()))) {
            problems.add(t + ": The partition expr should base on key column; " + sql + " must use "
                    + key.type().sql() + " columns only");
        }
        unixTimeArgument(table, tokens.get(), problems);
    }

    /**
     * Expression partitioning by a function call other than a single date_trunc or time_slice adds a generated
     * column, which an AGGREGATE or UNIQUE KEY table cannot have (corpus rejected/0051; CreateTableAnalyzer:
     * "expression partition base on generated column doest not support AGG_KEYS or UNIQUE_KEYS").
     */
    private static void generatedPartitionColumns(Table table, Partitioning partitioning, List<String> problems) {
        TableKey key = table.key();
        if (!(partitioning instanceof Partitioning.Expression) || key == null
                || key.type() != KeyType.AGGREGATE && key.type() != KeyType.UNIQUE) {
            return;
        }
        boolean single = partitioning.keys().size() == 1;
        for (PartitionExpression k : partitioning.keys()) {
            Optional<String> function = k.isColumn() ? Optional.empty() : functionCall(k.sql());
            if (function.isPresent() && !(single && AUTOMATIC_RANGE_FUNCTIONS.contains(function.get()))) {
                problems.add(TableRules.describe(table) + ": expression partition base on generated column doest not "
                        + "support " + key.type().sql() + " tables: " + k.sql() + " would become a generated "
                        + "partition column; partition by a single date_trunc or time_slice, or by key columns");
            }
        }
    }

    /** True for automatic RANGE partitioning: a single date_trunc or time_slice, {@code PARTITION BY date_trunc(...)}. */
    static boolean automaticRange(Partitioning.Expression partitioning) {
        List<PartitionExpression> keys = partitioning.keys();
        return keys.size() == 1 && !keys.get(0).isColumn()
                && functionCall(keys.get(0).sql()).filter(AUTOMATIC_RANGE_FUNCTIONS::contains).isPresent();
    }

    /** {@code str2date(col, format)}: a text column and a format that gives a whole date (corpus rejected/0170). */
    private static void str2date(Table table, String sql, List<String> problems) {
        Optional<List<SqlToken>> tokens = ExpressionRules.tokens(sql);
        if (tokens.isEmpty() || tokens.get().size() < 6) {
            return;
        }
        List<SqlToken> tk = tokens.get();
        SqlToken argument = tk.get(2);
        SqlToken format = tk.get(4);
        Optional<Column> column = argument.isIdentifier() && tk.get(3).isSymbol(",")
                ? table.column(argument.value()) : Optional.empty();
        boolean textColumn = column.map(c -> TypeFacts.isText(c.type())).orElse(true);
        boolean wholeDate = format.kind() != SqlToken.Kind.STRING || WHOLE_DATE_FORMAT.matcher(format.value()).find();
        if (!textColumn || !wholeDate) {
            problems.add(TableRules.describe(table) + ": partition function check fail, only supports the result of "
                    + "the function str2date(VARCHAR str, VARCHAR format) as a strict DATE type: " + sql + " needs a "
                    + "VARCHAR column and a format with %Y, %m and %d");
        }
    }

    /**
     * {@code from_unixtime(col)} takes an integer column and {@code from_unixtime_ms(col)} a BIGINT or LARGEINT
     * one (corpus: rejected/0165-0169; INT is refused for the millisecond form).
     */
    private static void unixTimeArgument(Table table, List<SqlToken> tokens, List<String> problems) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            SqlToken function = tokens.get(i);
            String name = function.kind() == SqlToken.Kind.WORD ? function.text().toLowerCase(Locale.ROOT) : "";
            if (!(name.equals("from_unixtime") || name.equals("from_unixtime_ms")) || !tokens.get(i + 1).isSymbol("(")) {
                continue;
            }
            SqlToken argument = tokens.get(i + 2);
            SqlToken after = i + 3 < tokens.size() ? tokens.get(i + 3) : null;
            if (!argument.isIdentifier() || after == null || !(after.isSymbol(")") || after.isSymbol(","))) {
                continue;
            }
            boolean seconds = name.equals("from_unixtime");
            table.column(argument.value()).ifPresent(c -> {
                boolean ok = seconds ? TypeFacts.isInteger(c.type())
                        : TypeFacts.is(c.type(), Primitive.BIGINT) || TypeFacts.is(c.type(), Primitive.LARGEINT);
                if (!ok) {
                    problems.add(TableRules.describe(table) + ": Unsupported partition expression " + name
                            + " for column " + c.name() + " type " + c.type().toSql() + "; " + name + " takes "
                            + (seconds ? "an integer column of epoch seconds" : "a BIGINT column of epoch milliseconds"));
                }
            });
        }
    }

    /** The pre-created partitions: names, bound counts, one way of writing ranges, bounds in order, no duplicates. */
    private static void definitions(Table table, Partitioning partitioning, List<String> problems) {
        String t = TableRules.describe(table);
        int keys = partitioning.keys().size();
        Set<String> names = new HashSet<>();
        for (PartitionDefinition p : partitioning.partitions()) {
            if (p.name() != null && !names.add(p.name().toLowerCase(Locale.ROOT))) {
                problems.add(t + ": partition '" + p.name() + "' is declared twice; give each partition its own name");
            }
            if (p.name() != null && (!PARTITION_NAME.matcher(p.name()).matches()
                    || p.name().toLowerCase(Locale.ROOT).startsWith("placeholder_"))) {
                problems.add(t + ", partition '" + p.name() + "': Incorrect partition name; a partition name starts "
                        + "with a letter (or '_' and a letter or digit), holds only letters, digits and '_', has at "
                        + "most 64 characters and does not start with 'placeholder_'");
            }
            String bad = boundProblem(p, keys);
            if (bad != null) {
                problems.add(t + ", partition '" + p.name() + "': " + bad);
            }
        }
        List<PartitionDefinition> partitions = partitioning.partitions();
        if (PartitionRanges.mixesLessThan(partitions)) {
            problems.add(t + ": You can only use one of these methods to create partitions: VALUES LESS THAN ("
                    + describe(partitions, true) + ") cannot be mixed with fixed ranges [lower, upper) or "
                    + "START/END/EVERY (" + describe(partitions, false) + "); write every partition one way: all "
                    + "VALUES LESS THAN, or all fixed ranges as SHOW CREATE TABLE prints them (ranges a DROP "
                    + "PARTITION left can only be written so)");
        }
        BoundOrder order = BoundOrder.of(table, partitioning);
        if (order != null) {
            order.check(t, partitions, problems);
        }
        if (partitioning instanceof Partitioning.ListPartitioning) {
            listValues(t, partitions, problems);
        }
    }

    /** The partitions written VALUES LESS THAN, or the others, for a message: {@code partition 'p1'}, or a count. */
    private static String describe(List<PartitionDefinition> partitions, boolean lessThan) {
        List<PartitionDefinition> those = partitions.stream()
                .filter(p -> p instanceof PartitionDefinition.LessThan == lessThan).toList();
        PartitionDefinition first = those.get(0);
        String named = first.name() != null ? "partition '" + first.name() + "'"
                : "START (\"" + ((PartitionDefinition.Batch) first).start() + "\") ...";
        return those.size() == 1 ? named : named + " and " + (those.size() - 1) + " more";
    }

    /** Bound values must match the number of partition keys. */
    private static String boundProblem(PartitionDefinition p, int keys) {
        if (p instanceof PartitionDefinition.LessThan lt && lt.values().size() > keys) {
            return "VALUES LESS THAN gives " + lt.values().size() + " values for " + keys + " partition key(s)";
        }
        if (p instanceof PartitionDefinition.Fixed f && f.lower().size() != keys) {
            return "the range bounds give " + f.lower().size() + " values for " + keys + " partition key(s)";
        }
        if (p instanceof PartitionDefinition.In in) {
            for (List<String> tuple : in.values()) {
                if (tuple.size() != keys) {
                    return "VALUES IN entry " + tuple + " has " + tuple.size() + " values for " + keys + " partition key(s)";
                }
            }
        }
        if (p instanceof PartitionDefinition.Batch && keys != 1) {
            return "START/END/EVERY needs exactly one partition key, not " + keys;
        }
        return null;
    }

    /** A value may stand in one LIST partition only ("Duplicated value" / "Duplicate values ... not allow"). */
    private static void listValues(String t, List<PartitionDefinition> partitions, List<String> problems) {
        Set<List<String>> seen = new HashSet<>();
        for (PartitionDefinition p : partitions) {
            if (p instanceof PartitionDefinition.In in) {
                for (List<String> tuple : in.values()) {
                    if (!seen.add(tuple)) {
                        problems.add(t + ", partition '" + p.name() + "': Duplicated value "
                                + (tuple.size() == 1 ? tuple.get(0) : tuple) + "; a value belongs to one partition");
                    }
                }
            }
        }
    }

    /** The name of the function {@code sql} is one call of, lower-case; empty for anything else. */
    static Optional<String> functionCall(String sql) {
        Optional<List<SqlToken>> tokens = ExpressionRules.tokens(sql);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        List<SqlToken> tk = tokens.get();
        int i = 0;
        while (i + 2 < tk.size() && tk.get(i).isIdentifier() && tk.get(i + 1).isSymbol(".")) {
            i += 2; // a qualified name, db.fn(...)
        }
        if (i + 1 >= tk.size() || !tk.get(i).isIdentifier() || !tk.get(i + 1).isSymbol("(")) {
            return Optional.empty();
        }
        int depth = 0;
        for (int j = i + 1; j < tk.size(); j++) {
            if (tk.get(j).isSymbol("(")) {
                depth++;
            } else if (tk.get(j).isSymbol(")") && --depth == 0) {
                boolean last = j + 1 == tk.size() || tk.get(j + 1).kind() == SqlToken.Kind.END;
                return last ? Optional.of(tk.get(i).value().toLowerCase(Locale.ROOT)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The order of RANGE bounds, where the single partition column's type makes them comparable (whole numbers and
     * dates): LESS THAN bounds rise, MAXVALUE comes last, a fixed range ends above its start and ranges do not
     * overlap, START comes before END, and START/END/EVERY fits the column type.
     */
    private record BoundOrder(Column column) {

        static BoundOrder of(Table table, Partitioning partitioning) {
            if (!(partitioning instanceof Partitioning.Range) || partitioning.keys().size() != 1
                    || !partitioning.keys().get(0).isColumn()) {
                return null;
            }
            return table.column(partitioning.keys().get(0).column())
                    .filter(c -> TypeFacts.isInteger(c.type()) || TypeFacts.isDate(c.type()))
                    .map(BoundOrder::new).orElse(null);
        }

        void check(String t, List<PartitionDefinition> partitions, List<String> problems) {
            BigInteger previous = null;
            String previousName = null;
            String maxValue = null;
            List<PartitionDefinition.Fixed> ranges = new ArrayList<>();
            for (PartitionDefinition p : partitions) {
                if (p instanceof PartitionDefinition.LessThan lt) {
                    if (maxValue != null) {
                        problems.add(t + ", partition '" + p.name() + "': it follows the MAXVALUE partition '"
                                + maxValue + "', which already holds every higher value; put MAXVALUE last");
                    }
                    if (lt.maxValue()) {
                        maxValue = p.name();
                        continue;
                    }
                    BigInteger bound = lt.values().size() == 1 ? value(lt.values().get(0)) : null;
                    if (bound != null && previous != null && bound.compareTo(previous) <= 0) {
                        problems.add(t + ", partition '" + p.name() + "': Range is intersected with partition '"
                                + previousName + "': VALUES LESS THAN (\"" + lt.values().get(0) + "\") does not rise "
                                + "above the bound before it; list LESS THAN partitions in increasing order");
                    }
                    if (bound != null) {
                        previous = bound;
                        previousName = p.name();
                    }
                } else if (p instanceof PartitionDefinition.Fixed f && f.lower().size() == 1) {
                    fixedRange(t, f, ranges, problems);
                } else if (p instanceof PartitionDefinition.Batch b) {
                    batch(t, b, problems);
                }
            }
        }

        private void fixedRange(String t, PartitionDefinition.Fixed f, List<PartitionDefinition.Fixed> before,
                                List<String> problems) {
            BigInteger lower = value(f.lower().get(0));
            BigInteger upper = upper(f);
            if (lower == null || upper == null) {
                return;
            }
            if (lower.compareTo(upper) >= 0) {
                problems.add(t + ", partition '" + f.name() + "': The lower values must smaller than upper values; ["
                        + f.lower().get(0) + ", " + f.upper().get(0) + ") holds nothing");
                return;
            }
            for (PartitionDefinition.Fixed other : before) {
                if (lower.compareTo(upper(other)) < 0 && value(other.lower().get(0)).compareTo(upper) < 0) {
                    problems.add(t + ", partition '" + f.name() + "': Range [" + f.lower().get(0) + ", "
                            + f.upper().get(0) + ") is intersected with the range of partition '" + other.name()
                            + "'; make the ranges disjoint");
                    return;
                }
            }
            before.add(f);
        }

        /** A fixed range's upper bound; MAXVALUE is above every value. */
        private BigInteger upper(PartitionDefinition.Fixed f) {
            String text = f.upper().get(0);
            return PartitionDefinition.MAXVALUE.equals(text) ? MAX : value(text);
        }

        private void batch(String t, PartitionDefinition.Batch b, List<String> problems) {
            String where = t + ", START (\"" + b.start() + "\") END (\"" + b.end() + "\") EVERY (" + b.every() + ")";
            Matcher interval = INTERVAL.matcher(b.every().strip());
            boolean dateColumn = TypeFacts.isDate(column.type());
            if (interval.matches()) {
                String unit = interval.group(2).toUpperCase(Locale.ROOT);
                if (!dateColumn) {
                    problems.add(where + ": Unsupported batch partition build type: EVERY (INTERVAL ...) needs a DATE "
                            + "or DATETIME partition column, and '" + column.name() + "' is " + column.type().toSql()
                            + "; give EVERY a whole number");
                } else if (!BATCH_UNITS.contains(unit)) {
                    problems.add(where + ": Batch build partition does not support time interval type: " + unit
                            + "; use HOUR, DAY, WEEK, MONTH or YEAR");
                } else if (unit.equals("HOUR") && !TypeFacts.is(column.type(), Primitive.DATETIME)) {
                    problems.add(where + ": Batch build partition for hour interval only supports partition column "
                            + "as DATETIME type; use DAY or a DATETIME column");
                }
                if (new BigInteger(interval.group(1)).signum() == 0) {
                    problems.add(where + ": Batch partition every clause must be larger than zero; give a positive step");
                }
            } else if (dateColumn) {
                problems.add(where + ": Unsupported batch partition build type: a DATE or DATETIME partition column "
                        + "needs EVERY (INTERVAL <n> <unit>)");
            } else if (new BigInteger(b.every().strip()).signum() == 0) {
                problems.add(where + ": Batch partition every clause must be larger than zero; give a positive step");
            }
            BigInteger start = value(b.start());
            BigInteger end = value(b.end());
            if (start != null && end != null && start.compareTo(end) >= 0) {
                problems.add(where + ": Batch build partition start value should less then end value; START must "
                        + "come before END");
            }
        }

        /** Above every bound value: dates are compared as epoch seconds, which stay far below it. */
        private static final BigInteger MAX = BigInteger.TWO.pow(200);

        /** The bound as a number (a date as its epoch second), or null when it does not read as the column's type. */
        private BigInteger value(String text) {
            String s = text.strip();
            try {
                if (TypeFacts.isInteger(column.type())) {
                    return new BigInteger(s);
                }
                LocalDateTime at = TimeRules.dateTime(s);
                return at == null ? null : BigInteger.valueOf(at.toEpochSecond(ZoneOffset.UTC));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
