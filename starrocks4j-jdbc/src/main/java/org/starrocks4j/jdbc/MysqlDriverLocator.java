package org.starrocks4j.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.sql.Driver;

/**
 * Finds MySQL Connector/J, which carries the wire protocol. It is looked up when the first connection is opened,
 * not when this library loads, so registering {@code jdbc:starrocks:} never fails for want of it.
 */
final class MysqlDriverLocator {

    /** Connector/J's driver class (8.0 and newer). */
    static final String CONNECTOR_J = "com.mysql.cj.jdbc.Driver";

    private MysqlDriverLocator() {
    }

    static Driver locate() throws DriverNotFoundException {
        return locate(loaders());
    }

    /** Connector/J's driver from the first of {@code loaders} that has it. */
    static Driver locate(ClassLoader... loaders) throws DriverNotFoundException {
        ClassNotFoundException notFound = null;
        for (ClassLoader loader : loaders) {
            try {
                Class<?> type = Class.forName(CONNECTOR_J, true, loader);
                return (Driver) type.getDeclaredConstructor().newInstance();
            } catch (ClassNotFoundException e) {
                notFound = e;
            } catch (ReflectiveOperationException | LinkageError e) {
                Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
                throw new DriverNotFoundException("MySQL Connector/J (" + CONNECTOR_J + ") is on the class path but "
                        + "could not be started: " + cause + "; use com.mysql:mysql-connector-j 8.4 or newer", cause);
            }
        }
        throw new DriverNotFoundException("jdbc:starrocks: connections need MySQL Connector/J on the class path, and "
                + "it is not there. Add the dependency com.mysql:mysql-connector-j (8.4 or newer); starrocks4j does "
                + "not bundle it because of its licence (GPLv2 with the FOSS exception). The starrocks4j command-line "
                + "jar includes it.", notFound);
    }

    private static ClassLoader[] loaders() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader own = MysqlDriverLocator.class.getClassLoader();
        return context == null || context == own ? new ClassLoader[] {own} : new ClassLoader[] {context, own};
    }
}
