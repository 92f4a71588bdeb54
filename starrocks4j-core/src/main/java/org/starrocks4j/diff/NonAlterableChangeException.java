package org.starrocks4j.diff;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The wanted schema differs from the current one in ways StarRocks cannot ALTER. Lists every such difference and
 * the ways out: change the model back, or allow a rebuild ({@link DiffOptions#allowRebuild()}, CLI
 * {@code --allow-rebuild}) which copies the table's rows into a new table and swaps the names.
 */
public final class NonAlterableChangeException extends RuntimeException {

    private final transient List<NonAlterableChange> changes;

    public NonAlterableChangeException(List<NonAlterableChange> changes) {
        super(message(changes));
        this.changes = List.copyOf(changes);
    }

    public List<NonAlterableChange> changes() {
        return changes;
    }

    private static String message(List<NonAlterableChange> changes) {
        return "StarRocks cannot ALTER " + (changes.size() == 1 ? "this change" : "these changes") + ":\n"
                + changes.stream().map(c -> "  " + c.describe()).collect(Collectors.joining("\n"))
                + "\nEither keep the current value in the model, or allow a rebuild (DiffOptions.allowRebuild(), "
                + "CLI --allow-rebuild): the table is created anew under a temporary name, its rows are copied "
                + "with INSERT INTO ... SELECT, the names are swapped and the old table is dropped.";
    }
}
