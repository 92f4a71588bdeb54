package org.starrocks4j.migrate;

/** A revision file that cannot be read; the message names the file, the line and the problem. */
public final class RevisionFormatException extends MigrationException {

    public RevisionFormatException(String message) {
        super(ErrorCode.REVISIONS, message);
    }
}
