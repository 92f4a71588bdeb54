package org.starrocks4j.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.starrocks4j.migrate.CheckResult;
import org.starrocks4j.migrate.StarRocks4j;

/**
 * Fails the build when the models differ from the migration history (or, with {@code offline=false}, the
 * database), printing what a new revision would hold.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class CheckMojo extends AbstractCompareMojo {

    @Override
    void run(StarRocks4j starRocks4j) throws MojoFailureException {
        CheckResult result = starRocks4j.check(comparedWith());
        logWarnings(result.changes());
        if (result.matches()) {
            getLog().info("ok: " + result.summary());
            return;
        }
        throw new MojoFailureException(result.summary() + "; write them with 'mvn starrocks4j:revision "
                + "-Dstarrocks4j.message=\"...\"'" + (offline ? "" : " -Dstarrocks4j.offline=false") + ":\n\n"
                + result.changes().body().upgrade().strip());
    }
}
