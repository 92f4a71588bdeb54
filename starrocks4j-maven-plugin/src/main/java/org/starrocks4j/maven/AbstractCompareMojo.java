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

    /**
     * Generate rebuilds (new table, copy, swap) for table changes StarRocks cannot ALTER (default:
     * starrocks4j.properties' allow_rebuild, else false).
     */
    @Parameter(property = PREFIX + StarRocks4jConfiguration.ALLOW_REBUILD)
    Boolean allowRebuild;

    /**
     * Reset properties the models leave unset to the server default (default: starrocks4j.properties'
     * reset_properties, else false: they are only reported).
     */
    @Parameter(property = PREFIX + StarRocks4jConfiguration.RESET_PROPERTIES)
    Boolean resetProperties;

    // Unset parameters stay out, so that the project's starrocks4j.properties decides.
    @Override
    void addSettings(Map<String, String> settings) {
        put(settings, StarRocks4jConfiguration.ALLOW_REBUILD, allowRebuild == null ? null : allowRebuild.toString());
        put(settings, StarRocks4jConfiguration.RESET_PROPERTIES,
                resetProperties == null ? null : resetProperties.toString());
    }

    CompareWith comparedWith() {
        return offline ? CompareWith.HISTORY : CompareWith.DATABASE;
    }

    void logWarnings(Autogenerate changes) {
        changes.warnings().forEach(getLog()::warn);
    }
}
