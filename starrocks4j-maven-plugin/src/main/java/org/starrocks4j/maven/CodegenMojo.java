package org.starrocks4j.maven;

import static org.starrocks4j.migrate.StarRocks4jConfiguration.PREFIX;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.starrocks4j.codegen.CodegenStyle;
import org.starrocks4j.codegen.GeneratedSource;
import org.starrocks4j.codegen.JavaCodegen;
import org.starrocks4j.diff.ServerDefaults;
import org.starrocks4j.diff.ServerNormalizer;
import org.starrocks4j.diff.ServerProfile;
import org.starrocks4j.migrate.GeneratedSources;
import org.starrocks4j.migrate.StarRocks4j;
import org.starrocks4j.schema.Schema;

/**
 * Writes Java model classes for every table, view and materialized view of a schema source: the way onto
 * starrocks4j for a project with an existing database or DDL files.
 */
@Mojo(name = "codegen", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public class CodegenMojo extends AbstractStarRocks4jMojo {

    /** The schema source: db (the configured database), sql:FILE|DIR, or a jdbc:starrocks:// URL. */
    @Parameter(property = PREFIX + "source", required = true)
    String source;

    /** The Java package of the generated classes, e.g. com.acme.model. */
    @Parameter(property = PREFIX + "package", required = true)
    String packageName;

    /** The source root to write into. */
    @Parameter(property = PREFIX + "outputDirectory", defaultValue = "${project.basedir}/src/main/java")
    File outputDirectory;

    /** annotations (one annotated class per object, the default) or dsl (one SchemaDefinition). */
    @Parameter(property = PREFIX + "style", defaultValue = "annotations")
    String style;

    /** The class name with style dsl. */
    @Parameter(property = PREFIX + "className", defaultValue = JavaCodegen.DEFAULT_DSL_CLASS)
    String className;

    /**
     * Keep the values a server prints although nobody wrote them (NULL on nullable columns, empty comments, default
     * PROPERTIES, VARCHAR(65533) for STRING); by default they are left out, which the diff cannot tell apart.
     */
    @Parameter(property = PREFIX + "keepServerDefaults", defaultValue = "false")
    boolean keepServerDefaults;

    /** Replace existing files with other content (by default the goal stops and writes nothing). */
    @Parameter(property = PREFIX + "overwrite", defaultValue = "false")
    boolean overwrite;

    @Override
    void run(StarRocks4j starRocks4j) throws MojoExecutionException {
        CodegenStyle codegenStyle = switch (style.strip().toLowerCase(Locale.ROOT)) {
            case "annotations" -> CodegenStyle.ANNOTATIONS;
            case "dsl" -> CodegenStyle.DSL;
            default -> throw new MojoExecutionException("style '" + style + "' is unknown; use annotations or dsl");
        };
        Schema schema = starRocks4j.read(source);
        if (schema.objects().isEmpty()) {
            throw new MojoExecutionException("source " + source + " holds no table, view or materialized view; "
                    + "nothing to generate");
        }
        if (!keepServerDefaults) {
            // shared-data servers print their storage-volume and data-cache properties: the run mode shows
            schema = ServerDefaults.omit(schema, ServerProfile.of(null, ServerNormalizer.inferRunMode(schema)));
        }
        List<GeneratedSource> sources = JavaCodegen.generate(schema, packageName, codegenStyle, className);
        List<Path> written;
        try {
            written = GeneratedSources.write(sources, outputDirectory.toPath(), overwrite);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write to " + outputDirectory + ": " + e.getMessage());
        }
        written.forEach(file -> getLog().info("wrote " + file));
    }
}
