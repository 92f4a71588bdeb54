package org.starrocks4j.spring;

import org.starrocks4j.migrate.StarRocks4j;

/**
 * Replaces what happens at start-up (by default {@link StarRocks4j#upgrade()}, or {@link #createAll()} with
 * {@code starrocks4j.mode=create-all}): define a bean to check instead of migrating, to upgrade to another target,
 * or to do nothing in some environments.
 */
@FunctionalInterface
public interface StarRocks4jMigrationStrategy {

    /** Runs the start-up migration; a {@link org.starrocks4j.migrate.StarRocks4jException} stops the start-up. */
    void migrate(StarRocks4j starRocks4j);

    /**
     * Creates the models' missing objects and records no revision ({@link StarRocks4j#createAll()}), for an
     * application without revisions. Existing objects are left alone: how they differ from the models is logged,
     * or, with fail-on-drift, stops the start-up.
     */
    static StarRocks4jMigrationStrategy createAll() {
        return new CreateAllAtStartUp();
    }
}
