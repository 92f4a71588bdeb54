package org.starrocks4j.migrate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.starrocks4j.jdbc.ConnectionFailure;
import org.starrocks4j.jdbc.ConnectionSource;
import org.starrocks4j.jdbc.StarRocksDataSource;
import org.starrocks4j.jdbc.StarRocksUrl;

/**
 * Connections to the database to migrate: the application's {@link DataSource}, or the configured URL with the
 * configured or environment credentials ({@code STARROCKS_USER}, {@code STARROCKS_PASSWORD}). A failure to connect
 * becomes a {@link StarRocks4jException} naming the address (never the password) and the way out.
 */
final class DatabaseConnector {

    private final ConnectionSource source;
    private final String description;
    private final String catalog;

    private DatabaseConnector(ConnectionSource source, String description, String catalog) {
        this.source = source;
        this.description = description;
        this.catalog = catalog;
    }

    static DatabaseConnector of(StarRocks4jConfiguration settings) {
        if (settings.dataSource() != null) {
            DataSource dataSource = settings.dataSource();
            return new DatabaseConnector(dataSource::getConnection, "the application's data source", null);
        }
        String url = settings.url();
        if (url == null) {
            throw new StarRocks4jException(ErrorCode.CONFIGURATION, "no database URL: set '"
                    + StarRocks4jConfiguration.URL + "' in " + StarRocks4jConfiguration.FILE_NAME + ", or as "
                    + StarRocks4jConfiguration.PREFIX + StarRocks4jConfiguration.URL + " (Maven, Spring), or with "
                    + "--url (command line), or give a DataSource");
        }
        String description = StarRocksUrl.redact(url);
        if (StarRocksUrl.accepts(url)) {
            // catalogs, and credentials from the URL or the environment unless given
            StarRocksDataSource dataSource = new StarRocksDataSource(url);
            dataSource.setUser(settings.user());
            dataSource.setPassword(settings.password());
            return new DatabaseConnector(dataSource::getConnection, description, dataSource.target().catalog());
        }
        requireDriverFor(url, description);
        Map<String, String> env = System.getenv();
        Properties info = new Properties();
        String user = settings.user() != null ? settings.user() : env.get(StarRocksUrl.USER_ENV);
        String password = settings.hasPassword() ? settings.password() : env.get(StarRocksUrl.PASSWORD_ENV);
        if (user != null) {
            info.setProperty("user", user);
        }
        if (password != null) {
            info.setProperty("password", password);
        }
        return new DatabaseConnector(() -> DriverManager.getConnection(url, info), description, null);
    }

    /** Fails, naming the forms a URL takes, when {@code url} is no JDBC URL or no driver on the class path takes it. */
    private static void requireDriverFor(String url, String description) {
        String forms = StarRocksUrl.USAGE + " (the port defaults to " + ConnectionFailure.FE_QUERY_PORT + ", the FE's "
                + "MySQL query port), or jdbc:mysql://HOST:PORT/DATABASE";
        if (!url.regionMatches(true, 0, "jdbc:", 0, "jdbc:".length())) {
            throw new StarRocks4jException(ErrorCode.CONFIGURATION, "'" + description + "' is not a database URL; "
                    + "write " + forms);
        }
        try {
            DriverManager.getDriver(url);
        } catch (SQLException noDriver) {
            throw new StarRocks4jException(ErrorCode.CONFIGURATION, "no JDBC driver on the class path takes "
                    + description + "; write " + forms, noDriver);
        }
    }

    /** A new connection; the caller closes it. */
    Connection open() {
        try {
            return source.open();
        } catch (SQLException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : StarRocksUrl.redact(e.getMessage());
            Optional<String> cause = ConnectionFailure.rootCause(e);
            String message = reason.startsWith("cannot connect") ? reason
                    : "cannot connect to " + description + ": " + cause.map(StarRocksUrl::redact).orElse(reason);
            throw new StarRocks4jException(ErrorCode.CONNECTION, cause.isPresent() ? message : message + "\nCheck "
                    + "the URL, that the StarRocks FE is running and reachable (its MySQL query port, "
                    + ConnectionFailure.FE_QUERY_PORT + " by default), and the credentials (" + StarRocksUrl.USER_ENV
                    + " / " + StarRocksUrl.PASSWORD_ENV + ")", e);
        }
    }

    /** Opens connections as {@link #open()} does, for parallel readers. */
    ConnectionSource source() {
        return source;
    }

    /** The catalog the URL names, or {@code null} for StarRocks' own. */
    String catalog() {
        return catalog;
    }

    /** The database the connection uses; fails when it uses none. */
    static String database(Connection connection) throws SQLException {
        String name = currentDatabase(connection);
        if (name == null) {
            throw new StarRocks4jException(ErrorCode.CONFIGURATION, "the connection uses no database; name one "
                    + "in the URL (jdbc:starrocks://HOST:9030/DATABASE)");
        }
        return name;
    }

    /** {@code SELECT DATABASE()}: the database the connection uses, or {@code null} when it uses none. */
    static String currentDatabase(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
            String name = rs.next() ? rs.getString(1) : null;
            return name == null || name.isBlank() ? null : name;
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
