package org.starrocks4j.migrate;

/** A failure of the migration engine (revision files, plans, runs): each message says what to do about it. */
public class MigrationException extends StarRocks4jException {

    public MigrationException(String message) {
        super(ErrorCode.MIGRATION, message);
    }

    public MigrationException(String message, Throwable cause) {
        super(ErrorCode.MIGRATION, message, cause);
    }

    public MigrationException(ErrorCode errorCode, String message) {
        super(errorCode, message);
    }

    public MigrationException(ErrorCode errorCode, String message, Throwable cause) {
        super(errorCode, message, cause);
    }
}
