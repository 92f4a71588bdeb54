package org.starrocks4j.types;

/** A type whose parameters StarRocks would reject; the message names the rule and the fix. */
public class InvalidTypeException extends IllegalArgumentException {
    public InvalidTypeException(String message) {
        super(message);
    }
}
