package org.starrocks4j.spring;

import org.starrocks4j.migrate.StarRocks4j;

/**
 * Replaces what happens at start-up (by default {@link StarRocks4j#upgrade()}): define a bean to check instead of
 * migrating, to upgrade to another target, or to do nothing in some environments.
 */
@FunctionalInterface
public interface StarRocks4jMigrationStrategy {

    /** Runs the start-up migration; a {@link org.starrocks4j.migrate.StarRocks4jException} stops the start-up. */
    void migrate(StarRocks4j starRocks4j);
}
