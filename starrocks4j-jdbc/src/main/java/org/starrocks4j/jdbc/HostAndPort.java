package org.starrocks4j.jdbc;

import java.util.Objects;

/**
 * One frontend (FE) address of a {@code jdbc:starrocks://} URL.
 *
 * @param host a host name, IPv4 address, or IPv6 address without brackets
 * @param port the FE's MySQL-protocol port (9030 unless configured otherwise)
 */
public record HostAndPort(String host, int port) {

    public HostAndPort {
        Objects.requireNonNull(host, "host");
        if (host.isEmpty()) {
            throw new IllegalArgumentException("the host must not be empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " of host " + host + " is not in 1..65535");
        }
    }

    /** {@code host:port}, with an IPv6 address in brackets. */
    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
