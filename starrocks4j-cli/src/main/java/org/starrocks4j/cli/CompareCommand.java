package org.starrocks4j.cli;

import java.io.IOException;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.starrocks4j.diff.DiffOptions;
import org.starrocks4j.diff.RunMode;
import org.starrocks4j.diff.ServerProfile;
import org.starrocks4j.jdbc.ServerInfo;
import org.starrocks4j.migrate.Autogenerate;
import org.starrocks4j.migrate.MigrationException;
import org.starrocks4j.migrate.MigrationHistory;
import org.starrocks4j.migrate.MigrationPlanner;
import org.starrocks4j.migrate.ProjectConfig;
import org.starrocks4j.migrate.RevisionGraph;
import org.starrocks4j.migrate.VersionTable;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.source.SchemaSources;
import org.starrocks4j.source.SourceContext;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.sql.RenderOptions;
import picocli.CommandLine.Option;

/**
 * Base of the commands that compare the current state with the models ({@code revision --autogenerate},
 * {@code check}): the current state is the live database, or with {@code --offline} the migration history (the
 * revision files' upgrade SQL, parsed and replayed), so no server is needed.
 */
abstract class CompareCommand extends DatabaseCommand {

    @Option(names = "--offline",
            description = "Compare with the migration history (the revision files, replayed) instead of the "
                    + "database; needs no server.")
    boolean offline;

    @Option(names = "--models", paramLabel = "CLASS|PACKAGE|SOURCE", split = ",",
            description = "The models to compare with (default: 'models' from the settings file).")
    List<String> models;

    @Option(names = "--allow-rebuild",
            description = "For table changes StarRocks cannot ALTER (key model, partitioning, ENGINE, ...) generate a "
                    + "rebuild (new table, INSERT INTO ... SELECT, SWAP WITH, drop) instead of a flagged comment.")
    boolean allowRebuild;

    @Option(names = "--reset-properties",
            description = "Reset properties the models leave unset but the current state has at a non-default "
                    + "value to the server default (by default they are only reported).")
    boolean resetProperties;

    @Option(names = "--server-version", paramLabel = "VERSION",
            description = "The target server version, e.g. 3.5.2 (decides default PROPERTIES and spellings; "
                    + "online the server tells).")
    String serverVersion;

    @Option(names = "--run-mode", paramLabel = "MODE",
            description = "shared_nothing (default) or shared_data (online the server tells).")
    String runMode;

    @Override
    ProjectConfig adjust(ProjectConfig loaded) {
        ProjectConfig config = super.adjust(loaded);
        return models == null || models.isEmpty() ? config
                : config.withModels(ProjectConfig.models(String.join(",", models)));
    }

    /** The server the SQL is generated for: the options, else defaults. */
    ServerProfile server() {
        return ServerProfile.of(serverVersion, RunMode.parse(runMode == null ? "shared_nothing" : runMode));
    }

    DiffOptions diffOptions(ServerProfile server) {
        DiffOptions options = DiffOptions.defaults().withServer(server);
        if (allowRebuild) {
            options = options.allowRebuild();
        }
        return resetProperties ? options.resetUnmanagedProperties() : options;
    }

    /** The models, loaded from the project's class path. */
    Schema models() throws Exception {
        return ModelLoader.models(config(), line -> err().println(line));
    }

    /**
     * The changes from the migration history up to {@code applied} (revision ids) to the models, without a server.
     */
    Autogenerate compareWithHistory(RevisionGraph graph, Set<String> applied) throws Exception {
        Schema current = MigrationHistory.replay(graph, applied);
        ServerProfile server = server();
        return Autogenerate.compare(current, models(), diffOptions(server),
                new DdlRenderer(RenderOptions.forServer(server.version())));
    }

    /**
     * The changes from the live database to the models. The database must be at {@code expectedHeads}: otherwise
     * revisions not yet applied would be generated again.
     */
    Autogenerate compareWithDatabase(RevisionGraph graph, Set<String> expectedApplied) throws Exception {
        try (Connection connection = connect()) {
            var state = runner(connection).state(graph);
            if (!state.appliedIds().equals(expectedApplied) || !state.partial().isEmpty()) {
                throw new MigrationException("the database is not up to date: it is at " + state.describeCurrent()
                        + ", the revisions are at " + MigrationPlanner.describeHeads(graph, expectedApplied)
                        + "; run 'starrocks4j upgrade' first (or compare with the history with --offline)");
            }
            ServerProfile server = serverVersion == null && runMode == null ? ServerInfo.read(connection).profile()
                    : server();
            Schema current = versionTable().withoutBookkeeping(SchemaSources.load("db", databaseContext()));
            return Autogenerate.compare(current, models(), diffOptions(server),
                    new DdlRenderer(RenderOptions.forServer(server.version())));
        }
    }

    /** What the {@code db} source reads: the project's URL and user (the password stays in the environment). */
    private SourceContext databaseContext() throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("url", config().url());
        if (user != null && !user.isBlank()) {
            settings.put("user", user);
        }
        return new SourceContext(ModelLoader.context(config(), line -> err().println(line)).classLoader(), settings,
                line -> err().println(line));
    }

    /** The version table of the project: its objects are left out of every comparison. */
    VersionTable versionTable() throws IOException {
        return VersionTable.of(config());
    }
}
