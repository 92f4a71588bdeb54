package org.starrocks4j.examples.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.starrocks4j.jdbc.StarRocksDataSource;
import org.starrocks4j.testing.LiveServer;

/**
 * The whole ORM example against a real StarRocks, when {@code STARROCKS_URL} names one (as the live suite of
 * starrocks4j-jdbc): in a database of its own, dropped afterwards. Skipped otherwise, saying why once
 * ({@link LiveServer}).
 */
@ExtendWith(LiveServer.class)
class OrmExampleLiveTest {

    @Test
    void runsTheSeedExampleAndPrintsTheAggregatedRows() throws Exception {
        String url = LiveServer.url().orElse(null);
        if (url == null) {
            LiveServer.skip("the live ORM example needs a running StarRocks in " + LiveServer.URL_VARIABLE
                    + " (-Plive starts none for it)");
        }
        StarRocksDataSource server = new StarRocksDataSource(url.replaceFirst("^jdbc:mysql://", "jdbc:starrocks://"));
        String database = "starrocks4j_orm_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE `" + database + "`");
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            OrmExample.run(inDatabase(server, database), new PrintStream(out, true, StandardCharsets.UTF_8));
            String printed = out.toString(StandardCharsets.UTF_8);

            assertThat(printed).contains("created `page_view_aggregates`",
                    "Total unique rows after insertions: 2",
                    "  Page ID: 1, Visit Date: 2023-10-26, Total Views: 100, Last User: user_A",
                    "  Page ID: 2, Visit Date: 2023-10-27, Total Views: 350, Last User: user_");
        } finally {
            try (Connection c = server.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + database + "` FORCE");
            }
        }
    }

    /** Connections of {@code server} that use {@code database}. */
    private static DataSource inDatabase(DataSource server, String database) {
        return (DataSource) Proxy.newProxyInstance(OrmExampleLiveTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = method.invoke(server, args);
                    if (result instanceof Connection connection) {
                        connection.setCatalog(database);
                    }
                    return result;
                });
    }
}
