package org.starrocks4j.hibernate;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;
import org.starrocks4j.jdbc.ServerInfo;

/**
 * Picks {@link StarRocksDialect} when the database is StarRocks, registered through
 * {@code META-INF/services/org.hibernate.engine.jdbc.dialect.spi.DialectResolver}.
 *
 * <p>StarRocks answers the MySQL protocol and calls itself MySQL ({@code jdbc:mysql://} and starrocks4j's
 * {@code jdbc:starrocks://} both connect through MySQL Connector/J), so the product name says nothing. The server
 * is asked instead, as starrocks4j-jdbc's {@link ServerInfo} does: {@code SELECT current_version()}, then
 * {@code @@version_comment} ("StarRocks version ..."). A MySQL server answers neither like StarRocks and is left
 * to Hibernate's own resolver. Without a connection (offline), a product name containing "StarRocks" (as the
 * StarRocks JDBC driver reports, or {@code jakarta.persistence.database-product-name=StarRocks}) selects the
 * dialect, with the product version as StarRocks' version.
 */
public final class StarRocksDialectResolver implements DialectResolver {

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        DatabaseMetaData metadata = info.getDatabaseMetadata();
        if (metadata != null && isMySqlProtocol(info.getDatabaseName())) {
            try {
                return new StarRocksDialect(StarRocksDialect.toDatabaseVersion(
                        ServerInfo.readVersion(metadata.getConnection())));
            } catch (SQLException notStarRocks) {
                return null;
            }
        }
        if (isStarRocksProduct(info.getDatabaseName())) {
            return new StarRocksDialect(StarRocksDialect.versionOf(info));
        }
        return null;
    }

    static boolean isStarRocksProduct(String productName) {
        return productName != null && productName.toLowerCase(Locale.ROOT).contains("starrocks");
    }

    private static boolean isMySqlProtocol(String productName) {
        return productName == null || isStarRocksProduct(productName)
                || productName.toLowerCase(Locale.ROOT).contains("mysql");
    }
}
