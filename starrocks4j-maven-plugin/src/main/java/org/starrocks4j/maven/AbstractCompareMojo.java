package org.starrocks4j.maven;

import static org.starrocks4j.migrate.StarRocks4jConfiguration.PREFIX;

import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;
import org.starrocks4j.migrate.Autogenerate;
import org.starrocks4j.migrate.CompareWith;
import org.starrocks4j.migrate.StarRocks4jConfiguration;

/**
 * Base of the goals that compare the models with the current state: the migration history (the revision files,
 * replayed; no server needed, the default) or, with {@code offline=false} and a URL, the database.
 */
abstract class AbstractCompareMojo extends AbstractStarRocks4jMojo {

    /** Compare with the migration history instead of the database (the default: runs in CI without a server). */
    @Parameter(property = PREFIX + "offline", defaultValue = "true")
    boolean offline;

    /** Generate rebuilds (new table, copy, swap) for table changes StarRocks cannot ALTER. */
    @Parameter(property = PREFIX + StarRocks4jConfiguration.ALLOW_REBUILD, defaultValue = "false")
    boolean allowRebuild;

    /** Reset properties the models leave unset to the server default (by default they are only reported). */
    @Parameter(property = PREFIX + StarRocks4jConfiguration.RESET_PROPERTIES, defaultValue = "false")
    boolean resetProperties;

    @Override
    void addSettings(Map<String, String> settings) {
        settings.put(StarRocks4jConfiguration.ALLOW_REBUILD, Boolean.toString(allowRebuild));
        settings.put(StarRocks4jConfiguration.RESET_PROPERTIES, Boolean.toString(resetProperties));
    }

    CompareWith comparedWith() {
        return offline ? CompareWith.HISTORY : CompareWith.DATABASE;
    }

    void logWarnings(Autogenerate changes) {
        changes.warnings().forEach(getLog()::warn);
    }
}
