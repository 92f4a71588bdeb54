package org.starrocks4j.migrate;

/**
 * What kind of failure a {@link StarRocks4jException} reports, so that an adapter can react without parsing
 * messages: the command line turns it into its exit code, a build plugin into a build failure or error.
 */
public enum ErrorCode {

    /** A setting is missing or wrong (no URL, an unknown key, a bad duration or location). */
    CONFIGURATION,
    /** The models cannot be loaded or are not a valid schema. */
    MODELS,
    /** A revision file cannot be read, the revision graph is broken, or applied revisions were edited. */
    REVISIONS,
    /** The database cannot be reached, or answered an error outside a revision's statements. */
    CONNECTION,
    /** Another run holds the migration lock. */
    LOCKED,
    /** A revision's statement failed; the version table records how far it got and the next run resumes there. */
    MIGRATION_FAILED,
    /** The models ask for a change StarRocks cannot ALTER, and no rebuild was allowed. */
    NOT_ALTERABLE,
    /** The models differ from the database or the migration history (check, fail-on-drift). */
    MODELS_DIFFER,
    /** The migration cannot go where it was asked to (unknown target, partly applied revision, stale database). */
    MIGRATION;

    /**
     * The exit code of the command line: 1 when the models differ (as {@code diff(1)} reports differences), 2 for
     * every failure, so CI can tell "differences found" from "could not compare".
     */
    public int exitCode() {
        return this == MODELS_DIFFER ? 1 : 2;
    }
}
