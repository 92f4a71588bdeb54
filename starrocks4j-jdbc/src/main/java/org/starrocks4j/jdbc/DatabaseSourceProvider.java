package org.starrocks4j.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.source.SchemaSourceProvider;
import org.starrocks4j.source.SourceContext;

/**
 * The live database as a schema source, read by {@link SchemaReflector}:
 *
 * <ul>
 *   <li>{@code db}: the database of the {@value #URL} setting (from {@code --url} or {@code starrocks4j.properties});
 *   </li>
 *   <li>{@code db:NAME}: database {@code NAME} on that server (same catalog);</li>
 *   <li>{@code jdbc:starrocks://host:port/[catalog.]database}: that URL.</li>
 * </ul>
 *
 * Settings read from the {@link SourceContext}: {@value #URL}, {@value #USER} (else the URL's user, then
 * {@code STARROCKS_USER}), {@value #TABLES} (a {@link NameFilter}), {@value #PARALLELISM} (connections, default 4),
 * {@value #SKIP_UNREADABLE} ({@code true} to leave out objects the parser cannot read, with a warning). The
 * password comes from the URL or {@code STARROCKS_PASSWORD}, never from settings. A {@code jdbc:mysql://} URL in
 * the settings is read as the same address in {@code jdbc:starrocks://} form.
 */
public final class DatabaseSourceProvider implements SchemaSourceProvider {

    /** Setting: the JDBC URL for {@code db} specs. */
    public static final String URL = "url";
    /** Setting: the user, overriding the URL's. */
    public static final String USER = "user";
    /** Setting: which objects to read, e.g. {@code orders_*,!*_tmp}. */
    public static final String TABLES = "tables";
    /** Setting: how many connections read in parallel. */
    public static final String PARALLELISM = "parallelism";
    /** Setting: {@code true} to leave out unreadable objects with a warning instead of failing. */
    public static final String SKIP_UNREADABLE = "skip_unreadable";

    private static final String DB = "db";

    @Override
    public boolean handles(String spec) {
        return spec.equals(DB) || spec.startsWith(DB + ":") || StarRocksUrl.accepts(spec);
    }

    @Override
    public String usage() {
        return "db | db:DATABASE | jdbc:starrocks://HOST[:PORT]/[CATALOG.]DATABASE  a live StarRocks database "
                + "(db takes the URL from --url or starrocks4j.properties)";
    }

    @Override
    public Schema load(String spec, SourceContext context) throws SQLException, InterruptedException {
        StarRocksUrl url = target(spec, context.settings(), System.getenv());
        SchemaReflector reflector = SchemaReflector.builder(ConnectionSource.of(url))
                .catalog(url.catalog())
                .database(url.database())
                .filter(NameFilter.parse(context.setting(TABLES)))
                .parallelism(parallelism(context.setting(PARALLELISM)))
                .skipUnreadable(Boolean.parseBoolean(context.setting(SKIP_UNREADABLE)))
                .progress(context.notices())
                .progressListener(context.progress())
                .build();
        context.notices().accept("reading " + url);
        SchemaReflector.Reflection reflection = reflector.read();
        for (String warning : reflection.warnings()) {
            context.warn(warning);
        }
        return reflection.schema();
    }

    /** The URL a spec names, with the settings' user applied; fails clearly when there is none or no database. */
    static StarRocksUrl target(String spec, Map<String, String> settings, Map<String, String> env) {
        String text;
        String database = null;
        if (StarRocksUrl.accepts(spec)) {
            text = spec;
        } else {
            text = settings.get(URL);
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("'" + spec + "' reads the database of the project URL, but there "
                        + "is none: pass --url jdbc:starrocks://HOST:9030/DATABASE, set 'url' in starrocks4j.properties, "
                        + "or give the URL itself as the source");
            }
            text = text.strip();
            if (text.regionMatches(true, 0, "jdbc:mysql://", 0, "jdbc:mysql://".length())) {
                text = "jdbc:starrocks://" + text.substring("jdbc:mysql://".length());
            }
            if (spec.startsWith(DB + ":")) {
                database = spec.substring(DB.length() + 1).strip();
                if (database.isEmpty()) {
                    throw new IllegalArgumentException("'" + spec + "' names no database; write db:DATABASE");
                }
            }
        }
        Properties info = new Properties();
        String user = settings.get(USER);
        if (user != null && !user.isBlank()) {
            info.setProperty("user", user);
        }
        StarRocksUrl url = StarRocksUrl.parse(text, info, env);
        if (database != null) {
            url = url.withDatabase(database);
        }
        if (url.database() == null) {
            throw new IllegalArgumentException("URL " + url + " names no database to read; add one "
                    + "(jdbc:starrocks://HOST:9030/DATABASE) or use db:DATABASE");
        }
        return url;
    }

    private static int parallelism(String text) {
        if (text == null || text.isBlank()) {
            return 4;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parallelism '" + text + "' is not a number; use 1..16");
        }
    }

    /** True when {@code spec} names a live database (so its server can be asked for its version). */
    public static boolean isLive(String spec) {
        return new DatabaseSourceProvider().handles(spec);
    }

    /** The version and run mode of the server a live {@code spec} names (settings as for {@link #load}). */
    public static ServerInfo serverInfo(String spec, Map<String, String> settings) throws SQLException {
        return serverInfo(target(spec, settings, System.getenv()));
    }

    /** Reads the server's version and run mode over one connection to {@code url}. */
    public static ServerInfo serverInfo(StarRocksUrl url) throws SQLException {
        try (Connection c = ConnectionSource.of(url).open()) {
            return ServerInfo.read(c);
        }
    }
}
