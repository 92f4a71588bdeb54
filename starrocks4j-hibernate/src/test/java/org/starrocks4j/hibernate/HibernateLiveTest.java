package org.starrocks4j.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.starrocks4j.hibernate.entities.PageViewAggregates;
import org.starrocks4j.jdbc.StarRocksDataSource;
import org.starrocks4j.testing.LiveServer;

/**
 * Hibernate's schema management against a real StarRocks when {@code STARROCKS_URL} names one (as the live suite of
 * starrocks4j-jdbc): the dialect is resolved from the server, {@code create-only} creates the table, {@code validate}
 * finds the server's table equal to the entity, and rows go in and come back aggregated. Skipped with the reason
 * otherwise (once per test run, {@link LiveServer}).
 */
@ExtendWith(LiveServer.class)
class HibernateLiveTest {

    @Test
    void createOnlyThenValidateThenReadAggregatedRows() throws Exception {
        String url = LiveServer.url().orElse(null);
        if (url == null) {
            LiveServer.skip("the live Hibernate test needs a running StarRocks in " + LiveServer.URL_VARIABLE
                    + " (-Plive starts none for it)");
        }
        StarRocksDataSource server = new StarRocksDataSource(url.replaceFirst("^jdbc:mysql://", "jdbc:starrocks://"));
        String database = "starrocks4j_hibernate_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE `" + database + "`");
        }
        DataSource dataSource = inDatabase(server, database);
        try {
            try (SessionFactory factory = start(dataSource, "create-only")) {
                assertThat(((org.hibernate.engine.spi.SessionFactoryImplementor) factory).getJdbcServices()
                        .getDialect()).isInstanceOf(StarRocksDialect.class);
                factory.inTransaction(session -> {
                    session.persist(new PageViewAggregates(1, LocalDate.of(2023, 10, 26), 100, "user_A"));
                    session.persist(new PageViewAggregates(2, LocalDate.of(2023, 10, 27), 200, "user_B"));
                });
                factory.inTransaction(session -> session.createNativeMutationQuery("INSERT INTO page_view_aggregates "
                        + "(page_id, visit_date, total_views, last_user, distinct_users) VALUES (2, '2023-10-27', 150, "
                        + "'user_C', NULL)").executeUpdate());
                Long views = factory.fromSession(session -> session.createSelectionQuery(
                        "select sum(totalViews) from PageViewAggregates where pageId = 2", Long.class)
                        .getSingleResult());
                assertThat(views).isEqualTo(350L);
            }
            try (SessionFactory ignored = start(dataSource, "validate")) {
                // the server's table, read back through SHOW CREATE TABLE, equals the entity's model
            }
        } finally {
            try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + database + "` FORCE");
            }
        }
    }

    private static SessionFactory start(DataSource dataSource, String action) {
        var registry = new StandardServiceRegistryBuilder().applySettings(Map.of(
                AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource,
                AvailableSettings.IMPLICIT_NAMING_STRATEGY, StarRocksNamingStrategy.class.getName(),
                AvailableSettings.HBM2DDL_AUTO, action)).build();
        return new MetadataSources(registry).addAnnotatedClass(PageViewAggregates.class).buildMetadata()
                .buildSessionFactory();
    }

    /** Connections of {@code server} that use {@code database}. */
    private static DataSource inDatabase(DataSource server, String database) {
        return (DataSource) Proxy.newProxyInstance(HibernateLiveTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = method.invoke(server, args);
                    if (result instanceof Connection connection) {
                        connection.setCatalog(database);
                    }
                    return result;
                });
    }
}
