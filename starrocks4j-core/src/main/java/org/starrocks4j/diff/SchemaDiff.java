package org.starrocks4j.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.starrocks4j.operation.MaterializedViewOperation;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.operation.ViewOperation;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;

/**
 * The diff engine: the ordered changes that turn schema {@code from} (e.g. the live database, or the migration
 * history) into schema {@code to} (e.g. the Java models), each with its inverse for downgrades.
 *
 * <p>Order: views and materialized views that go away are dropped first (dependants before what they read),
 * then tables are created, altered or rebuilt, then tables that go away are dropped (before the creates when a
 * new table takes over one of their rollup or synchronous materialized view names, as are the ALTERs and rebuilds
 * of tables that give up such a name), and finally views and materialized views are created, altered or
 * recreated after the objects they read. Undoing the changes in reverse order respects the same dependencies.
 *
 * <p>Objects are matched by name (database-qualified when both sides qualify it). Differences StarRocks cannot
 * ALTER fail with {@link NonAlterableChangeException} listing all of them, unless
 * {@link DiffOptions#allowRebuild()} asks for rebuild plans. A change whose downgrade StarRocks cannot run (a
 * widened column it refuses to narrow back, ...) is {@link Change#irreversible()} and says why; with
 * {@link DiffOptions#downgradeRebuildAllowed()} such a change gets a downgrade that rebuilds the table as it was
 * before it.
 */
public final class SchemaDiff {

    private final DiffOptions options;
    private final List<Change> changes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<NonAlterableChange> problems = new ArrayList<>();
    /** Tables rebuilt: the new table holds only the members the model declares. */
    private final Set<Table> rebuilt = Collections.newSetFromMap(new IdentityHashMap<>());

    private SchemaDiff(DiffOptions options) {
        this.options = options;
    }

    /** The changes from {@code from} to {@code to} with {@link DiffOptions#defaults()}. */
    public static DiffResult between(Schema from, Schema to) {
        return between(from, to, DiffOptions.defaults());
    }

    /**
     * The changes from {@code from} to {@code to}.
     *
     * @throws NonAlterableChangeException when some difference cannot be made by ALTER and rebuilds are not allowed
     */
    public static DiffResult between(Schema from, Schema to, DiffOptions options) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        SchemaDiff diff = new SchemaDiff(Objects.requireNonNull(options, "options"));
        diff.run(from, to);
        if (!diff.problems.isEmpty()) {
            throw new NonAlterableChangeException(diff.problems);
        }
        return new DiffResult(diff.changes, diff.warnings);
    }

    private void run(Schema from, Schema to) {
        Map<SchemaObject, SchemaObject> matchOfTarget = match(from.objects(), to.objects());
        Map<SchemaObject, SchemaObject> matchOfSource = new IdentityHashMap<>();
        matchOfTarget.forEach((target, source) -> matchOfSource.put(source, target));
        DependentViews dependents = dependents(to, matchOfTarget);

        // 1. views and MVs that go away (or become another kind of object, or must make way for a column change):
        //    dependants first
        List<SchemaObject> oldQueries = from.objects().stream().filter(o -> !(o instanceof Table)).toList();
        List<SchemaObject> dropOrder = new ArrayList<>(Dependencies.dependencyOrder(oldQueries));
        Collections.reverse(dropOrder);
        for (SchemaObject o : dropOrder) {
            if (!matchOfSource.containsKey(o) || dependents.mustMove(o)) {
                changes.add(drop(o));
            }
        }
        // 2. tables that go away first where a table of the target takes over one of their rollup or synchronous
        //    materialized view names: the server keeps those names unique in a database ("Materialized view[mv]
        //    already exists"); every other drop waits until the new tables exist
        Set<String> gained = gainedIndexNames(to, matchOfTarget);
        List<Table> goingAway = from.tables().stream().filter(t -> !matchOfSource.containsKey(t)).toList();
        List<Table> dropLast = new ArrayList<>();
        for (Table t : goingAway) {
            if (indexNames(t).stream().anyMatch(gained::contains)) {
                changes.add(drop(t));
            } else {
                dropLast.add(t);
            }
        }
        // 3. tables: create, alter, rebuild; first those that give up a name another table takes over (same reason)
        for (Table t : givingUpNamesFirst(to, matchOfTarget, gained)) {
            SchemaObject had = matchOfTarget.get(t);
            if (had == null) {
                changes.add(create(t));
            } else {
                alterTable((Table) had, t, dependents);
            }
        }
        refuseNamesStillHeld(to, matchOfTarget, gained);
        // 4. the other tables that go away
        dropLast.forEach(t -> changes.add(drop(t)));
        // 5. views and MVs: after what they read
        List<SchemaObject> newQueries = to.objects().stream().filter(o -> !(o instanceof Table)).toList();
        for (SchemaObject o : Dependencies.dependencyOrder(newQueries)) {
            SchemaObject had = matchOfTarget.get(o);
            if (had == null || dependents.mustMove(o)) {
                changes.add(create(o));
            } else if (o instanceof View v) {
                Change c = ViewDiff.compare((View) had, v);
                if (c != null) {
                    changes.add(c);
                }
            } else {
                MaterializedViewDiff.Result r = MaterializedViewDiff.compare((MaterializedView) had,
                        (MaterializedView) o, options);
                changes.addAll(r.changes());
                warnings.addAll(r.warnings());
            }
        }
    }

    /** The rollup and synchronous materialized view names, lower case, that target tables hold and had not. */
    private static Set<String> gainedIndexNames(Schema to, Map<SchemaObject, SchemaObject> matchOfTarget) {
        Set<String> gained = new HashSet<>();
        for (Table t : to.tables()) {
            Set<String> names = indexNames(t);
            if (matchOfTarget.get(t) instanceof Table had) {
                names.removeAll(indexNames(had));
            }
            gained.addAll(names);
        }
        return gained;
    }

    /**
     * A rollup or synchronous materialized view name a target table takes over while a table that stays still holds
     * it as a member its model leaves alone (a model that declares no rollups, or no synchronous materialized views,
     * does not manage them): the server would refuse the new one ("Materialized view[mv] already exists"), and the
     * diff drops nothing the model does not manage (unless it rebuilds that table), so no plan runs.
     */
    private void refuseNamesStillHeld(Schema to, Map<SchemaObject, SchemaObject> matchOfTarget, Set<String> gained) {
        if (gained.isEmpty()) {
            return; // the usual case: no table takes a new rollup or view name
        }
        Map<String, Table> held = new HashMap<>();
        for (Table t : to.tables()) {
            if (matchOfTarget.get(t) instanceof Table had && !rebuilt.contains(had)) {
                if (t.syncMaterializedViews().isEmpty()) {
                    had.syncMaterializedViews().forEach(v -> held.put(v.name().toLowerCase(Locale.ROOT), had));
                }
                if (t.rollups().isEmpty()) {
                    had.rollups().forEach(r -> held.put(r.name().toLowerCase(Locale.ROOT), had));
                }
            }
        }
        held.keySet().retainAll(gained);
        for (Table t : to.tables()) {
            SchemaObject had = matchOfTarget.get(t);
            for (String name : indexNames(t)) {
                Table holder = held.get(name);
                if (holder != null && holder != had && compatibleDatabases(holder, t)) {
                    problems.add(new NonAlterableChange(t.name(), "rollup or synchronous materialized view `" + name
                            + "`", null, name, "table " + holder.name().toSql() + " already has one of that name, which "
                            + "its model leaves alone (it declares none), and StarRocks keeps these names unique in a "
                            + "database (\"Materialized view[" + name + "] already exists\"); drop it from "
                            + holder.name().toSql() + " first (DROP MATERIALIZED VIEW, or ALTER TABLE ... DROP ROLLUP), "
                            + "or choose another name"));
                }
            }
        }
    }

    /**
     * The target's tables, those that keep their name but give up a rollup or synchronous materialized view name
     * in {@code gained} first: their ALTER or rebuild drops it before another table creates it, and undone in
     * reverse, the other table's is dropped before this one gets it back.
     */
    private static List<Table> givingUpNamesFirst(Schema to, Map<SchemaObject, SchemaObject> matchOfTarget,
                                                  Set<String> gained) {
        if (gained.isEmpty()) {
            return to.tables();
        }
        List<Table> first = new ArrayList<>();
        List<Table> rest = new ArrayList<>();
        for (Table t : to.tables()) {
            Set<String> given = matchOfTarget.get(t) instanceof Table had ? indexNames(had) : new HashSet<>();
            given.removeAll(indexNames(t));
            (given.stream().anyMatch(gained::contains) ? first : rest).add(t);
        }
        first.addAll(rest);
        return first;
    }

    private static Set<String> indexNames(Table t) {
        Set<String> names = new HashSet<>();
        t.rollups().forEach(r -> names.add(r.name().toLowerCase(Locale.ROOT)));
        t.syncMaterializedViews().forEach(v -> names.add(v.name().toLowerCase(Locale.ROOT)));
        return names;
    }

    /** The views and MVs that read the matched tables' columns, on each side. */
    private DependentViews dependents(Schema to, Map<SchemaObject, SchemaObject> matchOfTarget) {
        List<Map.Entry<Table, Table>> tables = new ArrayList<>();
        List<Map.Entry<SchemaObject, SchemaObject>> queries = new ArrayList<>();
        for (SchemaObject target : to.objects()) {
            SchemaObject source = matchOfTarget.get(target);
            if (source instanceof Table t) {
                tables.add(Map.entry((Table) target, t));
            } else if (source != null) {
                queries.add(Map.entry(target, source));
            }
        }
        return DependentViews.of(tables, queries, warnings);
    }

    private void alterTable(Table from, Table to, DependentViews dependents) {
        TableDiff.Result r = TableDiff.compare(from, to, options, dependents);
        warnings.addAll(r.warnings());
        if (r.problems().isEmpty()) {
            changes.addAll(r.changes());
        } else if (options.rebuildAllowed()) {
            changes.add(RebuildPlan.of(from, to, r.problems()));
            rebuilt.add(from);
        } else {
            problems.addAll(r.problems());
        }
    }

    /**
     * Pairs each target object with the source object of the same name and kind: exact names first, then
     * unqualified names (one side may name the database, the other not).
     */
    private static Map<SchemaObject, SchemaObject> match(List<SchemaObject> from, List<SchemaObject> to) {
        Map<SchemaObject, SchemaObject> out = new IdentityHashMap<>();
        // names are unique within a schema: one lookup per target object, whatever the size of the schemas
        Map<ObjectName, SchemaObject> byName = new HashMap<>();
        from.forEach(f -> byName.put(f.name(), f));
        Set<SchemaObject> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        for (SchemaObject t : to) {
            SchemaObject f = byName.get(t.name());
            if (f != null && f.getClass() == t.getClass() && matched.add(f)) {
                out.put(t, f);
            }
        }
        List<SchemaObject> unmatched = from.stream().filter(f -> !matched.contains(f)).toList();
        Map<String, List<SchemaObject>> byShortName = new LinkedHashMap<>();
        unmatched.forEach(f -> byShortName.computeIfAbsent(f.name().name(), k -> new ArrayList<>()).add(f));
        for (SchemaObject t : to) {
            if (out.containsKey(t)) {
                continue;
            }
            List<SchemaObject> candidates = byShortName.getOrDefault(t.name().name(), List.of());
            if (candidates.size() == 1 && candidates.get(0).getClass() == t.getClass()
                    && compatibleDatabases(candidates.get(0), t)) {
                out.put(t, candidates.get(0));
                byShortName.remove(t.name().name());
            }
        }
        return out;
    }

    private static boolean compatibleDatabases(SchemaObject a, SchemaObject b) {
        return a.name().database() == null || b.name().database() == null
                || a.name().database().equals(b.name().database());
    }

    private static Change create(SchemaObject o) {
        if (o instanceof Table t) {
            Change.Builder b = Change.builder("create table " + t.name().toSql(), t.name());
            TableOperation.creating(t, false).forEach(b::up);
            if (!t.syncMaterializedViews().isEmpty()) {
                b.flag(ChangeFlag.ASYNC_JOB).warn("table " + t.name().toSql() + ": each synchronous materialized "
                        + "view is built by an asynchronous ROLLUP job on the new table");
            }
            return b.down(new TableOperation.DropTable(t.name(), false, false)).build();
        }
        if (o instanceof View v) {
            return Change.builder("create view " + v.name().toSql(), v.name())
                    .up(new ViewOperation.CreateView(v, false, false))
                    .down(new ViewOperation.DropView(v.name(), false))
                    .build();
        }
        MaterializedView mv = (MaterializedView) o;
        return Change.builder("create materialized view " + mv.name().toSql(), mv.name())
                .up(new MaterializedViewOperation.CreateMaterializedView(mv, false))
                .down(new MaterializedViewOperation.DropMaterializedView(mv.name(), false))
                .build();
    }

    private static Change drop(SchemaObject o) {
        if (o instanceof Table t) {
            Change.Builder b = Change.builder("drop table " + t.name().toSql(), t.name())
                    .up(new TableOperation.DropTable(t.name(), false, false));
            TableOperation.creating(t, false).forEach(b::down);
            return b.warn("table " + t.name().toSql() + " and all its rows are dropped; the downgrade re-creates it "
                            + "empty")
                    .build();
        }
        if (o instanceof View v) {
            return Change.builder("drop view " + v.name().toSql(), v.name())
                    .up(new ViewOperation.DropView(v.name(), false))
                    .down(new ViewOperation.CreateView(v, false, false))
                    .build();
        }
        MaterializedView mv = (MaterializedView) o;
        return Change.builder("drop materialized view " + mv.name().toSql(), mv.name())
                .up(new MaterializedViewOperation.DropMaterializedView(mv.name(), false))
                .down(new MaterializedViewOperation.CreateMaterializedView(mv, false))
                .warn("materialized view " + mv.name().toSql() + " is dropped; the downgrade re-creates it and it "
                        + "must be refreshed again")
                .build();
    }
}
