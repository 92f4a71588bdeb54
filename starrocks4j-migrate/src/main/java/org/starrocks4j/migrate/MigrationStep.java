package org.starrocks4j.migrate;

import java.util.List;
import java.util.Objects;

/** One revision to apply or revert. */
public record MigrationStep(Revision revision, Direction direction) {

    public MigrationStep {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(direction, "direction");
    }

    /** The statements this step runs. */
    public List<String> statements() {
        return direction == Direction.UPGRADE ? revision.upgradeStatements() : revision.downgradeStatements();
    }

    /** e.g. {@code upgrade 3f2a9c1d7e4b (Add column)}. */
    public String describe() {
        String verb = direction == Direction.UPGRADE ? "upgrade" : "downgrade";
        return verb + " " + revision.id() + (revision.message().isEmpty() ? "" : " (" + revision.message() + ")");
    }
}
