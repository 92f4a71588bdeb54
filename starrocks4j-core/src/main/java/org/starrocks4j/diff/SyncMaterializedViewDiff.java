package org.starrocks4j.diff;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.SyncMaterializedView;
import org.starrocks4j.schema.Table;
import org.starrocks4j.lexical.SqlNormalizer;

/**
 * Compares a table's synchronous materialized views, matched by name, when the target declares some: one that is
 * gone is dropped ({@code DROP MATERIALIZED VIEW}), a new one created ({@code CREATE MATERIALIZED VIEW}, a ROLLUP job
 * on the table), and one whose query or PROPERTIES changed dropped and created again, as the server alters neither.
 * A target that declares none leaves the table's alone, as for rollups: SHOW CREATE TABLE does not print them and
 * most models do not manage them.
 */
final class SyncMaterializedViewDiff {

    private SyncMaterializedViewDiff() {
    }

    /**
     * Drops into {@code drops} (before the column changes: a dropped column may be one a view reads) and creations
     * into {@code adds} (after them: a new view may read a new column).
     */
    static void compare(Table from, Table to, List<Change> drops, List<Change> adds, List<String> warnings) {
        String label = "table " + from.name().toSql();
        if (to.syncMaterializedViews().isEmpty()) {
            if (!from.syncMaterializedViews().isEmpty()) {
                warnings.add(label + " has synchronous materialized views the model does not declare (" + String.join(
                        ", ", from.syncMaterializedViews().stream().map(SyncMaterializedView::name).toList())
                        + "); they are left alone, declare them in the model to manage them");
            }
            return;
        }
        ObjectName table = from.name();
        MemberChanges<SyncMaterializedView> changed = MemberChanges.of(from.syncMaterializedViews(),
                to.syncMaterializedViews(), SyncMaterializedView::name, SyncMaterializedViewDiff::same);
        for (SyncMaterializedView v : changed.dropped()) {
            drops.add(Change.builder("drop synchronous materialized view `" + v.name() + "` of " + label, table)
                    .up(new TableOperation.DropSyncMaterializedView(table, v.name()))
                    .down(new TableOperation.CreateSyncMaterializedView(table, v))
                    .build());
        }
        for (SyncMaterializedView v : changed.added()) {
            adds.add(Change.builder("create synchronous materialized view `" + v.name() + "` on " + label, table)
                    .up(new TableOperation.CreateSyncMaterializedView(table, v))
                    .down(new TableOperation.DropSyncMaterializedView(table, v.name()))
                    .flag(ChangeFlag.ASYNC_JOB)
                    .warn(label + ": a synchronous materialized view is built by an asynchronous ROLLUP job that "
                            + "computes it from every row of the table")
                    .build());
        }
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
