package org.starrocks4j.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.starrocks4j.lexical.SqlNormalizer;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.rules.SyncViewColumnRules;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.SyncMaterializedView;
import org.starrocks4j.schema.Table;

/**
 * Compares a table's synchronous materialized views, matched by name, when the target declares some: one that is
 * gone is dropped ({@code DROP MATERIALIZED VIEW}), a new one created ({@code CREATE MATERIALIZED VIEW}, a ROLLUP job
 * on the table), and one whose query or PROPERTIES changed dropped and created again, as the server alters neither;
 * so is one reading a column the table change drops, modifies or renames ({@link SyncViewColumnRules}). A target that
 * declares none leaves the table's alone, as for rollups (SHOW CREATE TABLE does not print them and most models do
 * not manage them), but for those standing in the way of such a column change.
 */
final class SyncMaterializedViewDiff {

    private SyncMaterializedViewDiff() {
    }

    /**
     * Drops into {@code drops} (to run before everything else of the table, renames included: StarRocks refuses to
     * drop, modify or rename a column an aggregating view reads, and a view that only selects columns would go on
     * naming a dropped or renamed one) and creations into {@code adds} (after the column changes: a new view may read
     * a new column).
     *
     * <p>A view reading a column the change drops or renames ({@code gone}) or restates ({@code restated}, MODIFY
     * COLUMN) is dropped before the change and, when the model still declares it, created again after it, even with
     * the same query: the downgrade then drops it before the column comes back and creates the old one after. A view
     * the model does not declare is left alone unless it reads such a column: then it is dropped too (with a
     * warning), and created again after a MODIFY that leaves its query valid.
     */
    static void compare(Table from, Table to, Set<String> gone, Set<String> restated, List<Change> drops,
                        List<Change> adds, List<String> warnings) {
        String label = "table " + from.name().toSql();
        Set<String> touched = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        touched.addAll(gone);
        touched.addAll(restated);
        List<SyncMaterializedView> readers = SyncViewColumnRules.readers(from, touched);
        if (to.syncMaterializedViews().isEmpty()) {
            compareUndeclared(from, gone, readers, drops, adds, warnings);
            return;
        }
        MemberChanges<SyncMaterializedView> changed = MemberChanges.of(from.syncMaterializedViews(),
                to.syncMaterializedViews(), SyncMaterializedView::name, SyncMaterializedViewDiff::same);
        List<SyncMaterializedView> dropped = new ArrayList<>(changed.dropped());
        List<SyncMaterializedView> added = new ArrayList<>(changed.added());
        for (SyncMaterializedView v : readers) {
            if (!dropped.contains(v)) {
                dropped.add(v); // declared unchanged: created again after the column change
                to.syncMaterializedViews().stream().filter(w -> w.name().equalsIgnoreCase(v.name()))
                        .findFirst().ifPresent(added::add);
            }
        }
        for (SyncMaterializedView v : dropped) {
            drops.add(drop(from.name(), label, v).build());
        }
        for (SyncMaterializedView v : added) {
            adds.add(create(from.name(), label, v).build());
        }
    }

    /** The views of a table the model declares none of: only those reading a changed column are touched. */
    private static void compareUndeclared(Table from, Set<String> gone, List<SyncMaterializedView> readers,
                                          List<Change> drops, List<Change> adds, List<String> warnings) {
        String label = "table " + from.name().toSql();
        List<String> untouched = from.syncMaterializedViews().stream().filter(v -> !readers.contains(v))
                .map(SyncMaterializedView::name).toList();
        if (!untouched.isEmpty()) {
            warnings.add(label + " has synchronous materialized views the model does not declare (" + String.join(
                    ", ", untouched) + "); they are left alone, declare them in the model to manage them");
        }
        for (SyncMaterializedView v : readers) {
            boolean keeps = !SyncViewColumnRules.readers(from, gone).contains(v);
            String why = label + ": synchronous materialized view `" + v.name() + "`, which the model does not "
                    + "declare, reads a column this " + (keeps ? "modifies" : "drops or renames") + " (StarRocks "
                    + "refuses that while an aggregating view reads it); it is dropped first"
                    + (keeps ? " and created again after" : ", and the downgrade creates it again")
                    + ". Declare it in the model to manage it";
            drops.add(drop(from.name(), label, v).flag(ChangeFlag.DESTRUCTIVE).warn(why).build());
            if (keeps) {
                adds.add(create(from.name(), label, v).build());
            }
        }
    }

    private static Change.Builder drop(ObjectName table, String label, SyncMaterializedView v) {
        return Change.builder("drop synchronous materialized view `" + v.name() + "` of " + label, table)
                .up(new TableOperation.DropSyncMaterializedView(table, v.name()))
                .down(new TableOperation.CreateSyncMaterializedView(table, v));
    }

    private static Change.Builder create(ObjectName table, String label, SyncMaterializedView v) {
        return Change.builder("create synchronous materialized view `" + v.name() + "` on " + label, table)
                .up(new TableOperation.CreateSyncMaterializedView(table, v))
                .down(new TableOperation.DropSyncMaterializedView(table, v.name()))
                .flag(ChangeFlag.ASYNC_JOB)
                .warn(label + ": a synchronous materialized view is built by an asynchronous ROLLUP job that "
                        + "computes it from every row of the table");
    }

    /** The same query (spelled the same once normalized) and the same PROPERTIES (keys in any case). */
    static boolean same(SyncMaterializedView a, SyncMaterializedView b) {
        return SqlNormalizer.equivalent(a.definition(), b.definition())
                && properties(a.properties()).equals(properties(b.properties()));
    }

    private static Map<String, String> properties(Map<String, String> properties) {
        Map<String, String> out = new TreeMap<>();
        properties.forEach((k, v) -> out.put(k.strip().toLowerCase(Locale.ROOT), v));
        return out;
    }
}
