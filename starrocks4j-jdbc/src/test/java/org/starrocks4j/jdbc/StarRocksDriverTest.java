package org.starrocks4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class StarRocksDriverTest {

    @Test
    void registeredForJdbcStarrocksUrls() throws SQLException {
        assertThat(ServiceLoader.load(Driver.class).stream().map(ServiceLoader.Provider::type))
                .contains(StarRocksDriver.class);
        assertThat(DriverManager.getDriver("jdbc:starrocks://localhost:9030/db")).isInstanceOf(StarRocksDriver.class);
    }

    @Test
    void connectsThroughTheDelegateAndSelectsTheDatabase() throws SQLException {
        FakeServer server = new FakeServer();
        StarRocksDriver driver = new StarRocksDriver(server);
        Properties info = new Properties();
        info.setProperty("password", "pw");
        try (Connection c = driver.connect("jdbc:starrocks://root@fe1,fe2:9031/sales", info)) {
            assertThat(c.getCatalog()).isEqualTo("sales");
        }
        assertThat(server.connectUrls).containsExactly("jdbc:mysql://fe1:9030,fe2:9031/");
        Properties sentProps = server.connectProperties.get(0);
        assertThat(sentProps.getProperty("user")).isEqualTo("root");
        assertThat(sentProps.getProperty("password")).isEqualTo("pw");
        assertThat(sentProps.getProperty("useServerPrepStmts")).isEqualTo("false");
        assertThat(sentProps.getProperty("rewriteBatchedStatements")).isEqualTo("true");
        // default_catalog: no SET CATALOG, the database through setCatalog so the driver knows it.
        assertThat(server.sent).containsExactly("setCatalog sales");
    }

    @Test
    void externalCatalogIsSelectedFirst() throws SQLException {
        FakeServer server = new FakeServer().on("^SET CATALOG", FakeServer.Answer.empty());
        try (Connection c = new StarRocksDriver(server).connect("jdbc:starrocks://h/hive`x.db", new Properties())) {
            assertThat(c).isNotNull();
        }
        assertThat(server.sent).containsExactly("SET CATALOG `hive``x`", "setCatalog db");
    }

    @Test
    void usesUseWhenTheDriverIgnoresSetCatalog() throws SQLException {
        FakeServer server = new FakeServer().on("^USE ", FakeServer.Answer.empty());
        server.rememberCatalog = false;
        try (Connection c = new StarRocksDriver(server).connect("jdbc:starrocks://h/my-db", new Properties())) {
            assertThat(c).isNotNull();
        }
        assertThat(server.sent).containsExactly("setCatalog my-db", "USE `my-db`");
    }

    @Test
    void noDatabaseNoStatements() throws SQLException {
        FakeServer server = new FakeServer();
        try (Connection c = new StarRocksDriver(server).connect("jdbc:starrocks://h", new Properties())) {
            assertThat(c).isNotNull();
        }
        assertThat(server.sent).isEmpty();
    }

    @Test
    void unknownCatalogClosesTheConnectionAndSaysWhatToCheck() {
        FakeServer server = new FakeServer().on("^SET CATALOG", FakeServer.Answer.error("Unknown catalog 'nope'"));
        assertThatThrownBy(() -> new StarRocksDriver(server).connect("jdbc:starrocks://u:s3cr3t@h/nope.db",
                new Properties()))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("cannot switch to catalog 'nope'")
                .hasMessageContaining("Unknown catalog 'nope'")
                .hasMessageContaining("SHOW CATALOGS")
                .hasMessageNotContaining("s3cr3t");
        assertThat(server.open.get()).isZero();
    }

    @Test
    void otherUrlsAreNotOurs() throws SQLException {
        StarRocksDriver driver = new StarRocksDriver(new FakeServer());
        assertThat(driver.connect("jdbc:mysql://h/db", new Properties())).isNull();
        assertThat(driver.acceptsURL("jdbc:mysql://h/db")).isFalse();
        assertThat(driver.acceptsURL("jdbc:starrocks://h/db")).isTrue();
    }

    @Test
    void badUrlIsAnSqlExceptionWithoutThePassword() {
        assertThatThrownBy(() -> new StarRocksDriver(new FakeServer()).connect("jdbc:starrocks://u:s3cr3t@h:x/db",
                new Properties()))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("port 'x'")
                .hasMessageNotContaining("s3cr3t")
                .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("08001");
    }

    @Test
    void missingConnectorJIsExplained() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> MysqlDriverLocator.locate(empty))
                    .isInstanceOf(DriverNotFoundException.class)
                    .hasMessageContaining("com.mysql:mysql-connector-j")
                    .hasMessageContaining("not bundle");
        }
    }

    @Test
    void connectorJIsFoundWhenPresent() throws SQLException {
        assertThat(MysqlDriverLocator.locate(getClass().getClassLoader()).getClass().getName())
                .isEqualTo(MysqlDriverLocator.CONNECTOR_J);
    }

    @Test
    void failedConnectNamesTheUrlButNotThePassword() {
        // Real Connector/J against a closed loopback port: refused at once.
        assertThatThrownBy(() -> new StarRocksDriver().connect(
                "jdbc:starrocks://root:s3cr3t@127.0.0.1:1/db?connectTimeout=2000", new Properties()))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("cannot connect to jdbc:starrocks://root:****@127.0.0.1:1/db")
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void dataSourceAppliesItsCredentialsAndNeverShowsThePassword() throws SQLException {
        FakeServer server = new FakeServer();
        StarRocksDataSource ds = new StarRocksDataSource(new StarRocksDriver(server));
        ds.setUrl("jdbc:starrocks://h/db?connectTimeout=100");
        ds.setUser("alice");
        ds.setPassword("s3cr3t");
        try (Connection c = ds.getConnection()) {
            assertThat(c.getCatalog()).isEqualTo("db");
        }
        assertThat(server.connectProperties.get(0).getProperty("user")).isEqualTo("alice");
        assertThat(server.connectProperties.get(0).getProperty("password")).isEqualTo("s3cr3t");
        assertThat(ds.toString()).doesNotContain("s3cr3t").contains("alice").contains("password=****");
        try (Connection c = ds.getConnection("bob", "other")) {
            assertThat(c).isNotNull();
        }
        assertThat(server.connectProperties.get(1).getProperty("user")).isEqualTo("bob");
    }

    @Test
    void dataSourceRejectsBadUrlsAtOnceAndWithoutUrl() {
        StarRocksDataSource ds = new StarRocksDataSource(new StarRocksDriver(new FakeServer()));
        assertThatThrownBy(() -> ds.setUrl("jdbc:starrocks://u:s3cr3t@/db"))
                .isInstanceOf(UrlException.class).hasMessageNotContaining("s3cr3t");
        assertThatThrownBy(ds::getConnection).isInstanceOf(SQLException.class).hasMessageContaining("no URL");
    }
}
