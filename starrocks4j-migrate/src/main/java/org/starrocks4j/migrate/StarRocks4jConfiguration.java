package org.starrocks4j.migrate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import org.starrocks4j.diff.DiffOptions;
import org.starrocks4j.jdbc.StarRocksUrl;
import org.starrocks4j.progress.ProgressListener;
import org.starrocks4j.rules.RunMode;
import org.starrocks4j.rules.ServerProfile;
import org.starrocks4j.rules.ServerRules;
import org.starrocks4j.rules.ServerVersion;
import org.starrocks4j.source.SourceContext;

/**
 * The settings of {@link StarRocks4j}, set fluently and then {@link #load() loaded}:
 *
 * <pre>{@code
 * StarRocks4j starRocks4j = StarRocks4j.configure()
 *         .dataSource(dataSource)                  // or .url("jdbc:starrocks://fe:9030/analytics")
 *         .models("com.acme.model")
 *         .locations("classpath:db/starrocks")
 *         .load();
 * }</pre>
 *
 * <p>Every setting has a key: the key in {@code starrocks4j.properties} ({@link #configurationFile(Path)}), in a
 * {@link #configuration(Map) map}, and, with the prefix {@value #PREFIX}, the Maven plugin's user property and the
 * Spring Boot property of the same setting. Credentials are never read from the properties file: they come from the
 * environment ({@code STARROCKS_USER}, {@code STARROCKS_PASSWORD}), an application's configuration, or a build's
 * server settings, and are never shown in messages.
 */
public final class StarRocks4jConfiguration {

    /** The file {@code starrocks4j init} writes and the command line and the Maven plugin read. */
    public static final String FILE_NAME = "starrocks4j.properties";
    /** The prefix of the keys as Maven user properties and Spring Boot properties. */
    public static final String PREFIX = "starrocks4j.";

    /** Key: the JDBC URL of the database to migrate ({@code jdbc:starrocks://...} or {@code jdbc:mysql://...}). */
    public static final String URL = "url";
    /** Key: the database user (not in the properties file; default {@code STARROCKS_USER}). */
    public static final String USER = "user";
    /** Key: the database password (not in the properties file; default {@code STARROCKS_PASSWORD}). */
    public static final String PASSWORD = "password";
    /** Key: the target schema, comma-separated model classes or packages, or schema sources ({@code sql:FILE}). */
    public static final String MODELS = "models";
    /** Key: extra class path entries for the model classes, comma-separated, relative to the project folder. */
    public static final String CLASSPATH = "classpath";
    /** Key: where revision files are, comma-separated {@code classpath:FOLDER} or {@code filesystem:FOLDER}. */
    public static final String LOCATIONS = "locations";
    /** Key: the revision {@code upgrade} goes to when none is given ({@code head}, {@code heads}, an id). */
    public static final String TARGET = "target";
    /** Key: the name of the version table. */
    public static final String VERSION_TABLE = "version_table";
    /** Key prefix: a PROPERTIES entry of the version table, e.g. {@code version_table.properties.replication_num}. */
    public static final String VERSION_TABLE_PROPERTIES = "version_table.properties.";
    /** Key: how often to poll an asynchronous schema-change job ({@code 2s}, {@code 500ms}, ...). */
    public static final String WAIT_POLL_INTERVAL = "wait.poll_interval";
    /** Key: how long to wait for one schema-change job before giving up ({@code 30m}, ...). */
    public static final String WAIT_TIMEOUT = "wait.timeout";
    /** Key: the server version SQL is generated for offline, e.g. {@code 3.5.2} (online the server tells). */
    public static final String SERVER_VERSION = "server_version";
    /** Key: {@code shared_nothing} or {@code shared_data}, for offline generation (online the server tells). */
    public static final String RUN_MODE = "run_mode";
    /** Key: {@code true} to generate rebuilds for table changes StarRocks cannot ALTER. */
    public static final String ALLOW_REBUILD = "allow_rebuild";
    /** Key: {@code true} to reset properties the models leave unset to the server default. */
    public static final String RESET_PROPERTIES = "reset_properties";
    /** Key: {@code true} to fail an upgrade that leaves the database different from the models. */
    public static final String FAIL_ON_DRIFT = "fail_on_drift";

    /** The locations of an application: revisions shipped in its jar under {@code db/starrocks}. */
    public static final List<String> DEFAULT_LOCATIONS = List.of("classpath:db/starrocks");
    /** The locations of a project whose {@code starrocks4j.properties} names none: {@code migrations} beside it. */
    public static final List<String> PROJECT_FILE_DEFAULT_LOCATIONS = List.of("migrations");
    /** The revision {@code upgrade} goes to when none is given. */
    public static final String DEFAULT_TARGET = "head";
    /** The name of the version table when none is given. */
    public static final String DEFAULT_VERSION_TABLE = "starrocks4j_version";
    /** How often a schema-change job is polled when nothing else is configured. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(2);
    /** How long one schema-change job is waited for when nothing else is configured. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

    private static final Set<String> KEYS = Set.of(URL, USER, PASSWORD, MODELS, CLASSPATH, LOCATIONS, TARGET,
            VERSION_TABLE, WAIT_POLL_INTERVAL, WAIT_TIMEOUT, SERVER_VERSION, RUN_MODE, ALLOW_REBUILD, RESET_PROPERTIES,
            FAIL_ON_DRIFT);
    private static final Set<String> SECRET_KEYS = Set.of("password", "user", "user.password", "pass", "pwd");
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

    private Path baseDir = Path.of("");
    private DataSource dataSource;
    private String url;
    private String user;
    private String password;
    private List<String> models = List.of();
    private List<Path> classpath = List.of();
    private ClassLoader classLoader;
    private List<Location> locations = parseLocations(DEFAULT_LOCATIONS);
    private String target = DEFAULT_TARGET;
    private String versionTable = DEFAULT_VERSION_TABLE;
    private Map<String, String> versionTableProperties = Map.of();
    private Duration pollInterval = DEFAULT_POLL_INTERVAL;
    private Duration timeout = DEFAULT_TIMEOUT;
    private String serverVersion;
    private RunMode runMode;
    private boolean allowRebuild;
    private boolean resetProperties;
    private boolean failOnDrift;
    private Consumer<String> progress = LoggerFactory.getLogger(StarRocks4j.class)::info;
    private ProgressListener progressListener = ProgressListener.NONE;
    private StatementWait statementWait;
    private Clock clock = Clock.systemUTC();
    private String who;

    /** Use {@link StarRocks4j#configure()}. */
    StarRocks4jConfiguration() {
    }

    private StarRocks4jConfiguration(StarRocks4jConfiguration o) {
        baseDir = o.baseDir;
        dataSource = o.dataSource;
        url = o.url;
        user = o.user;
        password = o.password;
        models = o.models;
        classpath = o.classpath;
        classLoader = o.classLoader;
        locations = o.locations;
        target = o.target;
        versionTable = o.versionTable;
        versionTableProperties = o.versionTableProperties;
        pollInterval = o.pollInterval;
        timeout = o.timeout;
        serverVersion = o.serverVersion;
        runMode = o.runMode;
        allowRebuild = o.allowRebuild;
        resetProperties = o.resetProperties;
        failOnDrift = o.failOnDrift;
        progress = o.progress;
        progressListener = o.progressListener;
        statementWait = o.statementWait;
        clock = o.clock;
        who = o.who;
    }

    /** A {@link StarRocks4j} with these settings; later changes to this object do not affect it. */
    public StarRocks4j load() {
        return new StarRocks4j(copy());
    }

    StarRocks4jConfiguration copy() {
        return new StarRocks4jConfiguration(this);
    }

    // ---- reading settings -------------------------------------------------------------------------------------------

    /**
     * Reads {@code starrocks4j.properties}: its folder becomes the project folder (relative paths resolve against
     * it), and its locations default to {@code migrations} beside it. Unknown keys and credentials in the file are
     * errors.
     */
    public StarRocks4jConfiguration configurationFile(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            throw configurationError("no " + file + "; create a project with 'starrocks4j init', or point to the "
                    + "file with --config");
        } catch (IOException e) {
            throw configurationError("cannot read " + file + ": " + e.getMessage());
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames().stream().sorted().toList()) {
            if (SECRET_KEYS.contains(key.toLowerCase(Locale.ROOT))) {
                throw configurationError(file + " holds '" + key + "': do not keep credentials in project files; "
                        + "set STARROCKS_USER and STARROCKS_PASSWORD in the environment instead");
            }
            settings.put(key, p.getProperty(key));
        }
        baseDir(file.toAbsolutePath().getParent());
        locations(PROJECT_FILE_DEFAULT_LOCATIONS.toArray(String[]::new));
        return configuration(settings, file + ": setting");
    }

    /**
     * Applies settings by key ({@link #URL}, {@link #LOCATIONS}, ...), with or without the {@value #PREFIX} prefix,
     * so Maven user properties and system properties can be passed as they are. Blank values are ignored; an unknown
     * key is an error naming the known ones.
     */
    public StarRocks4jConfiguration configuration(Map<String, String> settings) {
        return configuration(settings, "setting");
    }

    private StarRocks4jConfiguration configuration(Map<String, String> settings, String where) {
        Map<String, String> tableProperties = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : settings.entrySet()) {
            String key = entry.getKey().startsWith(PREFIX) ? entry.getKey().substring(PREFIX.length()) : entry.getKey();
            String value = entry.getValue() == null ? "" : entry.getValue().strip();
            if (key.startsWith(VERSION_TABLE_PROPERTIES)) {
                tableProperties.put(key.substring(VERSION_TABLE_PROPERTIES.length()), value);
                continue;
            }
            if (!KEYS.contains(key)) {
                throw configurationError(where + " '" + entry.getKey() + "' is unknown; known settings are "
                        + KEYS.stream().sorted().toList() + " and " + VERSION_TABLE_PROPERTIES + "<name>");
            }
            if (!value.isEmpty()) {
                apply(key, value, where);
            }
        }
        if (!tableProperties.isEmpty()) {
            versionTableProperties(tableProperties);
        }
        return this;
    }

    private void apply(String key, String value, String where) {
        switch (key) {
            case URL -> url(value);
            case USER -> user(value);
            case PASSWORD -> password(value);
            case MODELS -> models(value.split(","));
            case CLASSPATH -> classpath(Arrays.stream(value.split("[," + Pattern.quote(java.io.File.pathSeparator)
                    + "]")).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toArray(Path[]::new));
            case LOCATIONS -> locations(value.split(","));
            case TARGET -> target(value);
            case VERSION_TABLE -> versionTable(value);
            case WAIT_POLL_INTERVAL -> waitPollInterval(duration(value, key, where));
            case WAIT_TIMEOUT -> waitTimeout(duration(value, key, where));
            case SERVER_VERSION -> naming(where, () -> serverVersion(value));
            case RUN_MODE -> naming(where, () -> runMode(value));
            case ALLOW_REBUILD -> allowRebuild(bool(value, key, where));
            case RESET_PROPERTIES -> resetProperties(bool(value, key, where));
            case FAIL_ON_DRIFT -> failOnDrift(bool(value, key, where));
            default -> throw new IllegalStateException("setting " + key + " is known but not applied");
        }
    }

    /** {@code 2s}, {@code 500ms}, {@code 30m}, {@code 1h}, a plain number of seconds, or ISO-8601 {@code PT2S}. */
    public static Duration duration(String value, String key, String where) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(v);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofSeconds(n);
            };
        }
        try {
            return Duration.parse(value.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw configurationError(where + " " + key + " = '" + value + "' is not a duration; write e.g. 500ms, "
                    + "2s, 30m or 1h");
        }
    }

    private static boolean bool(String value, String key, String where) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw configurationError(where + " " + key + " = '" + value + "' is not true or false");
    }

    // ---- fluent setters ---------------------------------------------------------------------------------------------

    /** The folder relative paths (file system locations, class path entries, {@code sql:} models) resolve against. */
    public StarRocks4jConfiguration baseDir(Path folder) {
        this.baseDir = Objects.requireNonNull(folder, "baseDir");
        return this;
    }

    /** The database to migrate, as an application's data source (wins over {@link #url(String)}). */
    public StarRocks4jConfiguration dataSource(DataSource value) {
        this.dataSource = value;
        return this;
    }

    /** The database to migrate, as a JDBC URL; the user and password default to the environment. */
    public StarRocks4jConfiguration url(String value) {
        this.url = blankToNull(value);
        return this;
    }

    /** The database user for {@link #url(String)} (default: {@code STARROCKS_USER}, or the URL's). */
    public StarRocks4jConfiguration user(String value) {
        this.user = blankToNull(value);
        return this;
    }

    /** The password for {@link #url(String)} (default: {@code STARROCKS_PASSWORD}); never shown. */
    public StarRocks4jConfiguration password(String value) {
        this.password = value == null || value.isEmpty() ? null : value;
        return this;
    }

    /**
     * The target schema: model classes or packages ({@code com.acme.model}), or any schema source
     * ({@code sql:schema.sql}, {@code models:com.acme.Models}); a bare name means {@code models:NAME}.
     */
    public StarRocks4jConfiguration models(String... specs) {
        List<String> out = new ArrayList<>();
        for (String item : specs) {
            String spec = item == null ? "" : item.strip();
            if (!spec.isEmpty()) {
                out.add(spec.matches("[a-zA-Z]+:.*") ? spec : "models:" + spec);
            }
        }
        this.models = List.copyOf(out);
        return this;
    }

    /** Folders and jars of model classes, besides the {@link #classLoader(ClassLoader) class loader}'s. */
    public StarRocks4jConfiguration classpath(Path... entries) {
        this.classpath = List.of(entries);
        return this;
    }

    /** Loads model classes and {@code classpath:} revisions (default: the thread's context class loader). */
    public StarRocks4jConfiguration classLoader(ClassLoader value) {
        this.classLoader = value;
        return this;
    }

    /** Where revision files are: {@code classpath:FOLDER}, {@code filesystem:FOLDER}, or a plain folder. */
    public StarRocks4jConfiguration locations(String... values) {
        List<String> given = Arrays.stream(values).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (given.isEmpty()) {
            throw configurationError("no revision location given; write e.g. classpath:db/starrocks or "
                    + "filesystem:migrations");
        }
        this.locations = parseLocations(given);
        return this;
    }

    /** The revision {@link StarRocks4j#upgrade()} goes to (default {@value #DEFAULT_TARGET}). */
    public StarRocks4jConfiguration target(String value) {
        this.target = value == null || value.isBlank() ? DEFAULT_TARGET : value.strip();
        return this;
    }

    /** The name of the version table (default {@value #DEFAULT_VERSION_TABLE}). */
    public StarRocks4jConfiguration versionTable(String name) {
        this.versionTable = name == null || name.isBlank() ? DEFAULT_VERSION_TABLE : name.strip();
        return this;
    }

    /** PROPERTIES the version table is created with, e.g. {@code replication_num = 1} on a one-backend cluster. */
    public StarRocks4jConfiguration versionTableProperties(Map<String, String> properties) {
        this.versionTableProperties = Map.copyOf(properties);
        return this;
    }

    /** How often to poll an asynchronous schema-change job (default 2 s). */
    public StarRocks4jConfiguration waitPollInterval(Duration value) {
        this.pollInterval = requirePositive(value, WAIT_POLL_INTERVAL);
        return this;
    }

    /** How long to wait for one schema-change job before failing (default 30 min); the job may still finish. */
    public StarRocks4jConfiguration waitTimeout(Duration value) {
        this.timeout = requirePositive(value, WAIT_TIMEOUT);
        return this;
    }

    /** The server version offline SQL is generated for; online the server tells. */
    public StarRocks4jConfiguration serverVersion(String value) {
        String version = blankToNull(value);
        if (version != null) {
            try {
                ServerVersion.require(version);
            } catch (IllegalArgumentException e) {
                throw configurationError(SERVER_VERSION + ": " + e.getMessage());
            }
        }
        this.serverVersion = version;
        return this;
    }

    /** {@code shared_nothing} or {@code shared_data}, for offline generation; online the server tells. */
    public StarRocks4jConfiguration runMode(String value) {
        try {
            this.runMode = value == null || value.isBlank() ? null : RunMode.parse(value.strip());
        } catch (IllegalArgumentException e) {
            throw configurationError(RUN_MODE + ": " + e.getMessage());
        }
        return this;
    }

    /** Whether table changes StarRocks cannot ALTER become rebuilds (new table, copy, swap) instead of errors. */
    public StarRocks4jConfiguration allowRebuild(boolean value) {
        this.allowRebuild = value;
        return this;
    }

    /** Whether properties the models leave unset are reset to the server default (else only reported). */
    public StarRocks4jConfiguration resetProperties(boolean value) {
        this.resetProperties = value;
        return this;
    }

    /** Whether an upgrade that leaves the database different from the models fails (needs {@link #models}). */
    public StarRocks4jConfiguration failOnDrift(boolean value) {
        this.failOnDrift = value;
        return this;
    }

    /** Receives one line per revision, statement and schema-change poll (default: logged at INFO). */
    public StarRocks4jConfiguration progress(Consumer<String> value) {
        this.progress = Objects.requireNonNull(value, "progress");
        return this;
    }

    /**
     * Receives how far long work has got, for a display that shows it while it lasts: revisions of the history
     * replayed, objects of the database reflected, polls of a schema-change job waited for (default: none).
     */
    public StarRocks4jConfiguration progressListener(ProgressListener value) {
        this.progressListener = Objects.requireNonNull(value, "progressListener");
        return this;
    }

    /** What to do after each statement (default: wait for its schema-change job); for tests. */
    StarRocks4jConfiguration statementWait(StatementWait value) {
        this.statementWait = value;
        return this;
    }

    /** The clock of the version table and the lock; for tests. */
    StarRocks4jConfiguration clock(Clock value) {
        this.clock = Objects.requireNonNull(value, "clock");
        return this;
    }

    /** Who runs the migrations, as recorded in the version table and the lock (default {@code user@host:pid}). */
    public StarRocks4jConfiguration runBy(String value) {
        this.who = blankToNull(value);
        return this;
    }

    // ---- getters ----------------------------------------------------------------------------------------------------

    /** The project folder, absolute. */
    public Path baseDir() {
        return baseDir.toAbsolutePath().normalize();
    }

    /** The data source to migrate, or {@code null} when a URL is used. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The JDBC URL, or {@code null}. */
    public String url() {
        return url;
    }

    /** The configured user, or {@code null} for the environment's. */
    public String user() {
        return user;
    }

    /** Whether a password was set (the password itself is not handed out). */
    public boolean hasPassword() {
        return password != null;
    }

    String password() {
        return password;
    }

    /** The model sources, each with its prefix ({@code models:}, {@code sql:}, ...). */
    public List<String> models() {
        return models;
    }

    /** The class path entries, resolved against the project folder. */
    public List<Path> classpath() {
        return classpath.stream().map(p -> baseDir().resolve(p).normalize()).toList();
    }

    /** The class loader of model classes and {@code classpath:} revisions. */
    public ClassLoader classLoader() {
        return classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
    }

    /** Where revision files are. */
    public List<Location> locations() {
        return locations;
    }

    /** The revision {@link StarRocks4j#upgrade()} goes to. */
    public String target() {
        return target;
    }

    /** The name of the version table. */
    public String versionTable() {
        return versionTable;
    }

    /** PROPERTIES the version table is created with. */
    public Map<String, String> versionTableProperties() {
        return versionTableProperties;
    }

    /** How often a schema-change job is polled. */
    public Duration waitPollInterval() {
        return pollInterval;
    }

    /** How long one schema-change job is waited for. */
    public Duration waitTimeout() {
        return timeout;
    }

    /** See {@link #allowRebuild(boolean)}. */
    public boolean allowRebuild() {
        return allowRebuild;
    }

    /** See {@link #resetProperties(boolean)}. */
    public boolean resetProperties() {
        return resetProperties;
    }

    /** See {@link #failOnDrift(boolean)}. */
    public boolean failOnDrift() {
        return failOnDrift;
    }

    Consumer<String> progress() {
        return progress;
    }

    ProgressListener progressListener() {
        return progressListener;
    }

    StatementWait statementWait() {
        return statementWait != null ? statementWait
                : new SchemaChangeWait(pollInterval, timeout).withProgressListener(progressListener);
    }

    Clock clock() {
        return clock;
    }

    String runBy() {
        return who != null ? who : MigrationRunner.currentProcess();
    }

    /** Whether the server to generate for was given ({@link #serverVersion}, {@link #runMode}). */
    boolean serverGiven() {
        return serverVersion != null || runMode != null;
    }

    /** The server SQL is generated for offline: the configured version and run mode, else defaults. */
    ServerProfile server() {
        return ServerProfile.of(serverVersion, runMode == null ? RunMode.SHARED_NOTHING : runMode);
    }

    /** The server version and run mode as given, as settings of a schema source ({@link #readingRules}). */
    Map<String, String> serverSettings() {
        Map<String, String> out = new LinkedHashMap<>();
        if (serverVersion != null) {
            out.put(SERVER_VERSION, serverVersion);
        }
        if (runMode != null) {
            out.put(RUN_MODE, runMode.name());
        }
        return out;
    }

    /**
     * The rules statements read without a server (revision files, SQL files) are checked against: those of the
     * configured version and run mode, else those every server keeps.
     */
    ServerRules readingRules() {
        return ServerRules.forReading(ServerVersion.parse(serverVersion), runMode);
    }

    /**
     * {@link #readingRules()} for a schema source, from its context's settings ({@link #SERVER_VERSION},
     * {@link #RUN_MODE}).
     */
    static ServerRules readingRules(SourceContext context) {
        String version = context.setting(SERVER_VERSION);
        String mode = context.setting(RUN_MODE);
        return ServerRules.forReading(version == null ? ServerVersion.UNKNOWN : ServerVersion.require(version),
                mode == null || mode.isBlank() ? null : RunMode.parse(mode));
    }

    DiffOptions diffOptions(ServerProfile server) {
        DiffOptions options = DiffOptions.defaults().withServer(server);
        if (allowRebuild) {
            options = options.allowRebuild();
        }
        return resetProperties ? options.resetUnmanagedProperties() : options;
    }

    VersionTable versionTableModel() {
        return new VersionTable(versionTable, versionTableProperties);
    }

    @Override
    public String toString() {
        // Never the password.
        return "StarRocks4jConfiguration[" + (dataSource != null ? "dataSource" : "url=" + StarRocksUrl.redact(url))
                + ", locations=" + locations + ", models=" + models + ", versionTable=" + versionTable + "]";
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private static List<Location> parseLocations(List<String> values) {
        return values.stream().map(Location::parse).toList();
    }

    private static Duration requirePositive(Duration value, String key) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw configurationError(key + " must be a positive duration, got " + value);
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Applies a setting whose own message does not say where it comes from, naming {@code where} on failure. */
    private static void naming(String where, Runnable setting) {
        try {
            setting.run();
        } catch (StarRocks4jException e) {
            throw configurationError(where + " " + e.getMessage());
        }
    }

    private static StarRocks4jException configurationError(String message) {
        return new StarRocks4jException(ErrorCode.CONFIGURATION, message);
    }
}
