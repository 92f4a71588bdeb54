package org.starrocks4j.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.starrocks4j.diff.DiffJson;
import org.starrocks4j.diff.DiffOptions;
import org.starrocks4j.diff.DiffResult;
import org.starrocks4j.diff.SchemaDiff;
import org.starrocks4j.diff.ServerNormalizer;
import org.starrocks4j.jdbc.DatabaseSourceProvider;
import org.starrocks4j.jdbc.ServerInfo;
import org.starrocks4j.migrate.PlannedChange;
import org.starrocks4j.migrate.RevisionBody;
import org.starrocks4j.rules.RunMode;
import org.starrocks4j.rules.ServerProfile;
import org.starrocks4j.rules.ServerVersion;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.source.SchemaSources;
import org.starrocks4j.source.SourceContext;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.sql.RenderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code starrocks4j diff}: the statements that turn one schema source into another, e.g. a SQL file into the Java
 * models, with the flags and warnings a reviewer needs, and optionally the statements that undo them.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Print the DDL that turns schema --from into schema --to (any two sources: sql:FILE, "
                + "models:CLASS|PACKAGE, ...). Destructive changes and warnings are marked in comments. "
                + "Exit code 0 (also when there are differences) unless --exit-code is given.")
final class DiffCommand implements Callable<Integer> {

    /** Output formats as written on the command line. */
    enum Format { sql, json }

    @Option(names = "--from", required = true, paramLabel = "SOURCE",
            description = "The current schema: sql:FILE, models:CLASS|PACKAGE, db (the live database of --url), "
                    + "db:DATABASE, or jdbc:starrocks://HOST[:PORT]/[CATALOG.]DATABASE.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "SOURCE",
            description = "The wanted schema, same forms as --from.")
    String to;

    @Option(names = "--format", defaultValue = "sql", paramLabel = "FORMAT",
            description = "sql (default): statements with review comments; json: changes with flags, warnings and "
                    + "upgrade/downgrade statements.")
    Format format;

    @Option(names = "--inverse",
            description = "With --format sql, also print the downgrade statements (undo, last change first).")
    boolean inverse;

    @Option(names = "--allow-rebuild",
            description = "For changes StarRocks cannot ALTER (key model, partitioning, ENGINE, aggregate type, ...) "
                    + "print a rebuild plan (new table, INSERT INTO ... SELECT, SWAP WITH, drop) instead of failing.")
    boolean allowRebuild;

    @Option(names = "--reset-properties",
            description = "Reset properties that --to leaves unset but --from has at a non-default value to the "
                    + "server default (by default they are only reported).")
    boolean resetProperties;

    @Option(names = "--server-version", paramLabel = "VERSION", converter = OptionValues.Version.class,
            description = "The target server version, e.g. 3.5.2 or 4.1.1 (decides defaults, spellings and the rules "
                    + "sql: and history: statements are checked by). Default: the live server's when --from or --to "
                    + "is a live database, else unknown.")
    String serverVersion;

    @Option(names = "--run-mode", paramLabel = "MODE", converter = OptionValues.Mode.class,
            description = "shared_nothing or shared_data (decides default PROPERTIES). Default: the live server's "
                    + "when --from or --to is a live database, else shared_nothing.")
    String runMode;

    @Option(names = "--classpath", paramLabel = "PATH",
            description = "Folders and jars of compiled model classes for a models: source.")
    String classPath;

    @Option(names = "--exit-code",
            description = "Exit with 1 when there are differences (like git diff --exit-code).")
    boolean exitCode;

    @Mixin
    LiveSourceOptions live;

    @Mixin
    ProgressOptions progress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SourceContext context = live.context(classPath, progress, serverVersion, runMode);
        ServerProfile server = server(context);
        DiffOptions options = DiffOptions.defaults().withServer(server);
        if (allowRebuild) {
            options = options.allowRebuild();
        }
        if (resetProperties) {
            options = options.resetUnmanagedProperties();
        }
        // the two sources are independent: read --to on a second thread while this one reads --from
        FutureTask<Schema> toSource = new FutureTask<>(() -> SchemaSources.load(to, context));
        Thread reader = new Thread(toSource, "starrocks4j-read-to");
        reader.setDaemon(true);
        reader.start();
        Schema current;
        Schema wanted;
        try {
            current = SchemaSources.load(from, context);
            wanted = toSource.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            toSource.cancel(true); // when --from failed: --to is not needed any more
        }
        if (server.runMode() == RunMode.SHARED_NOTHING && runMode == null
                && (ServerNormalizer.inferRunMode(current) == RunMode.SHARED_DATA
                || ServerNormalizer.inferRunMode(wanted) == RunMode.SHARED_DATA)) {
            context.notices().accept("hint: the schemas hold properties only shared-data servers print (such as "
                    + "storage_volume or datacache.*), but the comparison uses shared_nothing defaults: if they come "
                    + "from a shared-data cluster, add --run-mode shared_data, or its defaults show as changes");
        }
        DiffResult result = SchemaDiff.between(current, wanted, options);
        DdlRenderer renderer = renderer(server);
        if (format == Format.json) {
            out.print(DiffJson.write(result, renderer::render));
        } else {
            out.print(sqlText(result, renderer, inverse));
        }
        out.flush();
        return exitCode && !result.isEmpty() ? 1 : 0;
    }

    /** The options' server, with what they leave open taken from a live source's server. */
    private ServerProfile server(SourceContext context) throws java.sql.SQLException {
        String liveSpec = DatabaseSourceProvider.isLive(from) ? from : DatabaseSourceProvider.isLive(to) ? to : null;
        if (liveSpec != null && (serverVersion == null || runMode == null)) {
            ServerInfo info = DatabaseSourceProvider.serverInfo(liveSpec, context.settings());
            context.notices().accept("server: " + info);
            return new ServerProfile(serverVersion == null ? info.version() : ServerVersion.parse(serverVersion),
                    runMode == null ? info.runMode() : RunMode.parse(runMode));
        }
        return ServerProfile.of(serverVersion, runMode == null ? RunMode.SHARED_NOTHING : RunMode.parse(runMode));
    }

    private static DdlRenderer renderer(ServerProfile server) {
        return new DdlRenderer(RenderOptions.forServer(server.version()));
    }

    /**
     * The review text: result warnings, then each change with its comments and statements; with {@code inverse}
     * then the downgrade statements, last change first.
     */
    static String sqlText(DiffResult result, DdlRenderer renderer, boolean inverse) {
        StringBuilder text = new StringBuilder();
        for (String warning : result.warnings()) {
            text.append(comment("WARNING: " + warning));
        }
        if (result.isEmpty()) {
            return text.append("-- no changes\n").toString();
        }
        if (!result.warnings().isEmpty()) {
            text.append('\n');
        }
        List<PlannedChange> planned = planned(result, renderer);
        RevisionBody body = RevisionBody.of(planned);
        text.append(body.upgrade());
        if (inverse) {
            text.append("\n-- ---- downgrade: undoes the changes above, last change first ----\n\n");
            text.append(body.downgrade().isEmpty() ? "-- (nothing to undo)\n" : body.downgrade());
        }
        return text.toString();
    }

    static List<PlannedChange> planned(DiffResult result, DdlRenderer renderer) {
        return result.changes().stream().map(c -> PlannedChange.of(c, renderer)).toList();
    }

    private static String comment(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\R")) {
            out.append("-- ").append(line).append('\n');
        }
        return out.toString();
    }
}
