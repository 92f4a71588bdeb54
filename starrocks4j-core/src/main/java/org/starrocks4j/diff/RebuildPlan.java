package org.starrocks4j.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Table;

/**
 * Rebuilds a table whose change StarRocks cannot ALTER: create the wanted table under a temporary name, copy the
 * rows of the columns both versions have ({@code INSERT INTO ... SELECT}), swap the names atomically
 * ({@code ALTER TABLE ... SWAP WITH}), and drop the old table now under the temporary name. The downgrade is
 * the same plan in the other direction.
 */
final class RebuildPlan {

    /** Suffix of the temporary table name. */
    static final String SUFFIX = "__starrocks4j_rebuild";

    private RebuildPlan() {
    }

    static Change of(Table from, Table to, List<NonAlterableChange> reasons) {
        ObjectName name = from.name();
        String label = "table " + name.toSql();
        Change.Builder b = Change.builder("rebuild " + label + " (" + reasons.stream()
                .map(NonAlterableChange::attribute).distinct().collect(Collectors.joining(", ")) + ")", name);
        steps(name, to, from).forEach(b::up);
        steps(name, from, to).forEach(b::down);
        b.flag(ChangeFlag.REBUILD).flag(ChangeFlag.DESTRUCTIVE);
        for (NonAlterableChange r : reasons) {
            b.warn("StarRocks cannot ALTER " + r.describe() + "; the table is rebuilt");
        }
        b.warn(label + ": the rebuild copies every row into a new table and swaps the names; stop loads and writes "
                + "to the table until it finishes, and make sure there is room for two copies");
        b.warn(inactiveAfterSwap(label));
        List<String> lost = from.columns().stream().map(Column::name)
                .filter(c -> to.column(c).isEmpty()).toList();
        if (!lost.isEmpty()) {
            b.warn(label + ": the values of column(s) " + String.join(", ", lost) + " are not copied and are lost");
        }
        for (Column c : to.columns()) {
            if (from.column(c.name()).isEmpty() && Boolean.FALSE.equals(c.nullable()) && c.defaultValue() == null
                    && !c.autoIncrement()) {
                b.warn(label + ": new column `" + c.name() + "` is NOT NULL without a DEFAULT; copying the existing "
                        + "rows fails unless it gets a default");
            }
        }
        return b.build();
    }

    /** A warning for a plan that swaps the table: asynchronous MVs reading it may turn inactive. */
    static String inactiveAfterSwap(String label) {
        return label + ": materialized views reading the table may become inactive after the swap; check them with "
                + "SHOW MATERIALIZED VIEWS and re-activate or refresh them";
    }

    /**
     * Create {@code wanted} under the temporary name, copy the common columns' rows (ordinary columns only; no copy
     * when there are none), swap, drop the old table (with its synchronous materialized views), then create
     * {@code wanted}'s synchronous materialized views, whose names the old ones held until then.
     */
    static List<TableOperation> steps(ObjectName name, Table wanted, Table current) {
        ObjectName temporary = temporaryName(name);
        List<String> copied = new ArrayList<>();
        for (Column c : wanted.columns()) {
            if (c.generatedAs() == null) { // the new table computes its generated columns from the copied ones
                current.column(c.name()).ifPresent(existing -> copied.add(c.name()));
            }
        }
        Table created = wanted.toBuilder().name(temporary).syncMaterializedViews(List.of()).buildUnchecked();
        List<TableOperation> steps = new ArrayList<>();
        steps.add(new TableOperation.CreateTable(created, false));
        if (!copied.isEmpty()) {
            // with no column in common there is nothing to copy (INSERT ... SELECT * would pour the old columns
            // into the new ones by position)
            steps.add(new TableOperation.CopyRows(temporary, name, copied));
        }
        steps.add(new TableOperation.SwapWith(name, temporary.name()));
        steps.add(new TableOperation.DropTable(temporary, false, false));
        wanted.syncMaterializedViews().forEach(v -> steps.add(new TableOperation.CreateSyncMaterializedView(name, v)));
        return steps;
    }

    static ObjectName temporaryName(ObjectName name) {
        return new ObjectName(name.catalog(), name.database(), name.name() + SUFFIX);
    }
}
