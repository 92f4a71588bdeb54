package org.starrocks4j.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Rules on synchronous materialized views, as the server checks {@code CREATE MATERIALIZED VIEW} of one
 * ({@code MaterializedViewAnalyzer}, {@code MaterializedViewHandler}): one piece of SQL that reads its table and only
 * that table ("The materialized view only support one table in from clause"), and a name no other index of the table
 * has ("Materialized view[mv] already exists"), nor the table itself.
 */
final class SyncMaterializedViewRules {

    private SyncMaterializedViewRules() {
    }

    static void check(Table table, List<String> problems) {
        if (table.syncMaterializedViews().isEmpty()) {
            return;
        }
        String t = TableRules.describe(table);
        Set<String> names = new HashSet<>();
        table.rollups().forEach(r -> names.add(r.name().toLowerCase(Locale.ROOT)));
        for (SyncMaterializedView v : table.syncMaterializedViews()) {
            String what = "synchronous materialized view '" + v.name() + "'";
            if (!names.add(v.name().toLowerCase(Locale.ROOT))) {
                problems.add(t + ": " + what + " has the name of another of the table's rollups or synchronous "
                        + "materialized views; rename one of them");
            }
            if (v.name().equalsIgnoreCase(table.name().name())) {
                problems.add(t + ": " + what + " has the table's own name; choose another name");
            }
            alone(v, table.name(), problems);
        }
    }

    static void alone(SyncMaterializedView view, ObjectName table, List<String> problems) {
        String what = "synchronous materialized view '" + view.name() + "' of table " + table;
        int before = problems.size();
        ModelValidator.definition(what, view.definition(), problems);
        if (problems.size() > before) {
            return;
        }
        Optional<ObjectName> read = QuerySource.singleTable(view.definition());
        if (read.isEmpty()) {
            problems.add(what + ": the query must read one table, after FROM (The materialized view only support one "
                    + "table in from clause); for joins, subqueries or several tables use an asynchronous "
                    + "materialized view (MaterializedView, with REFRESH)");
        } else if (!read.get().name().equals(table.name()) || read.get().database() != null
                && table.database() != null && !read.get().database().equals(table.database())) {
            problems.add(what + ": the query reads " + read.get() + ", not the table it belongs to; read " + table
                    + " or declare the view on " + read.get());
        }
    }
}
