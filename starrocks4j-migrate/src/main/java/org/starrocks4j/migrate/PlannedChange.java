package org.starrocks4j.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.starrocks4j.diff.Change;
import org.starrocks4j.sql.DdlRenderer;

/**
 * One change autogenerate found, as SQL: what it does, the statements that apply it, the statements that undo
 * it, and what the reviewer must know.
 *
 * @param description  e.g. {@code add column `my_table`.`new_column`}
 * @param upgrade      statements that apply the change
 * @param downgrade    statements that undo it (empty when it cannot be undone)
 * @param destructive  true when applying it loses data or definitions (drops)
 * @param warnings     what the change cannot do or does only partly (non-alterable attributes, future
 *                     partitions only, ...)
 * @param notUndone    what the downgrade cannot undo, each naming the object, the server's rule and the way out
 *                     ({@link Change#notUndone()}); empty when the downgrade undoes all of it
 */
public record PlannedChange(String description, List<String> upgrade, List<String> downgrade, boolean destructive,
                            List<String> warnings, List<String> notUndone) {

    public PlannedChange {
        Objects.requireNonNull(description, "description");
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        warnings = List.copyOf(warnings);
        notUndone = List.copyOf(notUndone);
    }

    /** A change whose downgrade undoes all of it (or, without downgrade statements, cannot undo it at all). */
    public PlannedChange(String description, List<String> upgrade, List<String> downgrade, boolean destructive,
                         List<String> warnings) {
        this(description, upgrade, downgrade, destructive, warnings, List.of());
    }

    /** True when the downgrade cannot undo all of it. */
    public boolean irreversible() {
        return !notUndone.isEmpty() || !upgrade.isEmpty() && downgrade.isEmpty();
    }

    /** The change as SQL: its operations rendered, rebuilds and recreations named in a warning first. */
    public static PlannedChange of(Change change, DdlRenderer renderer) {
        List<String> warnings = new ArrayList<>();
        if (change.rebuilds()) {
            warnings.add("REBUILD: the table is copied into a new table and swapped; see the steps below");
        } else if (change.recreates()) {
            warnings.add("RECREATE: dropped and created again");
        }
        warnings.addAll(change.warnings());
        return new PlannedChange(change.description(), renderer.renderAll(change.upgrade()),
                renderer.renderAll(change.downgrade()), change.destructive(), warnings, change.notUndone());
    }
}
