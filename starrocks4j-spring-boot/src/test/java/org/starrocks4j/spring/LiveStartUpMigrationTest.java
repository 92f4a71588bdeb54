package org.starrocks4j.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.starrocks4j.migrate.StarRocks4j;

/**
 * The start-up migration against a real StarRocks: a fresh database, the test resources' revision applied when the
 * context starts (waiting for its schema-change job), nothing to do on the next start. Runs when
 * {@code STARROCKS_URL} is set (user and password from {@code STARROCKS_USER} / {@code STARROCKS_PASSWORD});
 * skipped otherwise.
 */
class LiveStartUpMigrationTest {

    private static final Pattern URL = Pattern.compile("(jdbc:[a-z]+://[^/?]+)(/[^?]*)?(\\?.*)?");

    private String serverUrl;
    private String database;

    @BeforeEach
    void freshDatabase() throws SQLException {
        serverUrl = System.getenv("STARROCKS_URL");
        assumeTrue(serverUrl != null && !serverUrl.isBlank(), "STARROCKS_URL is not set: no live StarRocks");
        database = "starrocks4j_spring_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = connect(withDatabase("")); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE `" + database + "`");
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (database != null) {
            try (Connection c = connect(withDatabase("")); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + database + "` FORCE");
            }
        }
    }

    @Test
    void theApplicationStartsOnAMigratedDatabase() throws SQLException {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(StarRocks4jAutoConfiguration.class))
                .withPropertyValues("starrocks4j.url=" + withDatabase(database),
                        "starrocks4j.version-table-properties.replication_num=1");
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(StarRocks4j.class).info().current()).isEqualTo("aaa111aaa111");
        });
        assertThat(columns("events")).containsExactly("id", "kind", "hits");
        runner.run(context -> assertThat(context.getBean(StarRocks4j.class).info().pending()).isEmpty());
    }

    private List<String> columns(String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(withDatabase(database)); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COLUMN_NAME FROM information_schema.columns WHERE TABLE_SCHEMA = '"
                     + database + "' AND TABLE_NAME = '" + table + "' ORDER BY ORDINAL_POSITION")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private String withDatabase(String db) {
        Matcher m = URL.matcher(serverUrl.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("STARROCKS_URL '" + serverUrl
                    + "' is not jdbc:<driver>://host:port[/db]");
        }
        return m.group(1) + "/" + db + (m.group(3) == null ? "" : m.group(3));
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
