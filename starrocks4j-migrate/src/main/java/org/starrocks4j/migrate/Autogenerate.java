package org.starrocks4j.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.starrocks4j.diff.Change;
import org.starrocks4j.diff.DiffOptions;
import org.starrocks4j.diff.DiffResult;
import org.starrocks4j.diff.NonAlterableChange;
import org.starrocks4j.diff.NonAlterableChangeException;
import org.starrocks4j.diff.SchemaDiff;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.sql.DdlRenderer;

/**
 * Autogenerate: the changes that turn the current schema (the live database, or the replayed migration history)
 * into the wanted one (the models), as SQL for a revision file.
 *
 * <p>A table change StarRocks cannot ALTER (key model, partitioning, ENGINE, ...) is generated as a rebuild
 * when {@code allowRebuild} is set; otherwise the revision keeps every other change and lists that table's
 * change as a comment with no statement, so the reviewer sees what the models want and why it is not there.
 *
 * @param changes     in application order
 * @param warnings    differences that produced no statement (unmanaged properties, column order, ...)
 * @param notAltered  table changes left out because StarRocks cannot ALTER them and rebuilds were not allowed
 */
public record Autogenerate(List<PlannedChange> changes, List<String> warnings,
                           List<NonAlterableChange> notAltered) {

    public Autogenerate {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
        notAltered = List.copyOf(notAltered);
    }

    /**
     * Compares {@code current} with {@code wanted}.
     *
     * @param options  server profile and property handling; {@link DiffOptions#rebuildAllowed()} decides whether
     *                 non-alterable table changes become rebuild plans or flagged comments
     * @param renderer renders the operations for the target server
     */
    public static Autogenerate compare(Schema current, Schema wanted, DiffOptions options, DdlRenderer renderer) {
        Objects.requireNonNull(renderer, "renderer");
        if (options.rebuildAllowed()) {
            return of(SchemaDiff.between(current, wanted, options), renderer, Map.of());
        }
        try {
            return of(SchemaDiff.between(current, wanted, options), renderer, Map.of());
        } catch (NonAlterableChangeException e) {
            // Run again with rebuilds to get every other change in its place; the rebuilds themselves become
            // comments, because the user has not asked for a table copy (nor for one in a downgrade).
            Map<ObjectName, List<NonAlterableChange>> byTable = new LinkedHashMap<>();
            for (NonAlterableChange c : e.changes()) {
                byTable.computeIfAbsent(c.target(), k -> new ArrayList<>()).add(c);
            }
            return of(SchemaDiff.between(current, wanted, options.allowRebuild(true,
                    options.downgradeRebuildAllowed())), renderer, byTable);
        }
    }

    private static Autogenerate of(DiffResult result, DdlRenderer renderer,
                                   Map<ObjectName, List<NonAlterableChange>> notAlterable) {
        List<PlannedChange> planned = new ArrayList<>();
        List<NonAlterableChange> left = new ArrayList<>();
        for (Change change : result.changes()) {
            List<NonAlterableChange> reasons = change.rebuilds() ? notAlterable.get(change.target()) : null;
            if (reasons == null) {
                planned.add(PlannedChange.of(change, renderer));
            } else {
                planned.add(notAltered(change.target(), reasons));
                left.addAll(reasons);
            }
        }
        return new Autogenerate(planned, result.warnings(), left);
    }

    private static PlannedChange notAltered(ObjectName table, List<NonAlterableChange> reasons) {
        List<String> warnings = new ArrayList<>();
        for (NonAlterableChange r : reasons) {
            warnings.add("NOT ALTERABLE: " + r.describe());
        }
        warnings.add("the models want this, but StarRocks cannot ALTER it, so this revision leaves table "
                + table.toSql() + " as it is. Keep the current value in the models, or generate a rebuild "
                + "(copy into a new table and swap) with --allow-rebuild, or write the statements here yourself");
        return new PlannedChange("change table " + table.toSql() + " (not generated)", List.of(), List.of(), false,
                warnings);
    }

    /** True when there is nothing to write: no change at all (warnings alone are no change). */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** True when every change was left out as not alterable: a revision would hold comments only. */
    public boolean onlyNotAltered() {
        return !changes.isEmpty() && changes.stream().allMatch(c -> c.upgrade().isEmpty());
    }

    /** True when some change drops data or definitions. */
    public boolean destructive() {
        return changes.stream().anyMatch(PlannedChange::destructive);
    }

    /** The upgrade and downgrade sections. */
    public RevisionBody body() {
        RevisionBody body = RevisionBody.of(changes);
        if (warnings.isEmpty()) {
            return body;
        }
        StringBuilder head = new StringBuilder();
        for (String warning : warnings) {
            for (String line : ("WARNING: " + warning).split("\\R")) {
                head.append("-- ").append(line).append('\n');
            }
        }
        return new RevisionBody(head.append('\n').append(body.upgrade()).toString(), body.downgrade());
    }
}
