package org.starrocks4j.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Validation rules for tables (see {@link ModelValidator}): the rules are grouped by what they look at
 * ({@link ColumnRules}, {@link KeyRules}, {@link LayoutRules}, {@link IndexRules}, {@link ExpressionRules},
 * {@link RollupRules}, {@link SyncMaterializedViewRules}); this class runs them in a
 * stable order.
 */
final class TableRules {

    private TableRules() {
    }

    static void check(Table stated, List<String> problems) {
        Table table = withImplicitKey(stated);
        String t = describe(table);
        if (table.columns().isEmpty()) {
            problems.add(t + " has no columns; declare at least one column");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Column c : table.columns()) {
            if (!seen.add(c.name().toLowerCase(Locale.ROOT))) {
                problems.add(t + ": column '" + c.name() + "' is declared twice (Duplicated column); rename one of them");
            }
        }
        ColumnRules.check(table, problems);
        KeyRules.check(table, problems);
        LayoutRules.check(table, problems);
        IndexRules.check(table, problems);
        ExpressionRules.check(table, problems);
        RollupRules.check(table, problems);
        SyncMaterializedViewRules.check(table, problems);
        PropertyRules.check(table, table.properties(), problems);
    }

    /**
     * With no KEY clause, aggregate types (and aggregate states) make the table an AGGREGATE KEY table keyed on the
     * columns without one (corpus: accepted/create_table/0904, 1216; live/pairs/0126); it is checked as such.
     */
    private static Table withImplicitKey(Table table) {
        if (table.key() != null || table.columns().stream().noneMatch(Column::isAggregated)) {
            return table;
        }
        List<String> keyColumns = table.columns().stream().filter(c -> !c.isAggregated()).map(Column::name).toList();
        if (keyColumns.isEmpty()) {
            return table; // nothing to key on: the rules report the aggregate types as misplaced
        }
        return table.toBuilder().key(new TableKey(KeyType.AGGREGATE, keyColumns)).buildUnchecked();
    }

    static String describe(Table table) {
        return "table " + table.name();
    }

    /** Reports every name in {@code names} the table does not have, saying which clause named it. */
    static void requireColumns(Table table, List<String> names, String clause, List<String> problems) {
        for (String name : names) {
            if (table.column(name).isEmpty()) {
                problems.add(describe(table) + ": " + clause + " names column '" + name
                        + "', which the table does not have; add the column or fix the " + clause);
            }
        }
    }

    /** Reports a name listed twice in one clause. */
    static void requireDistinct(Table table, List<String> names, String clause, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(describe(table) + ": " + clause + " lists column '" + name + "' twice; list each column once");
            }
        }
    }

    static boolean contains(List<String> names, String name) {
        for (String n : names) { // a loop, not a stream: asked for every column of every table
            if (n.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
