package org.starrocks4j.spring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.starrocks4j.migrate.CreateAllReport;
import org.starrocks4j.migrate.ErrorCode;
import org.starrocks4j.migrate.StarRocks4j;
import org.starrocks4j.migrate.StarRocks4jConfiguration;
import org.starrocks4j.migrate.StarRocks4jException;

/**
 * {@code starrocks4j.mode=create-all}: creates the models' missing objects ({@link StarRocks4j#createAll()}), for an
 * application without revisions, as {@code spring.jpa.hibernate.ddl-auto=create-only} does for JPA. Existing
 * objects are left alone; their differences from the models are logged, or fail the start-up with fail-on-drift.
 */
final class CreateAllAtStartUp implements StarRocks4jMigrationStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(StarRocks4jMigrationInitializer.class);

    @Override
    public void migrate(StarRocks4j starRocks4j) {
        CreateAllReport report = starRocks4j.createAll();
        if (!report.hasDifferences()) {
            LOG.info("starrocks4j: {}", report.describe());
            return;
        }
        if (starRocks4j.configuration().failOnDrift()) {
            throw new StarRocks4jException(ErrorCode.MODELS_DIFFER, "existing objects differ from the models, and "
                    + "create-all does not change them:\n" + report.describe() + "\nChange them with a revision "
                    + "(starrocks4j.mode=upgrade), drop them to have them created again, or set "
                    + StarRocks4jConfiguration.PREFIX + "fail-on-drift=false");
        }
        LOG.warn("starrocks4j: {}\nThe existing objects were not changed: change them with a revision "
                + "(starrocks4j.mode=upgrade), or drop them to have them created again.", report.describe());
    }
}
