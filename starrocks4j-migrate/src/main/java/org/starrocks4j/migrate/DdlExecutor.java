package org.starrocks4j.migrate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs DDL statements one at a time and, after each, waits for the asynchronous job it started
 * ({@link StatementWait}). StarRocks DDL is not transactional: when a statement fails, the ones before it stay
 * applied, and the error says which.
 */
public final class DdlExecutor {

    private final StatementWait wait;
    private final Consumer<String> progress;

    /**
     * @param wait     what to do after each statement ({@link SchemaChangeWait} on a live server)
     * @param progress receives one line per statement and the waiter's lines
     */
    public DdlExecutor(StatementWait wait, Consumer<String> progress) {
        this.wait = Objects.requireNonNull(wait, "wait");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Runs the statements in order.
     *
     * @throws MigrationException naming the failed statement, the server's message and what was applied before it
     */
    public void run(Connection connection, List<String> statements) {
        SqlSession session = new SqlSession(connection);
        List<String> applied = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            String statement = statements.get(i);
            progress.accept("[" + (i + 1) + "/" + statements.size() + "] " + MigrationRunner.summary(statement));
            try {
                session.execute(statement);
            } catch (SQLException e) {
                throw failure(statement, "The server said: " + MigrationRunner.serverMessage(e), applied, e);
            }
            try {
                wait.afterStatement(connection, statement, line -> progress.accept("    " + line));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                applied.add(statement);
                throw failure(statement, "The statement ran, but waiting for its schema-change job was interrupted.",
                        applied, e);
            } catch (Exception e) {
                if (!(e instanceof StatementWait.JobFailedException)) {
                    applied.add(statement);
                }
                String why = e instanceof SQLException sql ? MigrationRunner.serverMessage(sql) : e.getMessage();
                throw failure(statement, "Its schema-change job did not finish: " + why
                        + ". Check it with SHOW ALTER TABLE before changing the table again.", applied, e);
            }
            applied.add(statement);
        }
    }

    private static MigrationException failure(String statement, String reason, List<String> applied, Throwable cause) {
        StringBuilder message = new StringBuilder("statement failed:\n  ")
                .append(SqlRedaction.redact(statement).replace("\n", "\n  ")).append('\n').append(reason).append('\n');
        if (applied.isEmpty()) {
            message.append("Nothing was applied before it.");
        } else {
            message.append("Already applied (StarRocks DDL is not transactional: these stay applied):");
            applied.forEach(a -> message.append("\n  ").append(MigrationRunner.summary(a)));
        }
        return new MigrationException(message.toString(), cause);
    }
}
