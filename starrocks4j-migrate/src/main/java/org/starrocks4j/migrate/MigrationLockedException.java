package org.starrocks4j.migrate;

/** Another run holds the migration lock of this database. */
public final class MigrationLockedException extends MigrationException {

    private final transient LockHolder holder;

    public MigrationLockedException(String message, LockHolder holder) {
        super(ErrorCode.LOCKED, message);
        this.holder = holder;
    }

    /** The recorded holder, or {@code null} when it could not be read. */
    public LockHolder holder() {
        return holder;
    }
}
