package org.starrocks4j.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/** Opens connections to one database, e.g. for the parallel readers of {@link SchemaReflector}. */
@FunctionalInterface
public interface ConnectionSource {

    /** A new connection; the caller closes it. */
    Connection open() throws SQLException;

    /** Connections from a data source. */
    static ConnectionSource of(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return dataSource::getConnection;
    }

    /** Connections to a parsed {@code jdbc:starrocks:} URL through MySQL Connector/J. */
    static ConnectionSource of(StarRocksUrl url) {
        Objects.requireNonNull(url, "url");
        StarRocksDriver driver = new StarRocksDriver();
        return () -> driver.connect(url);
    }
}
