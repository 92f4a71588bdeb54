package org.starrocks4j.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.starrocks4j.jdbc.DatabaseSourceProvider;
import org.starrocks4j.json.SchemaJson;
import org.starrocks4j.rules.ServerVersion;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.source.SchemaSources;
import org.starrocks4j.source.SourceContext;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.sql.RenderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code starrocks4j inspect}: prints any schema source as canonical DDL or as JSON. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Print every table, view and materialized view of a schema source as canonical DDL or JSON.")
final class InspectCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { sql, json }

    @Option(names = "--from", required = true, paramLabel = "SOURCE",
            description = "The schema source: models:CLASS|PACKAGE, sql:FILE, db (the live database of --url), "
                    + "db:DATABASE, or jdbc:starrocks://HOST[:PORT]/[CATALOG.]DATABASE.")
    String from;

    @Option(names = "--classpath", paramLabel = "PATH",
            description = "Folders and jars holding the model classes of a models: source.")
    String classPath;

    @Option(names = "--format", defaultValue = "sql", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--server-version", paramLabel = "VERSION", converter = OptionValues.Version.class,
            description = "Render for this StarRocks version, e.g. 3.5.17 or 26.2.1 (decides version-dependent "
                    + "spellings such as REFRESH ON_CHANGE, and the rules sql: and history: statements are checked "
                    + "by). Default: the live server's for a live source, else unknown.")
    String serverVersion;

    @Mixin
    LiveSourceOptions live;

    @Mixin
    ProgressOptions progress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SourceContext context = live.context(classPath, progress, serverVersion, null);
        Schema schema = SchemaSources.load(from, context);
        if (schema.objects().isEmpty()) {
            // said on stderr, so that the output stays what the schema is (nothing, or JSON without objects)
            context.notices().accept("empty schema: " + from + " defines no table, view or materialized view");
        }
        if (format == Format.json) {
            SchemaJson.write(schema, out); // an object at a time: a large schema's JSON is never one string
            out.flush();
            return 0;
        }
        ServerVersion version = serverVersion != null || !DatabaseSourceProvider.isLive(from)
                ? ServerVersion.parse(serverVersion)
                : DatabaseSourceProvider.serverInfo(from, context.settings()).version();
        DdlRenderer renderer = new DdlRenderer(RenderOptions.forServer(version));
        for (SchemaObject object : schema.objects()) {
            for (String statement : renderer.createStatements(object)) {
                out.println(statement + ";");
                out.println();
            }
        }
        out.flush();
        return 0;
    }
}
