package org.starrocks4j.maven;

import static org.starrocks4j.migrate.StarRocks4jConfiguration.PREFIX;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.starrocks4j.migrate.MigrateResult;
import org.starrocks4j.migrate.StarRocks4j;
import org.starrocks4j.migrate.StarRocks4jConfiguration;

/** Reverts the revisions above the target, newest first, under the migration lock. */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class DowngradeMojo extends AbstractStarRocks4jMojo {

    /** base, -n, or the revision id or unique prefix to go back to (it stays applied). */
    @Parameter(property = PREFIX + StarRocks4jConfiguration.TARGET, required = true)
    String target;

    /**
     * Also run downgrades whose revision says ({@code -- IRREVERSIBLE:}) it cannot undo all of its upgrade, e.g. a
     * widened column StarRocks cannot narrow back; what they cannot undo stays as it is. Without it such a downgrade
     * is refused and nothing runs.
     */
    @Parameter(property = PREFIX + "acceptIrreversible", defaultValue = "false")
    boolean acceptIrreversible;

    @Override
    void run(StarRocks4j starRocks4j) {
        MigrateResult result = starRocks4j.downgrade(target, acceptIrreversible);
        getLog().info(result.nothingToDo() ? "nothing to revert: the database is at " + result.current()
                : "reverted " + result.steps().size() + " revision(s): the database is at " + result.current());
    }
}
