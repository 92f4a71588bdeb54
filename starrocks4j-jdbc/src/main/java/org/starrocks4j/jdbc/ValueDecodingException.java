package org.starrocks4j.jdbc;

/**
 * A value the server returned as text that cannot be read as the column's type. The message names the type, what
 * was wrong and where, and shows (the start of) the text.
 */
public final class ValueDecodingException extends IllegalArgumentException {

    ValueDecodingException(String message) {
        super(message);
    }

    ValueDecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
