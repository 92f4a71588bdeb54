package org.starrocks4j.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.starrocks4j.migrate.ErrorCode;
import org.starrocks4j.migrate.StarRocks4jException;

/**
 * Turns a failed start-up migration into Spring Boot's "APPLICATION FAILED TO START" report: what went wrong (the
 * message names the revision, the statement and the server's answer) and what to do.
 */
public class StarRocks4jFailureAnalyzer extends AbstractFailureAnalyzer<StarRocks4jException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StarRocks4jException cause) {
        return new FailureAnalysis("The StarRocks migration at start-up failed: " + cause.getMessage(),
                action(cause.errorCode()), cause);
    }

    static String action(ErrorCode code) {
        return switch (code) {
            case CONNECTION -> "Check the database URL (starrocks4j.url or the application's DataSource), that the "
                    + "StarRocks FE is reachable, and the credentials.";
            case CONFIGURATION -> "Fix the starrocks4j.* property the message names.";
            case LOCKED -> "Wait for the other run to finish; if none is running, release the lock with "
                    + "'starrocks4j unlock'.";
            case MIGRATION_FAILED -> "Fix the cause (in the database, or the statement in the revision file) and "
                    + "start again: the migration resumes at the failed statement.";
            case MODELS_DIFFER -> "Write the difference as a revision ('starrocks4j revision --autogenerate'), or "
                    + "set starrocks4j.fail-on-drift=false.";
            case REVISIONS -> "Fix the revision files the message names, or accept edited ones with "
                    + "'starrocks4j stamp --repair'.";
            default -> "Follow the advice in the message above, or disable the migration at start-up with "
                    + "starrocks4j.enabled=false.";
        };
    }
}
