package org.starrocks4j.jdbc.live;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.starrocks4j.jdbc.StarRocksDriver;
import org.starrocks4j.jdbc.StarRocksUrl;
import org.starrocks4j.lexical.SqlText;
import org.starrocks4j.testing.LiveServer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The StarRocks server of the live suite, decided once per test run:
 *
 * <ol>
 *   <li>{@code STARROCKS_URL} (environment or system property), e.g. {@code jdbc:starrocks://root@127.0.0.1:9030/test}
 *       or the Python client's {@code starrocks://root@127.0.0.1:9030/test_sqla}: a running server (one BE is
 *       enough; tables are created with {@code replication_num = 1}). The password may come from
 *       {@code STARROCKS_PASSWORD}.</li>
 *   <li>else, with {@code -Plive} and Docker available: the all-in-one image ({@code STARROCKS_IMAGE}, default
 *       {@value #DEFAULT_IMAGE}) started through Testcontainers.</li>
 *   <li>else every live test is skipped, and the reason printed once ({@link LiveServer}).</li>
 * </ol>
 *
 * Each test works in a database of its own ({@link #createDatabase}), dropped with {@code FORCE} afterwards.
 */
final class LiveStarRocks {

    static final String DEFAULT_IMAGE = "starrocks/allin1-ubuntu:latest";
    private static final int FE_QUERY_PORT = 9030;
    private static final Duration STARTUP = Duration.ofMinutes(6);

    private static StarRocksUrl server;
    private static String skipReason;
    private static GenericContainer<?> container;

    private LiveStarRocks() {
    }

    /** The server's URL (database: none); skips the calling test, saying why once, when there is no server. */
    static synchronized StarRocksUrl url() {
        if (server == null && skipReason == null) {
            resolve();
        }
        if (server == null) {
            LiveServer.skip(skipReason);
        }
        return server;
    }

    private static void resolve() {
        Optional<String> configured = LiveServer.url();
        if (configured.isPresent()) {
            server = StarRocksUrl.parse(configured.get()).withDatabase(null);
            return;
        }
        if (!LiveServer.requested()) {
            skipReason = "live StarRocks suite skipped: set " + LiveServer.URL_VARIABLE + ", or run with -Plive";
            return;
        }
        boolean docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            docker = false;
        }
        if (!docker) {
            skipReason = "live StarRocks suite skipped: -Plive was given but no Docker daemon is reachable and "
                    + "STARROCKS_URL is not set; start Docker, or point STARROCKS_URL at a running StarRocks";
            return;
        }
        String image = System.getenv().getOrDefault("STARROCKS_IMAGE", DEFAULT_IMAGE);
        container = new GenericContainer<>(DockerImageName.parse(image)).withExposedPorts(FE_QUERY_PORT)
                .withStartupTimeout(STARTUP);
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        server = StarRocksUrl.parse("jdbc:starrocks://root@" + container.getHost() + ":"
                + container.getMappedPort(FE_QUERY_PORT), new Properties(), Map.of());
        waitUntilReady(server);
    }

    /** The all-in-one image opens the FE port before a BE is alive: wait for one. */
    private static void waitUntilReady(StarRocksUrl url) {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            try (Connection c = connect(url); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SHOW BACKENDS")) {
                int alive = rs.findColumn("Alive");
                while (rs.next()) {
                    if ("true".equalsIgnoreCase(rs.getString(alive))) {
                        return;
                    }
                }
            } catch (SQLException e) {
                last = e;
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("StarRocks in the container did not get a live backend in " + STARTUP, last);
    }

    static Connection connect(StarRocksUrl url) throws SQLException {
        return new StarRocksDriver().connect(url);
    }

    /** Creates a fresh database with a name no other run uses (optionally with awkward characters). */
    static String createDatabase(String prefix) throws SQLException {
        String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = connect(url()); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + SqlText.identifier(name));
        }
        return name;
    }

    static void dropDatabase(String name) throws SQLException {
        if (name == null || server == null) {
            return;
        }
        try (Connection c = connect(server); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + SqlText.identifier(name) + " FORCE");
        }
    }

    /** Runs statements on a connection to {@code database}. */
    static void execute(String database, String... statements) throws SQLException {
        try (Connection c = connect(url().withDatabase(database)); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
