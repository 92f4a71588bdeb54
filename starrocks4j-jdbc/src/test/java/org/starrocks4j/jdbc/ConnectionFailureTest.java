package org.starrocks4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The usual reasons a connection fails are told apart, whatever the driver's own words. */
class ConnectionFailureTest {

    /** As MySQL Connector/J reports every network failure: the cause tells which one it was. */
    private static SQLException linkFailure(Throwable cause) {
        return new SQLException("Communications link failure\n\nThe last packet sent successfully to the server was 0 "
                + "milliseconds ago.", "08S01", 0, cause);
    }

    @Test
    void unknownHostRefusedPortAndSilenceAreToldApart() {
        assertThat(ConnectionFailure.describe(linkFailure(new UnknownHostException("fe1.example: Name or service not "
                + "known")))).startsWith("unknown host (fe1.example: Name or service not known)")
                .contains("check the host in the URL");
        assertThat(ConnectionFailure.describe(linkFailure(new RuntimeException(new ConnectException(
                "Connection refused"))))).startsWith("connection refused (Connection refused)")
                .contains("query port is 9030 unless query_port in fe.conf says otherwise; 8030 is its HTTP port");
        assertThat(ConnectionFailure.describe(linkFailure(new SocketTimeoutException("connect timed out"))))
                .startsWith("no answer (connect timed out)").contains("firewall");
    }

    @Test
    void theServersRefusalsAreNamedToo() {
        assertThat(ConnectionFailure.describe(new SQLException("Access denied for user 'ann'@'10.0.0.1'", "28000",
                1045))).startsWith("access denied (Access denied for user 'ann'@'10.0.0.1')")
                .contains("STARROCKS_USER / STARROCKS_PASSWORD");
        assertThat(ConnectionFailure.describe(new SQLException("Unknown database 'shop'", "42000", 1049)))
                .startsWith("unknown database (Unknown database 'shop')");
    }

    @Test
    void anythingElseKeepsTheDriversMessage() {
        SQLException other = new SQLException("Too many connections", "08004", 1040);
        assertThat(ConnectionFailure.rootCause(other)).isEmpty();
        assertThat(ConnectionFailure.describe(other)).isEqualTo("Too many connections");
    }
}
