package org.starrocks4j.migrate;

/** What the version table says about one revision. */
public enum RevisionState {
    /** All upgrade statements ran. */
    APPLIED,
    /** Recorded as applied by {@code stamp}, without running anything. */
    STAMPED,
    /** Upgrade stopped part-way (a statement failed or the run was interrupted); {@code upgrade} resumes it. */
    UPGRADING,
    /** Downgrade stopped part-way; {@code downgrade} resumes it. */
    DOWNGRADING;

    /** True when the revision's upgrade counts as done. */
    public boolean isApplied() {
        return this == APPLIED || this == STAMPED || this == DOWNGRADING;
    }
}
