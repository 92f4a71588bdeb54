package org.starrocks4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.starrocks4j.codegen.CodegenStyle;
import org.starrocks4j.codegen.GeneratedSource;
import org.starrocks4j.codegen.JavaCodegen;
import org.starrocks4j.diff.ServerDefaults;
import org.starrocks4j.diff.ServerNormalizer;
import org.starrocks4j.diff.ServerProfile;
import org.starrocks4j.jdbc.DatabaseSourceProvider;
import org.starrocks4j.migrate.GeneratedSources;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.source.SchemaSources;
import org.starrocks4j.source.SourceContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code starrocks4j codegen}: Java model classes for every table, view and materialized view of a schema source —
 * the way onto starrocks4j for a team with an existing database.
 */
@Command(name = "codegen", mixinStandardHelpOptions = true,
        description = "Write Java model classes for every table, view and materialized view of a schema source "
                + "(e.g. sql:schema.sql): one annotated class per object, or one SchemaDefinition (--style dsl). "
                + "Values the server holds anyway are left out unless --keep-server-defaults is given.")
final class CodegenCommand implements Callable<Integer> {

    /** The output style as written on the command line. */
    enum Style { annotations, dsl }

    @Option(names = "--from", required = true, paramLabel = "SOURCE",
            description = "The schema source: sql:FILE, models:CLASS|PACKAGE, db (the live database of --url), "
                    + "db:DATABASE, or jdbc:starrocks://HOST[:PORT]/[CATALOG.]DATABASE.")
    String from;

    @Option(names = "--package", required = true, paramLabel = "PKG",
            description = "The Java package of the generated classes, e.g. com.acme.model.")
    String packageName;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The source root to write into; files go to DIR/<package path>/.")
    Path out;

    @Option(names = "--style", defaultValue = "annotations", paramLabel = "STYLE",
            description = "annotations (one annotated class per object, the default) or dsl (one SchemaDefinition).")
    Style style;

    @Option(names = "--class-name", defaultValue = JavaCodegen.DEFAULT_DSL_CLASS, paramLabel = "NAME",
            description = "The class name with --style dsl (default: ${DEFAULT-VALUE}).")
    String className;

    @Option(names = "--classpath", paramLabel = "PATH",
            description = "Folders and jars of compiled model classes for a models: source.")
    String classPath;

    @Option(names = "--keep-server-defaults",
            description = "Keep the values a server prints although nobody wrote them (NULL on nullable columns, "
                    + "empty comments, default PROPERTIES such as \"compression\" = \"LZ4\", VARCHAR(65533) for "
                    + "STRING, default index properties). By default they are left out: the models then read as "
                    + "written by hand and compare equal to the source all the same.")
    boolean keepServerDefaults;

    @Option(names = "--overwrite",
            description = "Replace existing files with different content (by default the command stops instead).")
    boolean overwrite;

    @Mixin
    LiveSourceOptions live;

    @Mixin
    ProgressOptions progress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The server whose defaults are left out: a live source's own; else its run mode as the printed properties tell
     * (shared-data servers print storage-volume and data-cache properties).
     */
    private static ServerProfile server(Schema schema, String from, SourceContext context) throws SQLException {
        if (DatabaseSourceProvider.isLive(from)) {
            return DatabaseSourceProvider.serverInfo(from, context.settings()).profile();
        }
        return ServerProfile.of(null, ServerNormalizer.inferRunMode(schema));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        SourceContext context = live.context(classPath, progress);
        Schema schema = SchemaSources.load(from, context);
        if (schema.objects().isEmpty()) {
            throw new IllegalArgumentException("source " + from + " holds no table, view or materialized view; "
                    + "nothing to generate");
        }
        if (!keepServerDefaults) {
            schema = ServerDefaults.omit(schema, server(schema, from, context));
        }
        CodegenStyle codegenStyle = CodegenStyle.valueOf(style.name().toUpperCase(Locale.ROOT));
        List<GeneratedSource> sources = JavaCodegen.generate(schema, packageName, codegenStyle, className);
        for (Path file : GeneratedSources.write(sources, out, overwrite)) {
            stdout.println("wrote " + file);
        }
        stdout.println(sources.size() + (sources.size() == 1 ? " file" : " files") + " for "
                + schema.tables().size() + " tables, " + schema.views().size() + " views and "
                + schema.materializedViews().size() + " materialized views");
        return 0;
    }
}
