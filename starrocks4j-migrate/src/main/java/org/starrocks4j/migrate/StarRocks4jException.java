package org.starrocks4j.migrate;

import java.util.Objects;

/**
 * The one exception {@link StarRocks4j} throws, so adapters (the command line, the Maven plugin, the Spring Boot
 * initializer) catch one type. The message says what is wrong and the way out; {@link #errorCode()} says what kind
 * of failure it is. Passwords never appear in it.
 */
public class StarRocks4jException extends RuntimeException {

    private final ErrorCode errorCode;

    public StarRocks4jException(ErrorCode errorCode, String message) {
        super(message);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    }

    public StarRocks4jException(ErrorCode errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    }

    public ErrorCode errorCode() {
        return errorCode;
    }
}
