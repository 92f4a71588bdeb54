package org.starrocks4j.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DatabaseMetaDataDialectResolutionInfoAdapter;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;
import org.junit.jupiter.api.Test;

/** The resolver asks the server, not the MySQL version it advertises. */
class DialectResolverTest {

    private static Dialect resolve(FakeJdbc server) throws SQLException {
        try (Connection connection = server.connection()) {
            return new StarRocksDialectResolver().resolveDialect(
                    new DatabaseMetaDataDialectResolutionInfoAdapter(connection.getMetaData()));
        }
    }

    @Test
    void picksStarRocksWithItsOwnVersionWhenTheServerSaysSo() throws SQLException {
        FakeJdbc server = FakeJdbc.starRocks("3.5.17-ee");
        Dialect dialect = resolve(server);

        assertThat(dialect).isInstanceOf(StarRocksDialect.class);
        assertThat(((StarRocksDialect) dialect).starRocksVersion().toString()).isEqualTo("3.5.17");
        assertThat(dialect.getVersion().toString()).startsWith("3.5.17");
        assertThat(server.statements).contains("SELECT current_version()");
    }

    @Test
    void leavesMySqlToHibernate() throws SQLException {
        assertThat(resolve(FakeJdbc.mySql())).isNull();
    }

    @Test
    void isRegisteredAsAService() {
        assertThat(java.util.ServiceLoader.load(DialectResolver.class).stream().map(p -> (Object) p.type()).toList())
                .contains(StarRocksDialectResolver.class);
    }
}
