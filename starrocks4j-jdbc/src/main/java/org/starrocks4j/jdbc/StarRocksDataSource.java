package org.starrocks4j.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} for a {@code jdbc:starrocks://} URL: every {@link #getConnection()} opens a new connection
 * through {@link StarRocksDriver} (no pooling; put a pool such as HikariCP in front for that). Credentials follow the
 * URL rules: {@link #setUser}/{@link #setPassword} win over the URL, which wins over {@code STARROCKS_USER} /
 * {@code STARROCKS_PASSWORD}. {@link #toString()} never shows the password.
 */
public final class StarRocksDataSource implements DataSource {

    private final StarRocksDriver driver;
    private String url;
    private String user;
    private String password;
    private final Properties settings = new Properties();
    private PrintWriter logWriter;
    private int loginTimeoutSeconds;

    /** A data source over MySQL Connector/J; set the URL before use. */
    public StarRocksDataSource() {
        this(new StarRocksDriver());
    }

    /** A data source for {@code url} over MySQL Connector/J. */
    public StarRocksDataSource(String url) {
        this(new StarRocksDriver());
        setUrl(url);
    }

    /** A data source over the given driver (e.g. one built on another MySQL-protocol driver). */
    public StarRocksDataSource(StarRocksDriver driver) {
        this.driver = Objects.requireNonNull(driver, "driver");
    }

    /** Sets the URL; it is checked at once, so a malformed URL fails here with a clear message. */
    public void setUrl(String url) {
        StarRocksUrl.parse(url, new Properties(), java.util.Map.of());
        this.url = url;
    }

    public String getUrl() {
        return url == null ? null : StarRocksUrl.redact(url);
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Adds a Connector/J setting, e.g. {@code connectTimeout}, on top of the URL's parameters. */
    public void setDriverSetting(String name, String value) {
        settings.setProperty(name, value);
    }

    /** The parsed URL with this data source's user, password and settings applied. */
    public StarRocksUrl target() {
        return target(user, password);
    }

    private StarRocksUrl target(String withUser, String withPassword) {
        if (url == null) {
            throw new IllegalStateException("StarRocksDataSource has no URL; call setUrl(\"jdbc:starrocks://host:9030/db\")");
        }
        Properties info = new Properties();
        info.putAll(settings);
        if (loginTimeoutSeconds > 0 && !info.containsKey("connectTimeout")) {
            info.setProperty("connectTimeout", String.valueOf(loginTimeoutSeconds * 1000L));
        }
        if (withUser != null) {
            info.setProperty("user", withUser);
        }
        if (withPassword != null) {
            info.setProperty("password", withPassword);
        }
        return StarRocksUrl.parse(url, info);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return open(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return open(username, pass);
    }

    private Connection open(String withUser, String withPassword) throws SQLException {
        StarRocksUrl target;
        try {
            target = target(withUser, withPassword);
        } catch (UrlException | IllegalStateException e) {
            throw new SQLException(e.getMessage(), "08001", e);
        }
        return driver.connect(target);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("starrocks4j logs through SLF4J, not java.util.logging");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("StarRocksDataSource is not a " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return "StarRocksDataSource[" + (url == null ? "no URL" : StarRocksUrl.redact(url))
                + (user == null ? "" : ", user=" + user) + (password == null ? "" : ", password=****") + "]";
    }
}
