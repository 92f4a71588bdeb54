package org.starrocks4j.jdbc;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Why a connection failed, in words a user can act on. The MySQL driver reports an unknown host, a closed port and a
 * firewall alike as "Communications link failure"; the cause it wraps tells them apart, and the server's error code
 * tells a refused login from an unknown database.
 */
public final class ConnectionFailure {

    /** The port a StarRocks FE takes MySQL-protocol connections on unless configured otherwise. */
    public static final int FE_QUERY_PORT = StarRocksUrl.DEFAULT_PORT;

    private static final String PORT_HINT = "the FE's MySQL query port is " + FE_QUERY_PORT + " unless query_port in "
            + "fe.conf says otherwise; 8030 is its HTTP port";

    private ConnectionFailure() {
    }

    /**
     * What went wrong and what to check, when the failure is one of the usual ones (unknown host, connection refused,
     * no answer, access denied, unknown database); empty otherwise.
     */
    public static Optional<String> rootCause(SQLException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return Optional.of("unknown host (" + t.getMessage() + "): the name does not resolve here; check "
                        + "the host in the URL");
            }
            if (t instanceof ConnectException) {
                return Optional.of("connection refused (" + t.getMessage() + "): nothing listens on that host and "
                        + "port; check that the StarRocks FE runs there and that the port is right (" + PORT_HINT
                        + ")");
            }
            if (t instanceof SocketTimeoutException || t instanceof NoRouteToHostException) {
                return Optional.of("no answer (" + t.getMessage() + "): check the host, the port (" + PORT_HINT
                        + ") and any firewall between here and the FE");
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == 1045 || "28000".equals(sql.getSQLState()))) {
                return Optional.of("access denied (" + sql.getMessage() + "): check the user and the password "
                        + "(the URL's, or " + StarRocksUrl.USER_ENV + " / " + StarRocksUrl.PASSWORD_ENV + ")");
            }
            if (t instanceof SQLException sql && sql.getErrorCode() == 1049) {
                return Optional.of("unknown database (" + sql.getMessage() + "): check the name with SHOW DATABASES");
            }
        }
        return Optional.empty();
    }

    /** {@link #rootCause}, else the failure's own message. */
    public static String describe(SQLException failure) {
        return rootCause(failure).orElse(failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getMessage());
    }
}
