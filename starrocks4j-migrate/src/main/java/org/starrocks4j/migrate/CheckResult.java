package org.starrocks4j.migrate;

/**
 * What {@link StarRocks4j#check} found: the changes a new revision would hold.
 *
 * @param comparedWith the database or the migration history
 * @param changes      the changes from there to the models, with their warnings
 */
public record CheckResult(CompareWith comparedWith, Autogenerate changes) {

    /** True when the models match: there is nothing to write. */
    public boolean matches() {
        return changes.isEmpty();
    }

    /** One line for a report, e.g. {@code the models differ from the migration history: 3 change(s)}. */
    public String summary() {
        return matches() ? "the models match " + comparedWith.describe()
                : "the models differ from " + comparedWith.describe() + ": " + changes.changes().size() + " change(s)";
    }
}
