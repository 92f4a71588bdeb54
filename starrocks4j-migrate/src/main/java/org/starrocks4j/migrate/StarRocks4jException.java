package org.starrocks4j.migrate;

import java.util.Objects;

/**
 * The one exception {@link StarRocks4j} throws, so adapters (the command line, the Maven plugin, the Spring Boot
 * initializer) catch one type. The message says what is wrong and the way out; {@link #errorCode()} says what kind
 * of failure it is. Passwords never appear in it.
 */
public class StarRocks4jException extends RuntimeException {

    private final ErrorCode errorCode;

    /** A failure of kind {@code errorCode}; {@code message} says what is wrong and the way out. */
    public StarRocks4jException(ErrorCode errorCode, String message) {
        super(message);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    }

    /** The same, caused by {@code cause} (a stack trace shows it; the message stands without it). */
    public StarRocks4jException(ErrorCode errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    }

    /** What kind of failure this is; the command line's exit code is {@code errorCode().exitCode()}. */
    public ErrorCode errorCode() {
        return errorCode;
    }
}
