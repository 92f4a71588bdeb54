package org.starrocks4j.diff;

import java.util.ArrayList;
import java.util.List;
import org.starrocks4j.operation.Operation;

/**
 * What {@link SchemaDiff} found: the changes in the order to apply them, and warnings about differences it
 * deliberately left alone (unmanaged properties, column order, ...).
 *
 * @param changes  in application order; undo them in reverse order
 * @param warnings differences that produced no statement, for the reviewer
 */
public record DiffResult(List<Change> changes, List<String> warnings) {

    public DiffResult {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }

    /** True when there is nothing to do. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Every upgrade statement in order. */
    public List<Operation> upgrade() {
        List<Operation> out = new ArrayList<>();
        changes.forEach(c -> out.addAll(c.upgrade()));
        return out;
    }

    /** Every downgrade statement in order: the changes' inverses, last change first. */
    public List<Operation> downgrade() {
        List<Operation> out = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            out.addAll(changes.get(i).downgrade());
        }
        return out;
    }

    /** True when some change drops data or definitions. */
    public boolean destructive() {
        return changes.stream().anyMatch(Change::destructive);
    }

    /** Every warning: result-level ones first, then each change's. */
    public List<String> allWarnings() {
        List<String> out = new ArrayList<>(warnings);
        changes.forEach(c -> out.addAll(c.warnings()));
        return out;
    }
}
