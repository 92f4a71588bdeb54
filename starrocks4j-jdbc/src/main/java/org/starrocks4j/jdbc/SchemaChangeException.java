package org.starrocks4j.jdbc;

import java.sql.SQLException;

/** An asynchronous table change that did not finish: cancelled by the server, or still running at the timeout. */
public sealed class SchemaChangeException extends SQLException
        permits SchemaChangeException.Cancelled, SchemaChangeException.TimedOut {

    private final transient AlterJob job;

    SchemaChangeException(String message, AlterJob job) {
        super(message);
        this.job = job;
    }

    /** The job as last seen. */
    public AlterJob job() {
        return job;
    }

    /** The server cancelled the job; the change did not happen. The message quotes the server's {@code Msg}. */
    public static final class Cancelled extends SchemaChangeException {
        Cancelled(String message, AlterJob job) {
            super(message, job);
        }
    }

    /** The job was still running when the timeout ran out; it may still finish (or fail) later. */
    public static final class TimedOut extends SchemaChangeException {
        TimedOut(String message, AlterJob job) {
            super(message, job);
        }
    }
}
