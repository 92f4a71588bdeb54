package org.starrocks4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.starrocks4j.jdbc.DatabaseSourceProvider;
import org.starrocks4j.migrate.SqlFileSourceProvider;
import org.starrocks4j.migrate.StarRocks4j;
import org.starrocks4j.migrate.StarRocks4jConfiguration;
import org.starrocks4j.source.SourceContext;
import picocli.CommandLine.Option;

/**
 * Options of commands that read schema sources, for the live database: {@code --from db} takes its URL from
 * {@code --url} or the project's {@code starrocks4j.properties}. Credentials: the URL's user, {@code --user}, or
 * {@code STARROCKS_USER}; the password from the URL or {@code STARROCKS_PASSWORD}, never from an option.
 */
final class LiveSourceOptions {

    @Option(names = "--url", paramLabel = "URL",
            description = "The database for a 'db' source: jdbc:starrocks://HOST[:PORT]/[CATALOG.]DATABASE "
                    + "(default: 'url' from the settings file).")
    String url;

    @Option(names = "--user", paramLabel = "USER",
            description = "The user for a live database (default: the URL's user, then $STARROCKS_USER). The password "
                    + "comes from the URL or $STARROCKS_PASSWORD.")
    String user;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The project settings file holding 'url' (default: ./" + StarRocks4jConfiguration.FILE_NAME
                    + ").")
    Path config;

    @Option(names = "--tables", paramLabel = "PATTERNS",
            description = "Read only objects whose names match, e.g. 'orders_*,dim_*,!*_tmp' (a live database or a "
                    + "sql: source).")
    String tables;

    @Option(names = "--ignore-unsupported",
            description = "For a sql: source: skip statements that define no schema object (INSERT, GRANT, REFRESH, "
                    + "...) with a warning naming the file and line, instead of failing.")
    boolean ignoreUnsupported;

    @Option(names = "--parallel", paramLabel = "N", converter = OptionValues.Parallel.class,
            description = "For a live database: connections reading in parallel (1.." + OptionValues.MAX_PARALLEL
                    + ", default 4).")
    Integer parallel;

    @Option(names = "--skip-unreadable",
            description = "For a live database: leave out (with a warning) objects whose DDL cannot be read, "
                    + "instead of failing.")
    boolean skipUnreadable;

    /** The settings for {@link org.starrocks4j.source.SourceContext}; no password among them. */
    Map<String, String> settings() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        String target = url;
        if (target == null) {
            Path file = config != null ? config : Path.of(StarRocks4jConfiguration.FILE_NAME);
            if (config != null || Files.exists(file)) {
                target = StarRocks4j.configure().configurationFile(file).url();
            }
        }
        put(out, DatabaseSourceProvider.URL, target);
        put(out, DatabaseSourceProvider.USER, user);
        put(out, DatabaseSourceProvider.TABLES, tables);
        put(out, DatabaseSourceProvider.PARALLELISM, parallel == null ? null : parallel.toString());
        put(out, DatabaseSourceProvider.SKIP_UNREADABLE, skipUnreadable ? "true" : null);
        put(out, SqlFileSourceProvider.IGNORE_UNSUPPORTED, ignoreUnsupported ? "true" : null);
        return out;
    }

    /**
     * What the command's sources need: model classes from {@code classPath}, these settings, notices on standard
     * error and progress shown as {@code progress} decides.
     */
    SourceContext context(String classPath, ProgressOptions progress) throws IOException {
        return new SourceContext(ModelClassPath.loader(classPath), settings(), progress.notices(), progress.listener());
    }

    private static void put(Map<String, String> out, String key, String value) {
        if (value != null && !value.isBlank()) {
            out.put(key, value);
        }
    }
}
