package org.starrocks4j.jdbc;

import java.util.Locale;
import java.util.Objects;

/**
 * One row of {@code SHOW ALTER TABLE COLUMN|OPTIMIZE|ROLLUP}: an asynchronous change of a table.
 *
 * @param kind     which list the row came from
 * @param jobId    the job id (monotonic on a server)
 * @param table    the table name
 * @param state    PENDING, WAITING_TXN, RUNNING, FINISHED, CANCELLED (and on some versions FINISHED_REWRITING)
 * @param message  the server's {@code Msg}: why a job was cancelled; empty otherwise
 * @param progress the server's {@code Progress} text, e.g. {@code 3/10}; empty when not reported
 */
public record AlterJob(AlterJobKind kind, long jobId, String table, String state, String message, String progress) {

    public AlterJob {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        state = state == null ? "" : state.strip().toUpperCase(Locale.ROOT);
        message = message == null ? "" : message.strip();
        progress = progress == null || progress.strip().equalsIgnoreCase("N/A") ? "" : progress.strip();
    }

    /** True when the change is complete. */
    public boolean finished() {
        return state.equals("FINISHED");
    }

    /** True when the server gave up; the change did not happen. */
    public boolean cancelled() {
        return state.equals("CANCELLED");
    }

    /** True for every state that may still finish (PENDING, WAITING_TXN, RUNNING, and any the server adds). */
    public boolean inProgress() {
        return !finished() && !cancelled();
    }
}
