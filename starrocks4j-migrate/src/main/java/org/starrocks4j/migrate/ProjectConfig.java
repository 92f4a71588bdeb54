package org.starrocks4j.migrate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings of a migration project, read from {@code starrocks4j.properties}. Relative paths are resolved
 * against the folder of that file. Credentials are never read from it: they come from the environment
 * ({@code STARROCKS_USER}, {@code STARROCKS_PASSWORD}) or from command options.
 *
 * @param baseDir                 the folder paths are relative to
 * @param url                     the JDBC URL of the database to migrate, or {@code null}
 * @param models                  the target schema: source specs such as {@code models:com.example.Models}
 * @param classpath               where model classes are loaded from
 * @param migrations              the folder of revision files
 * @param versionTable            the name of the version table
 * @param versionTableProperties  PROPERTIES the version table is created with, e.g. {@code replication_num=1}
 * @param pollInterval            how often to poll an asynchronous schema change
 * @param timeout                 how long to wait for one before giving up
 */
public record ProjectConfig(Path baseDir, String url, List<String> models, List<Path> classpath, Path migrations,
                            String versionTable, Map<String, String> versionTableProperties, Duration pollInterval,
                            Duration timeout) {

    /** The file name {@code init} writes and commands look for in the current folder. */
    public static final String FILE_NAME = "starrocks4j.properties";
    public static final String DEFAULT_VERSION_TABLE = "starrocks4j_version";
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(2);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

    private static final String VERSION_PROPERTIES_PREFIX = "version_table.properties.";
    private static final Set<String> KEYS = Set.of("url", "models", "classpath", "migrations", "version_table",
            "wait.poll_interval", "wait.timeout");
    private static final Set<String> SECRET_KEYS = Set.of("password", "user.password", "pass", "pwd");
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

    public ProjectConfig {
        baseDir = baseDir.toAbsolutePath().normalize();
        models = List.copyOf(models);
        classpath = List.copyOf(classpath);
        migrations = baseDir.resolve(migrations).normalize();
        versionTable = versionTable == null || versionTable.isBlank() ? DEFAULT_VERSION_TABLE : versionTable.strip();
        versionTableProperties = Map.copyOf(versionTableProperties);
        pollInterval = pollInterval == null ? DEFAULT_POLL_INTERVAL : pollInterval;
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    }

    /** Settings for a project without a properties file: everything default, migrations in {@code ./migrations}. */
    public static ProjectConfig defaults(Path baseDir) {
        return new ProjectConfig(baseDir, null, List.of(), List.of(), Path.of("migrations"), null, Map.of(), null,
                null);
    }

    /** Reads {@code file}; unknown keys and a password in the file are errors. */
    public static ProjectConfig load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            throw new MigrationException("no " + file + "; create a project with 'starrocks4j init', or point to the "
                    + "file with --config");
        }
        Map<String, String> versionProperties = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames().stream().sorted().toList()) {
            if (SECRET_KEYS.contains(key.toLowerCase(Locale.ROOT))) {
                throw new MigrationException(file + " holds '" + key + "': do not keep credentials in project files; "
                        + "set STARROCKS_USER and STARROCKS_PASSWORD in the environment instead");
            }
            if (key.startsWith(VERSION_PROPERTIES_PREFIX)) {
                versionProperties.put(key.substring(VERSION_PROPERTIES_PREFIX.length()), p.getProperty(key).strip());
            } else if (!KEYS.contains(key)) {
                throw new MigrationException(file + ": unknown setting '" + key + "'; known settings are " + KEYS
                        + " and " + VERSION_PROPERTIES_PREFIX + "<name>");
            }
        }
        Path base = file.toAbsolutePath().getParent();
        return new ProjectConfig(base, blankToNull(p.getProperty("url")), models(p.getProperty("models")),
                paths(p.getProperty("classpath")), Path.of(p.getProperty("migrations", "migrations").strip()),
                p.getProperty("version_table"), versionProperties,
                duration(p.getProperty("wait.poll_interval"), "wait.poll_interval", file),
                duration(p.getProperty("wait.timeout"), "wait.timeout", file));
    }

    /**
     * Model settings as source specs: a bare class or package name becomes {@code models:NAME}; anything that
     * already names a source ({@code sql:FILE}, {@code models:X}) stays as it is.
     */
    public static List<String> models(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String item : value.split(",")) {
            String spec = item.strip();
            if (!spec.isEmpty()) {
                out.add(spec.matches("[a-zA-Z]+:.*") ? spec : "models:" + spec);
            }
        }
        return out;
    }

    /** Entries separated by commas or the platform's path separator. */
    private static List<Path> paths(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("[," + java.util.regex.Pattern.quote(java.io.File.pathSeparator) + "]")).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of)
                .toList();
    }

    /** {@code 2s}, {@code 500ms}, {@code 30m}, {@code 1h}, a plain number of seconds, or ISO-8601 {@code PT2S}. */
    public static Duration duration(String value, String name, Object where) {
        if (value == null || value.isBlank()) {
            return null;
        }
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
            throw new MigrationException(where + ": " + name + " = '" + value + "' is not a duration; write e.g. "
                    + "500ms, 2s, 30m or 1h");
        }
    }

    /** Classpath entries resolved against the project folder. */
    public List<Path> resolvedClasspath() {
        return classpath.stream().map(baseDir::resolve).map(Path::normalize).toList();
    }

    /** A copy with the URL replaced (command options override the file). */
    public ProjectConfig withUrl(String newUrl) {
        return new ProjectConfig(baseDir, newUrl, models, classpath, migrations, versionTable, versionTableProperties,
                pollInterval, timeout);
    }

    /** A copy with the models replaced. */
    public ProjectConfig withModels(List<String> newModels) {
        return new ProjectConfig(baseDir, url, newModels, classpath, migrations, versionTable, versionTableProperties,
                pollInterval, timeout);
    }

    /** A copy with extra classpath entries (absolute or relative to the project folder). */
    public ProjectConfig withExtraClasspath(List<Path> extra) {
        List<Path> all = new ArrayList<>(classpath);
        all.addAll(extra);
        return new ProjectConfig(baseDir, url, models, all, migrations, versionTable, versionTableProperties,
                pollInterval, timeout);
    }

    /** A copy with the migrations folder replaced (relative to the current folder when not absolute). */
    public ProjectConfig withMigrations(Path folder) {
        return new ProjectConfig(baseDir, url, models, classpath, folder.toAbsolutePath(), versionTable,
                versionTableProperties, pollInterval, timeout);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
