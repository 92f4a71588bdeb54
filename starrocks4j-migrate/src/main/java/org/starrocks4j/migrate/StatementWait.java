package org.starrocks4j.migrate;

import java.sql.Connection;
import java.util.function.Consumer;

/**
 * What the runner does after each statement: StarRocks runs column changes, and DISTRIBUTED BY / ORDER BY
 * changes, as asynchronous jobs, and refuses the next change of the same table while one runs. An implementation
 * recognizes such statements and blocks until their job has finished, reporting progress.
 */
@FunctionalInterface
public interface StatementWait {

    /**
     * Blocks until the asynchronous job {@code statement} started, if any, has finished.
     *
     * @param connection the connection the statement ran on
     * @param statement  the statement that just ran
     * @param progress   receives progress lines while waiting
     * @throws JobFailedException when the job was cancelled (the statement's change did not happen)
     * @throws JobTimeoutException when the job is still running after the configured timeout
     */
    void afterStatement(Connection connection, String statement, Consumer<String> progress) throws Exception;

    /** Waits for nothing: for servers or statements without asynchronous jobs. */
    static StatementWait none() {
        return (connection, statement, progress) -> { };
    }

    /** The job a statement started was cancelled by the server; its change did not happen. */
    final class JobFailedException extends MigrationException {
        public JobFailedException(String message) {
            super(ErrorCode.MIGRATION_FAILED, message);
        }
    }

    /** The job a statement started has not finished in time; it may still finish later. */
    final class JobTimeoutException extends MigrationException {
        public JobTimeoutException(String message) {
            super(ErrorCode.MIGRATION_FAILED, message);
        }
    }
}
