package org.starrocks4j.migrate;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.starrocks4j.diff.NonAlterableChangeException;
import org.starrocks4j.jdbc.SchemaReflector;
import org.starrocks4j.jdbc.ServerInfo;
import org.starrocks4j.rules.ServerProfile;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.source.SchemaSources;
import org.starrocks4j.source.SourceContext;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.sql.RenderOptions;

/**
 * The entry point of starrocks4j migrations: configure, {@link StarRocks4jConfiguration#load() load}, then run an
 * operation. The command line, the Maven plugin and the Spring Boot integration all go through it.
 *
 * <pre>{@code
 * try (StarRocks4j starRocks4j = StarRocks4j.configure()
 *         .dataSource(dataSource)
 *         .models("com.acme.model")
 *         .locations("classpath:db/starrocks")
 *         .load()) {
 *     MigrateResult result = starRocks4j.upgrade();    // to the configured target, head by default
 *     CheckResult check = starRocks4j.check(CompareWith.HISTORY);
 * }
 * }</pre>
 *
 * <p>An instance configured with class path entries ({@code classpath(...)}, the settings file's
 * {@code classpath}) opens a class loader over them when it first needs the models or revisions: {@link #close()}
 * releases it (the jar files stay open until then). An instance without such entries holds nothing, and closing it
 * is harmless.
 *
 * <p>Online operations take the migration lock, run one statement at a time, wait for StarRocks' asynchronous
 * schema-change jobs, and record their progress in the version table: a failure stops with the revision, the
 * statement, the server's message and what was applied, and the next run resumes at the failed statement.
 * Offline operations ({@link #sql}, {@link #check} and {@link #revision} against the migration history) need no
 * server. Every failure is a {@link StarRocks4jException} whose message names the way out.
 */
public final class StarRocks4j implements AutoCloseable {

    /** The source {@link #read} takes for the configured database. */
    public static final String DATABASE_SOURCE = "db";
    private static final Pattern FILE_SOURCE = Pattern.compile("(sql:|history:)(.+)");

    private final StarRocks4jConfiguration settings;
    private ClassLoader modelClassLoader;
    private boolean closed;

    StarRocks4j(StarRocks4jConfiguration settings) {
        this.settings = settings;
    }

    /** Starts a configuration. */
    public static StarRocks4jConfiguration configure() {
        return new StarRocks4jConfiguration();
    }

    /** A copy of the settings this instance runs with (changing it changes nothing here). */
    public StarRocks4jConfiguration configuration() {
        return settings.copy();
    }

    // ---- offline ----------------------------------------------------------------------------------------------------

    /** The revision files of the configured locations. */
    public RevisionGraph revisions() {
        return call(() -> locations().graph());
    }

    /** The target schema: the union of the configured models. */
    public Schema models() {
        return call(this::loadModels);
    }

    /**
     * The schema a source holds: {@code db} (the configured database), {@code models:CLASS|PACKAGE},
     * {@code sql:FILE|DIR}, {@code history:DIR[@REV]} or a {@code jdbc:starrocks://} URL. Relative paths resolve
     * against the project folder.
     */
    public Schema read(String source) {
        return call(() -> {
            if (source.strip().equals(DATABASE_SOURCE)) {
                DatabaseConnector connector = connector();
                try (Connection connection = connector.open()) {
                    return reflect(connector, connection);
                }
            }
            return SchemaSources.load(resolve(source), sourceContext());
        });
    }

    /**
     * The SQL that takes a database from {@code from} to {@code to}, without connecting: an upgrade when {@code to}
     * lies ahead ({@code head}, {@code heads}, {@code +n}, a revision not applied at {@code from}), else a downgrade
     * ({@code base}, {@code -n}, an applied revision).
     *
     * @param from {@code base}, {@code head}, {@code heads}, or revision ids
     */
    public SqlScript sql(String from, String to) {
        return call(() -> {
            RevisionGraph graph = locations().graph();
            String t = to.strip();
            boolean down = t.equalsIgnoreCase("base") || t.startsWith("-")
                    || (!t.startsWith("+") && !t.equalsIgnoreCase("head") && !t.equalsIgnoreCase("heads")
                    && graph.appliedAt(from).contains(graph.resolve(t).id()));
            return script(graph, down ? Direction.DOWNGRADE : Direction.UPGRADE, from, t);
        });
    }

    /** The SQL of an upgrade or a downgrade from {@code from} to {@code to}, without connecting. */
    public SqlScript sql(Direction direction, String from, String to) {
        return call(() -> script(locations().graph(), direction, from, to));
    }

    private SqlScript script(RevisionGraph graph, Direction direction, String from, String to) {
        Set<String> applied = graph.appliedAt(from);
        List<MigrationStep> plan = direction == Direction.UPGRADE ? MigrationPlanner.upgrade(graph, applied, to)
                : MigrationPlanner.downgrade(graph, applied, to);
        // every statement checked against the schema it meets and the server's rules: nothing is printed that the
        // server would refuse half-way through the script
        MigrationHistory.check(graph, applied, plan, settings.readingRules());
        String who = "offline script";
        return new SqlScript(direction, from, to, plan,
                OfflineScript.render(plan, from, settings.versionTableModel(), settings.clock(), who),
                OfflineScript.render(plan, from, null, settings.clock(), who));
    }

    /**
     * Compares the models with the database or the migration history; the result holds what a new revision would.
     * Against the database, every revision must be applied first (else pending revisions would be generated again).
     */
    public CheckResult check(CompareWith comparedWith) {
        return call(() -> {
            RevisionGraph graph = locations().graph();
            return new CheckResult(comparedWith, compare(comparedWith, graph, graph.appliedAt("heads")));
        });
    }

    /**
     * Writes a revision to the first file system location: empty sections to fill by hand, or, with
     * {@link RevisionRequest#autogenerate}, the statements that turn the current state into the models and the
     * statements that undo them. An autogenerate that finds nothing writes nothing (unless asked to).
     */
    public RevisionResult revision(RevisionRequest request) {
        return call(() -> {
            RevisionLocations locations = locations();
            RevisionDirectory directory = locations.writable();
            RevisionGraph graph = locations.graph();
            List<String> parents = parents(graph, request.parents());
            String id = request.id() == null ? freshId(graph) : RevisionIds.requireValid(request.id());
            Optional<String> clash = graph.idClash(id);
            if (clash.isPresent()) {
                throw new StarRocks4jException(ErrorCode.CONFIGURATION, clash.get() + "; choose an id that neither "
                        + "starts nor is the start of another, or leave out the id for a random one (nothing was "
                        + "written)");
            }
            if (request.autogenerate() == null) {
                // A merge joins branches and holds no SQL unless someone adds some.
                boolean merge = parents.size() > 1;
                Revision written = directory.write(new Revision(id, parents, request.message(), Instant.now(),
                        merge ? "" : "-- Write the upgrade statements here, each ending with ';'.\n",
                        merge ? "" : "-- Write the statements that revert the upgrade, in reverse order.\n", null));
                return new RevisionResult(Optional.of(written), Optional.empty());
            }
            Autogenerate changes = compare(request.autogenerate(), graph, graph.ancestorsOf(parents));
            if (changes.isEmpty() && !request.writeEmpty()) {
                return new RevisionResult(Optional.empty(), Optional.of(changes));
            }
            if (changes.onlyNotAltered() && !request.writeEmpty()) {
                throw new NonAlterableChangeException(changes.notAltered());
            }
            RevisionBody body = changes.body();
            Revision written = directory.write(new Revision(id, parents, request.message(), Instant.now(),
                    body.upgrade(), body.downgrade(), null));
            return new RevisionResult(Optional.of(written), Optional.of(changes));
        });
    }

    /** A random id that clashes with no existing id (12 random hex digits almost never do). */
    private static String freshId(RevisionGraph graph) {
        String id = RevisionIds.generate();
        while (graph.idClash(id).isPresent()) {
            id = RevisionIds.generate();
        }
        return id;
    }

    private static List<String> parents(RevisionGraph graph, List<String> requested) {
        if (requested == null) {
            return graph.isEmpty() ? List.of() : List.of(graph.head().id());
        }
        return requested.stream().map(p -> graph.resolve(p).id()).distinct().toList();
    }

    // ---- online -----------------------------------------------------------------------------------------------------

    /** Applies the revisions up to the configured target ({@code head} by default). */
    public MigrateResult upgrade() {
        return upgrade(settings.target());
    }

    /**
     * Applies the revisions up to {@code target} ({@code head}, {@code heads}, {@code +n}, a revision id or unique
     * prefix). With {@link StarRocks4jConfiguration#failOnDrift fail-on-drift}, a database that still differs from
     * the models afterwards fails the run (the applied revisions stay applied).
     */
    public MigrateResult upgrade(String target) {
        return call(() -> {
            RevisionLocations locations = locations();
            RevisionGraph graph = locations.graph();
            if (settings.failOnDrift() && settings.models().isEmpty()) {
                throw new StarRocks4jException(ErrorCode.CONFIGURATION, StarRocks4jConfiguration.FAIL_ON_DRIFT
                        + " compares the database with the models, but no models are set; set '"
                        + StarRocks4jConfiguration.MODELS + "' or turn " + StarRocks4jConfiguration.FAIL_ON_DRIFT
                        + " off");
            }
            MigrateResult result;
            boolean atHeads;
            try (Connection connection = connector().open()) {
                MigrationRunner runner = runner(connection);
                if (graph.isEmpty() && runner.appliedRevisions().isEmpty()) {
                    settings.progress().accept("no revision files in " + locations.describe() + ": nothing to do");
                    return new MigrateResult(Direction.UPGRADE, target, List.of(), "base");
                }
                List<MigrationStep> ran = runner.upgrade(graph, target);
                DatabaseState after = runner.state(graph);
                result = new MigrateResult(Direction.UPGRADE, target, ran, after.describeCurrent());
                atHeads = after.appliedIds().equals(graph.appliedAt("heads"));
            }
            if (settings.failOnDrift()) {
                if (!atHeads) {
                    // The models describe the heads; compared with an earlier revision they always differ.
                    settings.progress().accept(StarRocks4jConfiguration.FAIL_ON_DRIFT + ": not compared, the "
                            + "database is at " + result.current() + ", not at the heads");
                    return result;
                }
                Autogenerate drift = compare(CompareWith.DATABASE, graph, graph.appliedAt("heads"));
                if (!drift.isEmpty()) {
                    throw new StarRocks4jException(ErrorCode.MODELS_DIFFER, "after the upgrade the database still "
                            + "differs from the models (" + drift.changes().size() + " change(s)):\n"
                            + drift.body().upgrade().strip() + "\nWrite them as a revision ('starrocks4j revision "
                            + "--autogenerate -m \"...\"'), or turn " + StarRocks4jConfiguration.FAIL_ON_DRIFT
                            + " off. The revisions applied so far stay applied");
                }
            }
            return result;
        });
    }

    /**
     * Reverts the revisions above {@code target} ({@code base}, {@code -n}, a revision id or prefix to keep). A
     * revision whose downgrade says it cannot undo all of it ({@link Revision#notUndone()}) is refused, and nothing
     * runs; see {@link #downgrade(String, boolean)}.
     */
    public MigrateResult downgrade(String target) {
        return downgrade(target, false);
    }

    /**
     * Reverts the revisions above {@code target}.
     *
     * @param acceptIrreversible also run downgrades that say they cannot undo all of their revision (a widened
     *                           column StarRocks refuses to narrow back, ...): what they cannot undo stays as the
     *                           upgrade made it
     */
    public MigrateResult downgrade(String target, boolean acceptIrreversible) {
        return call(() -> {
            RevisionGraph graph = locations().graph();
            try (Connection connection = connector().open()) {
                MigrationRunner runner = runner(connection);
                List<MigrationStep> ran = runner.downgrade(graph, target, acceptIrreversible);
                return new MigrateResult(Direction.DOWNGRADE, target, ran, runner.state(graph).describeCurrent());
            }
        });
    }

    /** What the database has applied, partly applied revisions, edited or missing files, and the lock's holder. */
    public MigrationInfo info() {
        return call(() -> {
            RevisionGraph graph = locations().graph();
            try (Connection connection = connector().open()) {
                return new MigrationInfo(runner(connection).state(graph),
                        MigrationLock.holder(new SqlSession(connection), settings.versionTableModel().lockView()));
            }
        });
    }

    /**
     * Records {@code target} (and every revision it follows) as applied without running any SQL; {@code base}
     * records nothing applied. For adopting an existing database, or after fixing it by hand.
     */
    public MigrationInfo stamp(String target) {
        return call(() -> {
            try (Connection connection = connector().open()) {
                runner(connection).stamp(locations().graph(), target);
            }
            return info();
        });
    }

    /**
     * Accepts edited revision files: records their current checksums, and forgets applied revisions whose files are
     * gone. Returns what it changed.
     */
    public List<RevisionDrift> repair() {
        return call(() -> {
            try (Connection connection = connector().open()) {
                return runner(connection).repair(locations().graph());
            }
        });
    }

    /** Releases the migration lock left by a run that crashed; returns who held it. */
    public Optional<LockHolder> unlock() {
        return call(() -> {
            try (Connection connection = connector().open()) {
                return MigrationLock.forceRelease(new SqlSession(connection), settings.versionTableModel().lockView());
            }
        });
    }

    /**
     * Creates every object of the models that the database lacks, in dependency order, waiting for asynchronous
     * jobs (SQLAlchemy's {@code metadata.create_all(engine)}); objects that exist are left alone and reported with
     * their differences from the models. No revision is recorded: for a database managed with revisions, use
     * {@link #upgrade}.
     */
    public CreateAllReport createAll() {
        return call(() -> creation().createAll(connector()::open));
    }

    /** Drops the models' objects that exist, dependants first (SQLAlchemy's {@code metadata.drop_all(engine)}). */
    public DropAllReport dropAll() {
        return call(() -> creation().dropAll(connector()::open));
    }

    /** The SQL {@link #createAll} would run on an empty database ({@code CREATE ... IF NOT EXISTS}), offline. */
    public String createAllSql() {
        return call(() -> creation().createAllScript(settings.server().version()));
    }

    /** The SQL {@link #dropAll} would run ({@code DROP ... IF EXISTS}, dependants first), offline. */
    public String dropAllSql() {
        return call(() -> creation().dropAllScript(settings.server().version()));
    }

    private SchemaCreation creation() {
        return SchemaCreation.of(loadModels()).withWait(settings.statementWait()).withProgress(settings.progress());
    }

    // ---- shared -----------------------------------------------------------------------------------------------------

    /**
     * The changes from the current state to the models. Against the database, it must have applied exactly
     * {@code expectedApplied}.
     */
    private Autogenerate compare(CompareWith comparedWith, RevisionGraph graph, Set<String> expectedApplied)
            throws Exception {
        Schema wanted = loadModels();
        if (comparedWith == CompareWith.HISTORY) {
            Schema current = MigrationHistory.replay(graph, expectedApplied, settings.readingRules(),
                    settings.progressListener());
            return autogenerate(current, wanted, settings.server());
        }
        DatabaseConnector connector = connector();
        try (Connection connection = connector.open()) {
            DatabaseState state = runner(connection).state(graph);
            if (!state.appliedIds().equals(expectedApplied) || !state.partial().isEmpty()) {
                throw new MigrationException("the database is not up to date: it is at " + state.describeCurrent()
                        + ", the revisions are at " + MigrationPlanner.describeHeads(graph, expectedApplied)
                        + "; run 'starrocks4j upgrade' first (or compare with the migration history: --offline)");
            }
            ServerProfile server = settings.serverGiven() ? settings.server() : ServerInfo.read(connection).profile();
            Schema live = reflect(connector, connection);
            return autogenerate(settings.versionTableModel().withoutBookkeeping(live), wanted, server);
        }
    }

    /** The database {@code connection} uses, read by {@link SchemaReflector} over the connector's connections. */
    private Schema reflect(DatabaseConnector connector, Connection connection) throws Exception {
        return SchemaReflector.builder(connector.source())
                .catalog(connector.catalog())
                .database(DatabaseConnector.database(connection))
                .progress(settings.progress())
                .progressListener(settings.progressListener())
                .build().read().schema();
    }

    private Autogenerate autogenerate(Schema current, Schema wanted, ServerProfile server) {
        return Autogenerate.compare(current, wanted, settings.diffOptions(server),
                new DdlRenderer(RenderOptions.forServer(server.version())));
    }

    private Schema loadModels() {
        if (settings.models().isEmpty()) {
            throw new StarRocks4jException(ErrorCode.CONFIGURATION, "no models: set '" + StarRocks4jConfiguration.MODELS
                    + "' (model classes or packages) in " + StarRocks4jConfiguration.FILE_NAME + ", or as "
                    + StarRocks4jConfiguration.PREFIX + StarRocks4jConfiguration.MODELS + " (Maven, Spring), or with "
                    + "--models (command line)");
        }
        SourceContext context = sourceContext();
        Schema schema = Schema.empty();
        for (String spec : settings.models()) {
            try {
                schema = schema.plus(SchemaSources.load(resolve(spec), context));
            } catch (StarRocks4jException e) {
                throw e;
            } catch (Exception e) {
                throw new StarRocks4jException(ErrorCode.MODELS, "cannot read the models " + spec + ": "
                        + e.getMessage(), e);
            }
        }
        return schema;
    }

    private SourceContext sourceContext() {
        Map<String, String> sourceSettings = new HashMap<>(settings.serverSettings());
        if (settings.url() != null) {
            sourceSettings.put(StarRocks4jConfiguration.URL, settings.url());
        }
        return new SourceContext(modelClassLoader(), sourceSettings, settings.progress(), settings.progressListener());
    }

    /** {@code sql:} and {@code history:} sources with their relative path resolved against the project folder. */
    private String resolve(String spec) {
        Matcher m = FILE_SOURCE.matcher(spec.strip());
        if (!m.matches() || Path.of(m.group(2)).isAbsolute()) {
            return spec;
        }
        return m.group(1) + settings.baseDir().resolve(m.group(2)).normalize();
    }

    /**
     * Releases the class loader opened over the configured class path entries, if any. Idempotent; the instance
     * cannot read models or revisions afterwards.
     *
     * @throws StarRocks4jException when a jar of the class path cannot be closed
     */
    @Override
    public synchronized void close() {
        closed = true;
        if (modelClassLoader instanceof URLClassLoader opened && opened != settings.classLoader()) {
            modelClassLoader = null;
            try {
                opened.close();
            } catch (IOException e) {
                throw new StarRocks4jException(ErrorCode.CONFIGURATION, "cannot close the class path of the models: "
                        + e.getMessage(), e);
            }
        }
    }

    /** The configured class loader, with the configured class path entries on top. */
    synchronized ClassLoader modelClassLoader() {
        if (closed) {
            throw new StarRocks4jException(ErrorCode.CONFIGURATION, "this StarRocks4j is closed (its model class "
                    + "loader is released): load a new one with StarRocks4j.configure()...load()");
        }
        if (modelClassLoader == null) {
            List<URL> urls = new ArrayList<>();
            for (Path entry : settings.classpath()) {
                if (!Files.exists(entry)) {
                    throw new StarRocks4jException(ErrorCode.CONFIGURATION, "class path entry " + entry + " does not "
                            + "exist; compile the models first, or fix '" + StarRocks4jConfiguration.CLASSPATH + "' in "
                            + StarRocks4jConfiguration.FILE_NAME);
                }
                try {
                    urls.add(entry.toUri().toURL());
                } catch (MalformedURLException e) {
                    throw new StarRocks4jException(ErrorCode.CONFIGURATION, "class path entry " + entry
                            + " is not a valid path", e);
                }
            }
            ClassLoader parent = settings.classLoader();
            modelClassLoader = urls.isEmpty() ? parent : new URLClassLoader(urls.toArray(URL[]::new), parent);
        }
        return modelClassLoader;
    }

    private RevisionLocations locations() {
        return new RevisionLocations(settings.locations(), settings.baseDir(), this::modelClassLoader);
    }

    private DatabaseConnector connector() {
        return DatabaseConnector.of(settings);
    }

    private MigrationRunner runner(Connection connection) {
        return new MigrationRunner(new SqlSession(connection), settings);
    }

    /** An operation that may fail with any exception; {@link #call} reports it as a {@link StarRocks4jException}. */
    @FunctionalInterface
    private interface Operation<T> {
        T run() throws Exception;
    }

    /** Runs {@code operation}, turning what it throws into one {@link StarRocks4jException} with a clear message. */
    private static <T> T call(Operation<T> operation) {
        try {
            return operation.run();
        } catch (StarRocks4jException e) {
            throw e;
        } catch (NonAlterableChangeException e) {
            throw new StarRocks4jException(ErrorCode.NOT_ALTERABLE, e.getMessage(), e);
        } catch (SQLException e) {
            throw new StarRocks4jException(ErrorCode.CONNECTION, "the database failed: "
                    + MigrationRunner.serverMessage(e), e);
        } catch (IOException e) {
            throw new StarRocks4jException(ErrorCode.CONFIGURATION, "cannot read " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StarRocks4jException(ErrorCode.MIGRATION, "interrupted; the version table records what was "
                    + "applied, and the next run resumes there", e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new StarRocks4jException(ErrorCode.MIGRATION, e.getMessage(), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StarRocks4jException(ErrorCode.MIGRATION, e.getMessage(), e);
        }
    }
}
