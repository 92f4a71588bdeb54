package org.starrocks4j.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Logger;
import org.slf4j.LoggerFactory;
import org.starrocks4j.lexical.SqlText;

/**
 * The JDBC driver for {@code jdbc:starrocks://} URLs (see {@link StarRocksUrl}). It delegates the wire protocol to
 * MySQL Connector/J, which the application brings, and after connecting selects the URL's catalog
 * ({@code SET CATALOG}) and database. Registered through {@code META-INF/services/java.sql.Driver}, so
 * {@code DriverManager.getConnection("jdbc:starrocks://...")} works with both jars on the class path.
 *
 * <p>Another MySQL-protocol driver can be used by passing it to {@link #StarRocksDriver(Driver)}.
 */
public final class StarRocksDriver implements Driver {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(StarRocksDriver.class);

    static {
        try {
            DriverManager.registerDriver(new StarRocksDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The delegate; {@code null} until needed when Connector/J is looked up on first use. */
    private volatile Driver delegate;

    /** A driver over MySQL Connector/J, found on the class path when the first connection is opened. */
    public StarRocksDriver() {
        this.delegate = null;
    }

    /** A driver over the given MySQL-protocol driver (for another driver, or a test double). */
    public StarRocksDriver(Driver delegate) {
        this.delegate = java.util.Objects.requireNonNull(delegate, "delegate driver");
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        StarRocksUrl target;
        try {
            target = StarRocksUrl.parse(url, info == null ? new Properties() : info);
        } catch (UrlException e) {
            throw new SQLException(e.getMessage(), "08001", e);
        }
        return connect(target);
    }

    /** Opens a connection to a parsed URL: connects, then selects its catalog and database. */
    public Connection connect(StarRocksUrl target) throws SQLException {
        Driver driver = delegate();
        LOG.debug("connecting to {}", target);
        Connection connection;
        try {
            connection = driver.connect(target.mysqlUrl(), target.driverProperties());
        } catch (SQLException e) {
            // The delegate's message may echo its URL, which holds no credentials (they travel as properties).
            throw new SQLException("cannot connect to " + target + ": " + ConnectionFailure.describe(e),
                    e.getSQLState(), e.getErrorCode(), e);
        }
        if (connection == null) {
            throw new SQLException("the MySQL driver " + driver.getClass().getName() + " did not accept "
                    + target.mysqlUrl() + " (made from " + target + ")", "08001");
        }
        try {
            selectCatalogAndDatabase(connection, target);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        return connection;
    }

    /**
     * {@code SET CATALOG} for an external catalog, then the database: through {@link Connection#setCatalog} so the
     * driver knows the current database, with {@code USE} when the driver maps databases to schemas instead.
     */
    static void selectCatalogAndDatabase(Connection connection, StarRocksUrl target) throws SQLException {
        if (target.catalog() != null) {
            try (Statement s = connection.createStatement()) {
                s.execute("SET CATALOG " + SqlText.identifier(target.catalog()));
            } catch (SQLException e) {
                throw new SQLException("cannot switch to catalog '" + target.catalog() + "' (" + e.getMessage()
                        + "); check the name with SHOW CATALOGS and the user's USAGE privilege on it",
                        e.getSQLState(), e.getErrorCode(), e);
            }
        }
        String database = target.database();
        if (database == null) {
            return;
        }
        try {
            connection.setCatalog(database);
            if (!database.equals(connection.getCatalog())) {
                try (Statement s = connection.createStatement()) {
                    s.execute("USE " + SqlText.identifier(database));
                }
            }
        } catch (SQLException e) {
            throw new SQLException("cannot use database '" + database + "'"
                    + (target.catalog() == null ? "" : " of catalog '" + target.catalog() + "'") + " ("
                    + e.getMessage() + "); check the name with SHOW DATABASES and the user's privileges",
                    e.getSQLState(), e.getErrorCode(), e);
        }
    }

    private Driver delegate() throws SQLException {
        Driver d = delegate;
        if (d == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = MysqlDriverLocator.locate();
                }
                d = delegate;
            }
        }
        return d;
    }

    @Override
    public boolean acceptsURL(String url) {
        return StarRocksUrl.accepts(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        DriverPropertyInfo user = new DriverPropertyInfo("user", info == null ? null : info.getProperty("user"));
        user.description = "The StarRocks user (default: the URL's user, then $" + StarRocksUrl.USER_ENV + ")";
        DriverPropertyInfo password = new DriverPropertyInfo("password", null);
        password.description = "The password (default: the URL's password, then $" + StarRocksUrl.PASSWORD_ENV + ")";
        return new DriverPropertyInfo[] {user, password};
    }

    @Override
    public int getMajorVersion() {
        return 0;
    }

    @Override
    public int getMinorVersion() {
        return 1;
    }

    /** Not JDBC-compliant in the specification's sense: StarRocks is no full SQL-92 database. */
    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("starrocks4j logs through SLF4J, not java.util.logging");
    }
}
