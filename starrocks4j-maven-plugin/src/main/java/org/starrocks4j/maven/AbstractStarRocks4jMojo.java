package org.starrocks4j.maven;

import static org.starrocks4j.migrate.StarRocks4jConfiguration.PREFIX;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.starrocks4j.migrate.ErrorCode;
import org.starrocks4j.migrate.StarRocks4j;
import org.starrocks4j.migrate.StarRocks4jConfiguration;
import org.starrocks4j.migrate.StarRocks4jException;

/**
 * Base of the starrocks4j goals: builds one {@link StarRocks4j} from {@code starrocks4j.properties} (when the
 * project has one) and the plugin configuration, over the project's own compiled classes and dependencies, then
 * runs the goal. Every parameter is also a user property named after its {@code starrocks4j.properties} key, e.g.
 * {@code -Dstarrocks4j.url=...}. Credentials come from the environment ({@code STARROCKS_USER},
 * {@code STARROCKS_PASSWORD}) or from the {@code <server>} of the Maven settings named by {@link #serverId}, never
 * from the POM, and are never logged. A failure is one message without a stack trace (run with {@code -X} to see
 * it).
 */
public abstract class AbstractStarRocks4jMojo extends AbstractMojo {

    /** Where a project without {@code starrocks4j.properties} keeps its revisions: on its class path at run time. */
    static final String DEFAULT_LOCATION = "filesystem:src/main/resources/db/starrocks";

    /** Skips the goal. */
    @Parameter(property = PREFIX + "skip", defaultValue = "false")
    boolean skip;

    /** The project settings file; read when it exists (default: starrocks4j.properties beside the POM). */
    @Parameter(property = PREFIX + "configFile", defaultValue = "${project.basedir}/"
            + StarRocks4jConfiguration.FILE_NAME)
    File configFile;

    /** The JDBC URL of the database, e.g. jdbc:starrocks://fe:9030/analytics. */
    @Parameter(property = PREFIX + StarRocks4jConfiguration.URL)
    String url;

    /** The database user (default: the settings server's, then STARROCKS_USER). */
    @Parameter(property = PREFIX + StarRocks4jConfiguration.USER)
    String user;

    /** The id of the {@code <server>} in the Maven settings whose username and (encrypted) password to use. */
    @Parameter(property = PREFIX + "serverId", defaultValue = "starrocks4j")
    String serverId;

    /** The models: model classes or packages of this project, or schema sources such as sql:schema.sql. */
    @Parameter(property = PREFIX + StarRocks4jConfiguration.MODELS)
    List<String> models;

    /**
     * Where revision files are: classpath:FOLDER or filesystem:FOLDER (default: starrocks4j.properties' locations,
     * else src/main/resources/db/starrocks, which the application finds at classpath:db/starrocks).
     */
    @Parameter(property = PREFIX + StarRocks4jConfiguration.LOCATIONS)
    List<String> locations;

    /** The name of the version table (default: starrocks4j_version). */
    @Parameter(property = PREFIX + StarRocks4jConfiguration.VERSION_TABLE)
    String versionTable;

    /** PROPERTIES the version table is created with, e.g. replication_num = 1. */
    @Parameter
    Map<String, String> versionTableProperties;

    /** How often to poll a schema-change job, e.g. 2s. */
    @Parameter(property = PREFIX + StarRocks4jConfiguration.WAIT_POLL_INTERVAL)
    String waitPollInterval;

    /** How long to wait for one schema-change job, e.g. 30m. */
    @Parameter(property = PREFIX + StarRocks4jConfiguration.WAIT_TIMEOUT)
    String waitTimeout;

    /** The server version offline SQL is generated for, e.g. 3.5.2 (online the server tells). */
    @Parameter(property = PREFIX + StarRocks4jConfiguration.SERVER_VERSION)
    String serverVersion;

    /** shared_nothing or shared_data, for offline generation (online the server tells). */
    @Parameter(property = PREFIX + StarRocks4jConfiguration.RUN_MODE)
    String runMode;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${settings}", readonly = true)
    Settings settings;

    @Component
    SettingsDecrypter settingsDecrypter;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("starrocks4j: skipped");
            return;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader projectClasses = projectClassLoader()) {
            // Connector/J and the model classes come from the project: the driver locator asks the context loader.
            thread.setContextClassLoader(projectClasses);
            try (StarRocks4j starRocks4j = configuration(projectClasses).load()) {
                run(starRocks4j);
            }
        } catch (StarRocks4jException e) {
            getLog().debug(e);
            if (e.errorCode() == ErrorCode.MODELS_DIFFER) {
                throw new MojoFailureException(e.getMessage());
            }
            throw new MojoExecutionException(e.getMessage());
        } catch (IOException e) {
            getLog().debug(e);
            throw new MojoExecutionException("cannot read the project's classes: " + e.getMessage());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Runs the goal. */
    abstract void run(StarRocks4j starRocks4j) throws MojoExecutionException, MojoFailureException;

    /** Settings of this goal beyond the common ones, by {@code starrocks4j.properties} key. */
    void addSettings(Map<String, String> settings) {
    }

    /** The settings file (when there is one), then this goal's parameters, then the credentials. */
    StarRocks4jConfiguration configuration(ClassLoader projectClasses) throws MojoExecutionException {
        StarRocks4jConfiguration configuration = StarRocks4j.configure();
        if (configFile != null && configFile.isFile()) {
            configuration.configurationFile(configFile.toPath());
        } else {
            configuration.baseDir(project.getBasedir().toPath()).locations(DEFAULT_LOCATION);
        }
        Map<String, String> given = new LinkedHashMap<>();
        put(given, StarRocks4jConfiguration.URL, url);
        put(given, StarRocks4jConfiguration.MODELS, models == null ? null : String.join(",", models));
        put(given, StarRocks4jConfiguration.LOCATIONS, locations == null ? null : String.join(",", locations));
        put(given, StarRocks4jConfiguration.VERSION_TABLE, versionTable);
        if (versionTableProperties != null) {
            versionTableProperties.forEach((name, value) ->
                    given.put(StarRocks4jConfiguration.VERSION_TABLE_PROPERTIES + name, value));
        }
        put(given, StarRocks4jConfiguration.WAIT_POLL_INTERVAL, waitPollInterval);
        put(given, StarRocks4jConfiguration.WAIT_TIMEOUT, waitTimeout);
        put(given, StarRocks4jConfiguration.SERVER_VERSION, serverVersion);
        put(given, StarRocks4jConfiguration.RUN_MODE, runMode);
        addSettings(given);
        configuration.configuration(given);
        applyCredentials(configuration);
        return configuration.classLoader(projectClasses).progress(getLog()::info);
    }

    /**
     * The user from the POM, else the settings server's; the password only from the settings server (or the
     * environment).
     */
    private void applyCredentials(StarRocks4jConfiguration configuration) throws MojoExecutionException {
        Server server = settings == null || serverId == null ? null : settings.getServer(serverId);
        if (server != null) {
            SettingsDecryptionResult decrypted =
                    settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            for (SettingsProblem problem : decrypted.getProblems()) {
                if (problem.getSeverity().ordinal() <= SettingsProblem.Severity.ERROR.ordinal()) {
                    throw new MojoExecutionException("cannot decrypt the password of server '" + serverId
                            + "' in the Maven settings: " + problem.getMessage());
                }
            }
            Server plain = decrypted.getServer();
            configuration.user(plain.getUsername()).password(plain.getPassword());
        }
        if (user != null && !user.isBlank()) {
            configuration.user(user);
        }
    }

    /** The project's compiled classes and its compile and runtime dependencies, over the plugin's classes. */
    private URLClassLoader projectClassLoader() throws MojoExecutionException {
        Set<String> elements = new LinkedHashSet<>();
        try {
            elements.addAll(project.getCompileClasspathElements());
            elements.addAll(project.getRuntimeClasspathElements());
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the project's dependencies are not resolved: " + e.getMessage());
        }
        URL[] urls = new URL[elements.size()];
        int i = 0;
        for (String element : elements) {
            try {
                urls[i++] = new File(element).toURI().toURL();
            } catch (MalformedURLException e) {
                throw new MojoExecutionException("class path element " + element + " is not a valid path");
            }
        }
        return new URLClassLoader(urls, getClass().getClassLoader());
    }

    static void put(Map<String, String> settings, String key, String value) {
        if (value != null && !value.isBlank()) {
            settings.put(key, value);
        }
    }
}
