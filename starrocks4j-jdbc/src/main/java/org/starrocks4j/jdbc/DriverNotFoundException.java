package org.starrocks4j.jdbc;

import java.sql.SQLException;

/** No MySQL-protocol JDBC driver is on the class path to carry {@code jdbc:starrocks:} connections. */
public final class DriverNotFoundException extends SQLException {

    DriverNotFoundException(String message, Throwable cause) {
        super(message, "08001", cause);
    }
}
