package org.starrocks4j.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Validation rules for tables (see {@link ModelValidator}). */
final class TableRules {

    private TableRules() {
    }

    static void check(Table table, List<String> problems) {
        String t = "table " + table.name();
        if (table.columns().isEmpty()) {
            problems.add(t + " has no columns; declare at least one column");
        }
        Set<String> seen = new HashSet<>();
        for (Column c : table.columns()) {
            if (!seen.add(c.name().toLowerCase(Locale.ROOT))) {
                problems.add(t + ": column '" + c.name() + "' is declared twice (Duplicated column); rename one of them");
            }
        }
        if (table.key() != null) {
            for (String k : table.key().columns()) {
                if (table.column(k).isEmpty()) {
                    problems.add(t + ": " + table.key().type().sql() + " names column '" + k
                            + "', which the table does not have; add the column or fix the key");
                }
            }
        }
    }
}
