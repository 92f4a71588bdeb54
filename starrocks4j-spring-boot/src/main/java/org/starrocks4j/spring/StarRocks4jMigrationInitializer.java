package org.starrocks4j.spring;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.starrocks4j.migrate.MigrateResult;
import org.starrocks4j.migrate.StarRocks4j;

/**
 * Migrates when the application context starts, before anything that uses the database (JPA's
 * EntityManagerFactory, JdbcTemplate, beans marked {@code @DependsOnDatabaseInitialization}) is created: runs the
 * {@link StarRocks4jMigrationStrategy} if there is one, else {@link StarRocks4j#upgrade()} under the migration lock,
 * waiting for schema-change jobs. A failure stops the start-up with the revision, the statement and the server's
 * message; the version table records how far it got, and the next start resumes there.
 */
public class StarRocks4jMigrationInitializer implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(StarRocks4jMigrationInitializer.class);

    private final StarRocks4j starRocks4j;
    private final StarRocks4jMigrationStrategy strategy;

    /** @param strategy what to run instead of the upgrade, or {@code null} */
    public StarRocks4jMigrationInitializer(StarRocks4j starRocks4j, StarRocks4jMigrationStrategy strategy) {
        this.starRocks4j = Objects.requireNonNull(starRocks4j, "starRocks4j");
        this.strategy = strategy;
    }

    @Override
    public void afterPropertiesSet() {
        if (strategy != null) {
            strategy.migrate(starRocks4j);
            return;
        }
        MigrateResult result = starRocks4j.upgrade();
        if (result.nothingToDo()) {
            LOG.info("starrocks4j: the database is up to date at {}", result.current());
        } else {
            LOG.info("starrocks4j: upgraded {} revision(s); the database is at {}", result.steps().size(),
                    result.current());
        }
    }
}
