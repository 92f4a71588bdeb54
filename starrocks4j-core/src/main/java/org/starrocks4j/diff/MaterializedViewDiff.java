package org.starrocks4j.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.starrocks4j.lexical.SqlNormalizer;
import org.starrocks4j.operation.MaterializedViewOperation;
import org.starrocks4j.rules.Names;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Index;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Refresh;

/**
 * Compares two versions of a materialized view. REFRESH and PROPERTIES change by ALTER, indexes by
 * {@code CREATE INDEX ... ON mv} / {@code DROP INDEX ... ON mv} (an index build job, as on tables); the query, column
 * list, partitioning, distribution, ORDER BY and COMMENT are immutable, so changing them drops and recreates the MV
 * (flagged: it is refilled from its base tables), with its indexes in the new CREATE.
 */
final class MaterializedViewDiff {

    record Result(List<Change> changes, List<String> warnings) {
    }

    private MaterializedViewDiff() {
    }

    static Result compare(MaterializedView from, MaterializedView to, DiffOptions options) {
        List<Change> changes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String label = "materialized view " + from.name().toSql();
        List<String> immutable = immutableDifferences(from, to);
        if (!immutable.isEmpty()) {
            String what = String.join(", ", immutable);
            changes.add(Change.builder("recreate " + label + " (" + what + " changed)", from.name())
                    .up(new MaterializedViewOperation.DropMaterializedView(from.name(), true))
                    .up(new MaterializedViewOperation.CreateMaterializedView(to, false))
                    .down(new MaterializedViewOperation.DropMaterializedView(from.name(), true))
                    .down(new MaterializedViewOperation.CreateMaterializedView(from, false))
                    .flag(ChangeFlag.RECREATE)
                    .warn(label + ": ALTER MATERIALIZED VIEW cannot change " + what + ", so it is dropped and "
                            + "created again; it is empty until refreshed and queries are not rewritten to it "
                            + "meanwhile")
                    .build());
            return new Result(changes, warnings);
        }
        // a target that states no REFRESH leaves the scheme alone; one the source does not state is the server's
        if (to.refresh() != null && !sameRefresh(from.effectiveRefresh(), to.refresh())) {
            changes.add(Change.builder("change REFRESH of " + label, from.name())
                    .up(new MaterializedViewOperation.SetRefresh(from.name(), to.refresh()))
                    .down(new MaterializedViewOperation.SetRefresh(from.name(), from.effectiveRefresh()))
                    .build());
        }
        PropertyDiff.Result props = PropertyDiff.compare(label, from.properties(), to.properties(),
                PropertyDefaults.forMaterializedViews(options.server()), options.resetsUnmanagedProperties());
        warnings.addAll(props.warnings());
        if (!props.changes().isEmpty()) {
            Map<String, String> set = new java.util.LinkedHashMap<>();
            Map<String, String> undo = new java.util.LinkedHashMap<>();
            List<String> notUndone = new ArrayList<>();
            for (PropertyDiff.PropertyChange p : props.changes()) {
                set.put(p.plainKey(), p.value());
                if (p.previous() != null) {
                    undo.put(p.plainKey(), p.previous());
                } else {
                    notUndone.add(PropertyDiff.notUndone(label, p));
                }
            }
            Change.Builder b = Change.builder("set properties " + String.join(", ", set.keySet()) + " of " + label,
                    from.name()).up(new MaterializedViewOperation.SetProperties(from.name(), set))
                    .notUndoneAll(notUndone);
            if (!undo.isEmpty()) {
                b.down(new MaterializedViewOperation.SetProperties(from.name(), undo));
            }
            changes.add(b.warnAll(props.changeWarnings()).build());
        }
        compareIndexes(from, to, label, changes);
        return new Result(changes, warnings);
    }

    /** Dropped, changed (drop, then create) and new indexes, matched by name. */
    private static void compareIndexes(MaterializedView from, MaterializedView to, String label, List<Change> changes) {
        ObjectName name = from.name();
        Map<String, Index> before = new LinkedHashMap<>();
        from.indexes().forEach(i -> before.put(Names.key(i.name()), i));
        Map<String, Index> after = new LinkedHashMap<>();
        to.indexes().forEach(i -> after.put(Names.key(i.name()), i));
        for (Map.Entry<String, Index> e : before.entrySet()) {
            Index had = e.getValue();
            Index wanted = after.get(e.getKey());
            if (wanted == null) {
                changes.add(Change.builder("drop index `" + had.name() + "` of " + label, name)
                        .up(new MaterializedViewOperation.DropIndex(name, had.name()))
                        .down(new MaterializedViewOperation.CreateIndex(name, had))
                        .flag(ChangeFlag.ASYNC_JOB)
                        .build());
            } else if (!TableDiff.sameIndex(had, wanted)) {
                changes.add(Change.builder("recreate index `" + wanted.name() + "` of " + label, name)
                        .up(new MaterializedViewOperation.DropIndex(name, had.name()))
                        .up(new MaterializedViewOperation.CreateIndex(name, wanted))
                        .down(new MaterializedViewOperation.DropIndex(name, wanted.name()))
                        .down(new MaterializedViewOperation.CreateIndex(name, had))
                        .flag(ChangeFlag.ASYNC_JOB)
                        .build());
            }
        }
        for (Map.Entry<String, Index> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                Index wanted = e.getValue();
                changes.add(Change.builder("create index `" + wanted.name() + "` on " + label, name)
                        .up(new MaterializedViewOperation.CreateIndex(name, wanted))
                        .down(new MaterializedViewOperation.DropIndex(name, wanted.name()))
                        .flag(ChangeFlag.ASYNC_JOB)
                        .build());
            }
        }
    }

    static List<String> immutableDifferences(MaterializedView from, MaterializedView to) {
        List<String> out = new ArrayList<>();
        if (!SqlNormalizer.equivalent(from.definition(), to.definition())) {
            out.add("the query");
        }
        if (!ViewDiff.sameColumns(from.columns(), to.columns())) {
            out.add("the column list");
        }
        if (!Objects.equals(TableDiff.scheme(from.partitioning()), TableDiff.scheme(to.partitioning()))) {
            out.add("PARTITION BY");
        }
        if (to.distribution() != null && !TableDiff.sameDistribution(
                from.distribution() == null ? Distribution.random() : from.distribution(), to.distribution())) {
            out.add("DISTRIBUTED BY");
        }
        if (!to.orderBy().isEmpty() && !Names.sameColumns(from.orderBy(), to.orderBy())) {
            out.add("ORDER BY");
        }
        if (!Objects.equals(ServerNormalizer.comment(from.comment(), ServerNormalizer.MV_PLACEHOLDER_COMMENT),
                ServerNormalizer.comment(to.comment(), ServerNormalizer.MV_PLACEHOLDER_COMMENT))) {
            out.add("COMMENT");
        }
        return out;
    }

    /** Same scheme: an unstated moment is IMMEDIATE. */
    static boolean sameRefresh(Refresh a, Refresh b) {
        if (a == null || b == null) {
            return a == b;
        }
        return moment(a) == moment(b) && a.kind() == b.kind() && Objects.equals(a.every(), b.every())
                && Objects.equals(a.start(), b.start());
    }

    private static Refresh.Moment moment(Refresh r) {
        return r.moment() == null ? Refresh.Moment.IMMEDIATE : r.moment();
    }

    static String describe(Refresh r) {
        if (r == null) {
            return null;
        }
        return List.of(moment(r).name(), r.kind().name(), r.every() == null ? "" : "EVERY(" + r.every().toSql() + ")")
                .stream().filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
    }
}
