package org.starrocks4j.migrate;

import java.util.List;
import java.util.Objects;

/**
 * One row of the version table.
 *
 * @param revision     the revision id
 * @param parents      its parents when it was recorded (so history stays readable if the file goes missing)
 * @param message      its message when it was recorded
 * @param state        applied, stamped, or part-way in one direction
 * @param step         statements done in the current direction (UPGRADING: upgrade statements; DOWNGRADING:
 *                     downgrade statements); the statement count for APPLIED
 * @param checksum     checksum of the upgrade statements that ran (all of them unless UPGRADING)
 * @param stepChecksum while DOWNGRADING, checksum of the downgrade statements that ran; otherwise empty
 * @param updatedAt    when the row last changed (UTC, {@code yyyy-MM-dd HH:mm:ss})
 * @param updatedBy    who changed it ({@code user@host:pid})
 */
public record AppliedRevision(String revision, List<String> parents, String message, RevisionState state, int step,
                              String checksum, String stepChecksum, String updatedAt, String updatedBy) {

    public AppliedRevision {
        Objects.requireNonNull(revision, "revision");
        parents = List.copyOf(parents);
        message = message == null ? "" : message;
        Objects.requireNonNull(state, "state");
        checksum = checksum == null ? "" : checksum;
        stepChecksum = stepChecksum == null ? "" : stepChecksum;
        updatedAt = updatedAt == null ? "" : updatedAt;
        updatedBy = updatedBy == null ? "" : updatedBy;
    }

    AppliedRevision with(RevisionState newState, int newStep, String newChecksum, String newStepChecksum,
                         String at, String by) {
        return new AppliedRevision(revision, parents, message, newState, newStep, newChecksum, newStepChecksum, at, by);
    }
}
