package org.starrocks4j.migrate;

import java.util.List;

/**
 * A statement of a revision failed. DDL is not transactional, so everything listed as applied stays applied;
 * the version table records how far the revision got, and the next run resumes at the failed statement.
 */
public final class MigrationFailedException extends MigrationException {

    private final transient MigrationStep step;
    private final int statementIndex;
    private final String statement;
    private final List<String> applied;

    MigrationFailedException(String message, MigrationStep step, int statementIndex, String statement,
                             List<String> applied, Throwable cause) {
        super(ErrorCode.MIGRATION_FAILED, message, cause);
        this.step = step;
        this.statementIndex = statementIndex;
        this.statement = statement;
        this.applied = List.copyOf(applied);
    }

    /** The revision and direction that failed. */
    public MigrationStep step() {
        return step;
    }

    /** 1-based number of the failed statement within its section. */
    public int statementNumber() {
        return statementIndex + 1;
    }

    public String statement() {
        return statement;
    }

    /** What this run applied before the failure, one entry per revision or statement. */
    public List<String> applied() {
        return applied;
    }
}
