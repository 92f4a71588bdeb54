package org.starrocks4j.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.starrocks4j.migrate.StarRocks4j;
import org.starrocks4j.migrate.StarRocks4jConfiguration;

/**
 * The {@code starrocks4j.*} properties. Each one is the {@code starrocks4j.properties} key of the same setting
 * ({@link StarRocks4jConfiguration}), and {@link #toSettings()} hands them over under those keys; the defaults are
 * the core's.
 */
@ConfigurationProperties(prefix = "starrocks4j")
public class StarRocks4jProperties {

    /** Whether to migrate on start-up. */
    private boolean enabled = true;

    /** What runs at start-up: upgrade (apply the revisions) or create-all (create the models' missing objects). */
    private Mode mode = Mode.UPGRADE;

    /** Where revision files are: classpath:FOLDER (shipped in the application) or filesystem:FOLDER. */
    private List<String> locations = new ArrayList<>(StarRocks4jConfiguration.DEFAULT_LOCATIONS);

    /** The revision to upgrade to: head, heads, or a revision id. */
    private String target = StarRocks4jConfiguration.DEFAULT_TARGET;

    /** Fail the start-up when the database still differs from the models after the upgrade (needs models). */
    private boolean failOnDrift;

    /**
     * The models: what fail-on-drift compares with, and what create-all creates; model classes or packages, or
     * schema sources.
     */
    private List<String> models = new ArrayList<>();

    /** A JDBC URL of its own, instead of the application's DataSource. */
    private String url;

    /** The user for the URL (default: STARROCKS_USER). */
    private String user;

    /** The password for the URL (default: STARROCKS_PASSWORD). */
    private String password;

    /** The name of the version table. */
    private String versionTable = StarRocks4jConfiguration.DEFAULT_VERSION_TABLE;

    /** PROPERTIES the version table is created with, e.g. replication_num: 1. */
    private Map<String, String> versionTableProperties = new LinkedHashMap<>();

    /** Waiting for StarRocks' asynchronous schema-change jobs. */
    private final Wait wait = new Wait();

    /** What runs at start-up. */
    public enum Mode {
        /** Apply the revisions up to the target, under the migration lock ({@link StarRocks4j#upgrade()}). */
        UPGRADE,
        /**
         * Create the models' tables, views and materialized views that the database lacks, and record no revision
         * ({@link StarRocks4j#createAll()}): for an application without revisions. Needs {@code models}.
         */
        CREATE_ALL
    }

    /** Waiting for schema-change jobs after each statement. */
    public static class Wait {

        /** How often to poll a schema-change job. */
        private Duration pollInterval = StarRocks4jConfiguration.DEFAULT_POLL_INTERVAL;

        /** How long to wait for one schema-change job before giving up. */
        private Duration timeout = StarRocks4jConfiguration.DEFAULT_TIMEOUT;

        public Duration getPollInterval() {
            return pollInterval;
        }

        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }

    /**
     * The settings under their {@code starrocks4j.properties} keys, for
     * {@link StarRocks4jConfiguration#configuration(Map)}. {@code enabled} and {@code mode} are Spring's alone; the
     * password is handed over but never logged.
     */
    public Map<String, String> toSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(StarRocks4jConfiguration.LOCATIONS, String.join(",", locations));
        settings.put(StarRocks4jConfiguration.TARGET, target);
        settings.put(StarRocks4jConfiguration.FAIL_ON_DRIFT, Boolean.toString(failOnDrift));
        settings.put(StarRocks4jConfiguration.MODELS, String.join(",", models));
        putIfSet(settings, StarRocks4jConfiguration.URL, url);
        putIfSet(settings, StarRocks4jConfiguration.USER, user);
        putIfSet(settings, StarRocks4jConfiguration.PASSWORD, password);
        settings.put(StarRocks4jConfiguration.VERSION_TABLE, versionTable);
        versionTableProperties.forEach((name, value) ->
                settings.put(StarRocks4jConfiguration.VERSION_TABLE_PROPERTIES + name, value));
        settings.put(StarRocks4jConfiguration.WAIT_POLL_INTERVAL, wait.pollInterval.toMillis() + "ms");
        settings.put(StarRocks4jConfiguration.WAIT_TIMEOUT, wait.timeout.toMillis() + "ms");
        return settings;
    }

    private static void putIfSet(Map<String, String> settings, String key, String value) {
        if (value != null && !value.isBlank()) {
            settings.put(key, value);
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode;
    }

    public List<String> getLocations() {
        return locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public boolean isFailOnDrift() {
        return failOnDrift;
    }

    public void setFailOnDrift(boolean failOnDrift) {
        this.failOnDrift = failOnDrift;
    }

    public List<String> getModels() {
        return models;
    }

    public void setModels(List<String> models) {
        this.models = models;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getVersionTable() {
        return versionTable;
    }

    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }

    public Map<String, String> getVersionTableProperties() {
        return versionTableProperties;
    }

    public void setVersionTableProperties(Map<String, String> versionTableProperties) {
        this.versionTableProperties = versionTableProperties;
    }

    public Wait getWait() {
        return wait;
    }
}
