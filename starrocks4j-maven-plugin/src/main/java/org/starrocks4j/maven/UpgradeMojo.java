package org.starrocks4j.maven;

import static org.starrocks4j.migrate.StarRocks4jConfiguration.PREFIX;

import java.util.Map;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.starrocks4j.migrate.MigrateResult;
import org.starrocks4j.migrate.StarRocks4j;
import org.starrocks4j.migrate.StarRocks4jConfiguration;

/**
 * Applies the revisions up to the target, under the migration lock, one statement at a time, waiting for
 * StarRocks' schema-change jobs. A failure stops with the revision, the statement and the server's message; the
 * next run resumes at the failed statement.
 */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class UpgradeMojo extends AbstractStarRocks4jMojo {

    /** head (the default), heads, +n, or a revision id or unique prefix. */
    @Parameter(property = PREFIX + StarRocks4jConfiguration.TARGET)
    String target;

    /** Fail when the database still differs from the models after the upgrade. */
    @Parameter(property = PREFIX + StarRocks4jConfiguration.FAIL_ON_DRIFT)
    Boolean failOnDrift;

    @Override
    void addSettings(Map<String, String> settings) {
        put(settings, StarRocks4jConfiguration.TARGET, target);
        put(settings, StarRocks4jConfiguration.FAIL_ON_DRIFT, failOnDrift == null ? null : failOnDrift.toString());
    }

    @Override
    void run(StarRocks4j starRocks4j) {
        MigrateResult result = starRocks4j.upgrade();
        getLog().info(result.nothingToDo() ? "the database is up to date at " + result.current()
                : "upgraded " + result.steps().size() + " revision(s): the database is at " + result.current());
    }
}
