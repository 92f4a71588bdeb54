package org.starrocks4j.jdbc;

/**
 * A {@code jdbc:starrocks://} URL that cannot be read. The message shows the URL with any password masked and says
 * how to write it instead.
 */
public final class UrlException extends IllegalArgumentException {

    UrlException(String message) {
        super(message);
    }
}
