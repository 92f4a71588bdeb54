package org.starrocks4j.migrate;

import java.util.List;
import java.util.Optional;

/**
 * What {@link StarRocks4j#info()} found: the revisions the database has applied, seen against the revision files,
 * and who holds the migration lock.
 *
 * @param state the version table's rows and the revision files
 * @param lock  the holder of the migration lock, if it is held
 */
public record MigrationInfo(DatabaseState state, Optional<LockHolder> lock) {

    /** The applied heads, e.g. {@code 3f2a9c1d7e4b}, or {@code base}. */
    public String current() {
        return state.describeCurrent();
    }

    /** Revision files the database has not applied, parents first. */
    public List<Revision> pending() {
        return state.graph().revisions().stream().filter(r -> !state.appliedIds().contains(r.id())).toList();
    }

    /** True when something needs a person: a partly applied revision, an edited or missing file, a held lock. */
    public boolean needsAttention() {
        return state.rows().stream().anyMatch(r -> r.state() == RevisionState.UPGRADING
                || r.state() == RevisionState.DOWNGRADING) || !state.drifts().isEmpty() || lock.isPresent();
    }
}
