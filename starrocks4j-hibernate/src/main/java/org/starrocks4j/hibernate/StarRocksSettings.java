package org.starrocks4j.hibernate;

/**
 * The {@code hibernate.dialect.starrocks.*} settings (in {@code persistence.xml}, {@code hibernate.properties} or
 * Spring's {@code spring.jpa.properties.*}).
 */
public final class StarRocksSettings {

    /**
     * The StarRocks version to assume when Hibernate starts without a connection (offline schema export), e.g.
     * {@code 3.5.2}. With a connection the server's {@code current_version()} is used.
     */
    public static final String VERSION = "hibernate.dialect.starrocks.version";

    /**
     * {@code false} turns off the one-time start-up warning that a JDBC transaction gives no atomicity on StarRocks.
     * Default {@code true}.
     */
    public static final String TRANSACTION_WARNING = "hibernate.dialect.starrocks.transaction_warning";

    private StarRocksSettings() {
    }
}
