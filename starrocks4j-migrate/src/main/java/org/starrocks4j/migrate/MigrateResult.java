package org.starrocks4j.migrate;

import java.util.List;

/**
 * What {@link StarRocks4j#upgrade} or {@link StarRocks4j#downgrade} did.
 *
 * @param direction upgrade or downgrade
 * @param target    the target it was asked to reach
 * @param steps     the revisions it ran, in order (empty when the database was already there)
 * @param current   the revision(s) the database is at afterwards, e.g. {@code 3f2a9c1d7e4b}, or {@code base}
 */
public record MigrateResult(Direction direction, String target, List<MigrationStep> steps, String current) {

    public MigrateResult {
        steps = List.copyOf(steps);
    }

    /** True when nothing had to run. */
    public boolean nothingToDo() {
        return steps.isEmpty();
    }
}
