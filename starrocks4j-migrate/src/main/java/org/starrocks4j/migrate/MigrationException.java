package org.starrocks4j.migrate;

/** Base of the migration errors: each message says what is wrong and what to do about it. */
public class MigrationException extends RuntimeException {

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
