package org.starrocks4j.migrate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.starrocks4j.testing.LiveServer;

/**
 * A fresh database on the live server of {@code STARROCKS_URL} (user and password from {@code STARROCKS_USER} /
 * {@code STARROCKS_PASSWORD}), dropped on {@link #close()}. Live tests of several modules use it (this module's
 * test-jar); without {@code STARROCKS_URL} {@link #create} skips the test, saying why once ({@link LiveServer}).
 */
public final class LiveDatabase implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("(jdbc:[a-z]+://[^/?]+)(/[^?]*)?(\\?.*)?");

    private final String serverUrl;
    private final String name;

    private LiveDatabase(String serverUrl, String name) {
        this.serverUrl = serverUrl;
        this.name = name;
    }

    /** Creates {@code <prefix><random>} on the server, or skips the calling test when there is no server. */
    public static LiveDatabase create(String prefix) throws SQLException {
        String serverUrl = LiveServer.url().orElse(null);
        if (serverUrl == null) {
            LiveServer.skip("live tests skipped: they need a running StarRocks in " + LiveServer.URL_VARIABLE
                    + " (e.g. jdbc:starrocks://root@127.0.0.1:9030/test)");
        }
        LiveDatabase database = new LiveDatabase(serverUrl,
                prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        try (Connection c = connect(database.url("")); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE `" + database.name + "`");
        }
        return database;
    }

    public String name() {
        return name;
    }

    /** The server's URL with this database. */
    public String url() {
        return url(name);
    }

    /** A connection to this database. */
    public Connection connect() throws SQLException {
        return connect(url());
    }

    /** Drops the database. */
    @Override
    public void close() throws SQLException {
        try (Connection c = connect(url("")); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "` FORCE");
        }
    }

    private String url(String database) {
        Matcher m = URL.matcher(serverUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("STARROCKS_URL '" + serverUrl
                    + "' is not jdbc:<driver>://host:port[/db]");
        }
        return m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
    }

    private static Connection connect(String url) throws SQLException {
        Properties info = new Properties();
        String user = System.getenv("STARROCKS_USER");
        info.setProperty("user", user == null || user.isBlank() ? "root" : user);
        String password = System.getenv("STARROCKS_PASSWORD");
        if (password != null) {
            info.setProperty("password", password);
        }
        return DriverManager.getConnection(url, info);
    }
}
