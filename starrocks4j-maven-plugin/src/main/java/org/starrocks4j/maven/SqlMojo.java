package org.starrocks4j.maven;

import static org.starrocks4j.migrate.StarRocks4jConfiguration.PREFIX;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.starrocks4j.migrate.Direction;
import org.starrocks4j.migrate.SqlScript;
import org.starrocks4j.migrate.StarRocks4j;
import org.starrocks4j.migrate.StarRocks4jConfiguration;

/** Prints (or writes) the SQL of an upgrade without connecting: for review, or for a DBA to run by hand. */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class SqlMojo extends AbstractStarRocks4jMojo {

    /** The state the database is assumed to be at: base (the default), head, or revision ids. */
    @Parameter(property = PREFIX + "from", defaultValue = "base")
    String from;

    /** head, heads, +n, or a revision id or unique prefix (default: the configured target, else head). */
    @Parameter(property = PREFIX + StarRocks4jConfiguration.TARGET)
    String target;

    /** Include the version table's statements, so running the script by hand records the revisions. */
    @Parameter(property = PREFIX + "versionTableStatements", defaultValue = "true")
    boolean versionTableStatements;

    /** Write the script to this file instead of the build log. */
    @Parameter(property = PREFIX + "outputFile")
    File outputFile;

    @Override
    void run(StarRocks4j starRocks4j) throws MojoExecutionException {
        String to = target == null || target.isBlank() ? starRocks4j.configuration().target() : target;
        SqlScript script = starRocks4j.sql(Direction.UPGRADE, from, to);
        String text = versionTableStatements ? script.text() : script.textWithoutBookkeeping();
        if (outputFile == null) {
            text.lines().forEach(getLog()::info);
            return;
        }
        try {
            if (outputFile.getParentFile() != null) {
                Files.createDirectories(outputFile.getParentFile().toPath());
            }
            Files.writeString(outputFile.toPath(), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + outputFile + ": " + e.getMessage());
        }
        getLog().info("wrote " + outputFile + " (" + script.plan().size() + " revision(s))");
    }
}
