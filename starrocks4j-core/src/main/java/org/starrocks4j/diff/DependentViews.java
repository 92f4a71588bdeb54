package org.starrocks4j.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.starrocks4j.lexical.SqlNormalizer;
import org.starrocks4j.operation.MaterializedViewOperation;
import org.starrocks4j.schema.Column;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;

/**
 * Views and materialized views that read the columns a table change touches, and what the diff does about them.
 * What StarRocks does (FE {@code AlterMVJobExecutor.inactiveRelatedMaterializedViews}): when a schema-change job
 * that drops or restates columns finishes, every asynchronous MV whose query reads one of them turns inactive
 * ("base table schema changed for columns: ..."), until {@code ALTER MATERIALIZED VIEW mv ACTIVE}; a view is not
 * checked, but {@code CREATE VIEW} and {@code ALTER VIEW} refuse a query that reads a column the table does not have.
 *
 * <p>So: an MV that reads a restated column is re-activated right after the column ALTER, in the upgrade and in the
 * downgrade. A view or MV whose query changes while the table drops (or renames) a column its old query read is
 * dropped before the table changes and created after them ({@link #mustMove}), so that the downgrade can create the
 * old query again after the column is back. An object that keeps reading a column the table loses is a model the
 * server cannot hold: it is reported.
 */
final class DependentViews {

    /** Objects as they are while the table changes run (upgrade): kept from before, in their wanted form. */
    private final List<SchemaObject> during;
    /** Objects as they are while the table changes are undone (downgrade): in their form before. */
    private final List<SchemaObject> undoing;
    private final Set<SchemaObject> moved;
    /** Each wanted MV of {@code during} with its current form, to tell later whether it is recreated. */
    private final Map<SchemaObject, SchemaObject> currentOf;
    /** The names each object's query mentions, worked out once per object: asked for every table change. */
    private final Map<SchemaObject, Set<String>> references = new IdentityHashMap<>();

    private DependentViews(List<SchemaObject> during, List<SchemaObject> undoing, Set<SchemaObject> moved,
                           Map<SchemaObject, SchemaObject> currentOf) {
        this.during = during;
        this.undoing = undoing;
        this.moved = moved;
        this.currentOf = currentOf;
    }

    /** No views or materialized views. */
    static DependentViews none() {
        return new DependentViews(List.of(), List.of(), Set.of(), Map.of());
    }

    /**
     * @param tables  matched tables: wanted table and current table (pairs, not a map: hashing whole tables would
     *                 cost more than the rest)
     * @param queries matched views and MVs: wanted object and current object
     * @param warnings receives a warning for each object that keeps reading a column its table loses
     */
    static DependentViews of(List<Map.Entry<Table, Table>> tables, List<Map.Entry<SchemaObject, SchemaObject>> queries,
                             List<String> warnings) {
        Set<SchemaObject> moved = Collections.newSetFromMap(new IdentityHashMap<>());
        List<SchemaObject> during = new ArrayList<>();
        List<SchemaObject> undoing = new ArrayList<>();
        Map<SchemaObject, SchemaObject> currentOf = new IdentityHashMap<>();
        // the columns each table loses, once: a query is then checked against the few tables that lose any, not
        // against every table of the schema (views times tables would be quadratic in a large schema)
        List<Map.Entry<Table, List<String>>> losing = new ArrayList<>();
        for (Map.Entry<Table, Table> pair : tables) {
            Table wanted = pair.getKey();
            List<String> lost = pair.getValue().columns().stream().map(Column::name)
                    .filter(c -> wanted.column(c).isEmpty()).toList();
            if (!lost.isEmpty()) {
                losing.add(Map.entry(pair.getValue(), lost));
            }
        }
        for (Map.Entry<SchemaObject, SchemaObject> pair : queries) {
            SchemaObject wanted = pair.getKey();
            SchemaObject current = pair.getValue();
            List<String> lost = losing.isEmpty() ? List.of() : lostColumnsRead(current, losing);
            if (!lost.isEmpty() && !SqlNormalizer.equivalent(definition(current), definition(wanted))) {
                moved.add(wanted);
                moved.add(current);
                continue;
            }
            if (!lost.isEmpty()) {
                warnings.add(wanted.kind() + " " + wanted.name().toSql() + " reads " + String.join(", ", lost)
                        + ", which the model drops or renames; StarRocks "
                        + (wanted instanceof MaterializedView ? "turns it inactive and cannot re-activate it"
                        : "fails every query on it") + ". Change its query in the model, or drop it");
            }
            undoing.add(current);
            during.add(wanted);
            if (wanted instanceof MaterializedView) {
                currentOf.put(wanted, current);
            }
        }
        return new DependentViews(during, undoing, moved, currentOf);
    }

    /**
     * True unless {@code wanted} is an MV recreated in place (created again after the table changes, so the one they
     * affect is the old one): asked only of the few objects a table change touches, as the comparison is costly.
     */
    private boolean keptWhileTablesChange(SchemaObject wanted) {
        return !(wanted instanceof MaterializedView mv) || MaterializedViewDiff.immutableDifferences(
                (MaterializedView) currentOf.get(wanted), mv).isEmpty();
    }

    /**
     * True for a view or MV (either side of a matched pair) that is dropped before the table changes and created
     * after them, instead of being altered or recreated in place.
     */
    boolean mustMove(SchemaObject o) {
        return moved.contains(o);
    }

    /**
     * Adds to {@code change}, after its column ALTER, {@code ALTER MATERIALIZED VIEW ... ACTIVE} for the
     * materialized views that read one of the columns of {@code table} it restates: in the upgrade for those existing
     * while it runs ({@code restated}), in the downgrade for those existing while it is undone ({@code restatedBack}).
     */
    void reactivate(Change.Builder change, ObjectName table, List<String> restated, List<String> restatedBack) {
        for (SchemaObject o : restated.isEmpty() ? List.<SchemaObject>of() : during) {
            if (o instanceof MaterializedView && reads(references(o), table, restated) && keptWhileTablesChange(o)) {
                change.up(new MaterializedViewOperation.SetActive(o.name(), true));
                change.warn("materialized view " + o.name().toSql() + " reads a column this changes; StarRocks turns "
                        + "it inactive when the schema change finishes, so it is re-activated (ALTER MATERIALIZED "
                        + "VIEW ... ACTIVE) and refreshes again");
            }
        }
        for (SchemaObject o : restatedBack.isEmpty() ? List.<SchemaObject>of() : undoing) {
            if (o instanceof MaterializedView && reads(references(o), table, restatedBack)) {
                change.down(new MaterializedViewOperation.SetActive(o.name(), true));
            }
        }
    }

    /**
     * The columns, as {@code `t`.`c`}, that {@code o} reads and its table loses (dropped, or renamed), given the
     * columns each table that loses any loses.
     */
    private static List<String> lostColumnsRead(SchemaObject o, List<Map.Entry<Table, List<String>>> losing) {
        Set<String> names = Dependencies.references(o);
        List<String> out = new ArrayList<>();
        for (Map.Entry<Table, List<String>> table : losing) {
            for (String c : table.getValue()) {
                if (reads(names, table.getKey().name(), List.of(c))) {
                    out.add(table.getKey().name().toSql() + ".`" + c + "`");
                }
            }
        }
        return out;
    }

    private Set<String> references(SchemaObject o) {
        return references.computeIfAbsent(o, Dependencies::references);
    }

    /**
     * True when a query mentioning {@code names} names {@code table} and one of {@code columns}: a superset of what it
     * reads (a column of another table with the same name counts too), which errs on the side of re-activating.
     */
    private static boolean reads(Set<String> names, ObjectName table, List<String> columns) {
        return names.contains(table.name().toLowerCase(Locale.ROOT))
                && columns.stream().anyMatch(c -> names.contains(c.toLowerCase(Locale.ROOT)));
    }

    private static String definition(SchemaObject o) {
        return o instanceof View v ? v.definition() : ((MaterializedView) o).definition();
    }
}
