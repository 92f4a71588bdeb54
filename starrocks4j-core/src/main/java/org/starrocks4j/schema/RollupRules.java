package org.starrocks4j.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rules on rollups, as the server checks {@code ADD ROLLUP} and CREATE TABLE's {@code ROLLUP} clause
 * ({@code MaterializedViewHandler}): unique names, existing columns, and per key model which columns a rollup may
 * keep (AGGREGATE and UNIQUE KEY rollups lead with key columns; UNIQUE KEY ones keep every key column; DUPLICATE KEY
 * ones state a duplicate key that leads their columns). PRIMARY KEY tables take no rollups.
 */
final class RollupRules {

    private RollupRules() {
    }

    static void check(Table table, List<String> problems) {
        if (table.rollups().isEmpty()) {
            return;
        }
        String t = TableRules.describe(table);
        TableKey key = table.key();
        if (key != null && key.type() == KeyType.PRIMARY) {
            problems.add(t + ": Do not support add rollup on primary key table; use a materialized view instead");
            return;
        }
        Set<String> names = new HashSet<>();
        for (Rollup r : table.rollups()) {
            String what = "rollup '" + r.name() + "'";
            if (!names.add(r.name().toLowerCase(Locale.ROOT))) {
                problems.add(t + ": " + what + " is declared twice; rename one of them");
            }
            if (r.name().equalsIgnoreCase(table.name().name())) {
                problems.add(t + ": " + what + " has the table's own name; choose another name");
            }
            TableRules.requireColumns(table, r.columns(), what, problems);
            TableRules.requireDistinct(table, r.columns(), what, problems);
            if (!r.duplicateKey().isEmpty()) {
                duplicateKey(table, r, t + ": " + what, problems);
            }
            if (key != null && (key.type() == KeyType.AGGREGATE || key.type() == KeyType.UNIQUE)) {
                keyColumnsFirst(key, r, t + ": " + what, problems);
            }
        }
    }

    private static void duplicateKey(Table table, Rollup r, String what, List<String> problems) {
        if (table.key() != null && table.key().type() != KeyType.DUPLICATE) {
            problems.add(what + ": DUPLICATE KEY applies to rollups of DUPLICATE KEY tables only, not of "
                    + table.key().type().sql() + " tables; remove it");
            return;
        }
        List<String> columns = r.columns();
        boolean leads = r.duplicateKey().size() <= columns.size();
        for (int i = 0; leads && i < r.duplicateKey().size(); i++) {
            leads = r.duplicateKey().get(i).equalsIgnoreCase(columns.get(i));
        }
        if (!leads) {
            problems.add(what + ": DUPLICATE KEY (" + String.join(", ", r.duplicateKey()) + ") must be the rollup's "
                    + "leading columns in its order (" + String.join(", ", columns) + "); reorder one of them");
        }
    }

    /** AGGREGATE and UNIQUE KEY rollups: key columns before value columns, at least one, all of them for UNIQUE. */
    private static void keyColumnsFirst(TableKey key, Rollup r, String what, List<String> problems) {
        int keys = 0;
        boolean valueSeen = false;
        for (String column : r.columns()) {
            boolean isKey = TableRules.contains(key.columns(), column);
            if (isKey && valueSeen) {
                problems.add(what + ": Invalid column order. value should be after key; put key column '" + column
                        + "' before the value columns");
                return;
            }
            valueSeen |= !isKey;
            keys += isKey ? 1 : 0;
        }
        if (keys == 0) {
            problems.add(what + ": No key column is found; a rollup of a " + key.type().sql()
                    + " table starts with at least one of its key columns");
        } else if (key.type() == KeyType.UNIQUE && keys != key.columns().size()) {
            problems.add(what + ": Rollup should contains all unique keys in basetable (" + String.join(", ",
                    key.columns()) + "); add the missing key columns");
        }
    }
}
