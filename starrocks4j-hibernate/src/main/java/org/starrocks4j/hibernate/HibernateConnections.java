package org.starrocks4j.hibernate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import org.hibernate.engine.jdbc.connections.spi.JdbcConnectionAccess;
import org.starrocks4j.jdbc.ConnectionSource;

/** Connections from Hibernate's connection access, as starrocks4j-jdbc's readers and executors take them. */
final class HibernateConnections {

    private HibernateConnections() {
    }

    /**
     * Connections obtained from {@code access}; closing one hands it back to Hibernate ({@code releaseConnection}),
     * so a pool keeps it.
     */
    static ConnectionSource of(JdbcConnectionAccess access) {
        return () -> {
            Connection connection = access.obtainConnection();
            return (Connection) Proxy.newProxyInstance(HibernateConnections.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close") && method.getParameterCount() == 0) {
                            access.releaseConnection(connection);
                            return null;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        };
    }
}
