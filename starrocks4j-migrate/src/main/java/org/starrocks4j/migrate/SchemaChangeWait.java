package org.starrocks4j.migrate;

import java.sql.Connection;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.starrocks4j.jdbc.SchemaChangeException;
import org.starrocks4j.jdbc.SchemaChangeWaiter;
import org.starrocks4j.progress.ProgressListener;

/**
 * The runner's wait on a live server: a statement that starts an asynchronous job ({@link AsyncJob} recognizes
 * it) is followed by {@link SchemaChangeWaiter#await} until its job is FINISHED, with the waiter's progress lines.
 * A cancelled job becomes {@link StatementWait.JobFailedException} (the change did not happen, so the statement
 * must run again); a timeout stays a {@link SchemaChangeException.TimedOut} (the job may still finish).
 */
public final class SchemaChangeWait implements StatementWait {

    private final Duration pollInterval;
    private final Duration timeout;
    private final SchemaChangeWaiter.Sleeper sleeper;
    private final ProgressListener progressListener;

    /** Waits with the project's poll interval and timeout. */
    public SchemaChangeWait(Duration pollInterval, Duration timeout) {
        this(pollInterval, timeout, d -> Thread.sleep(d.toMillis()));
    }

    /** With another way to sleep between polls (tests pass one that does not wait). */
    public SchemaChangeWait(Duration pollInterval, Duration timeout, SchemaChangeWaiter.Sleeper sleeper) {
        this(pollInterval, timeout, sleeper, ProgressListener.NONE);
    }

    private SchemaChangeWait(Duration pollInterval, Duration timeout, SchemaChangeWaiter.Sleeper sleeper,
                             ProgressListener progressListener) {
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.progressListener = Objects.requireNonNull(progressListener, "progressListener");
    }

    /** This wait, reporting each poll to {@code listener} as well. */
    public SchemaChangeWait withProgressListener(ProgressListener listener) {
        return new SchemaChangeWait(pollInterval, timeout, sleeper, listener);
    }

    /** Waits with {@link SchemaChangeWaiter}'s defaults (poll every 2 s, give up after 30 min). */
    public static SchemaChangeWait defaults() {
        return new SchemaChangeWait(SchemaChangeWaiter.DEFAULT_POLL_INTERVAL, SchemaChangeWaiter.DEFAULT_TIMEOUT);
    }

    @Override
    public void afterStatement(Connection connection, String statement, Consumer<String> progress) throws Exception {
        Optional<AsyncJob> job = AsyncJob.of(statement);
        if (job.isEmpty()) {
            return;
        }
        SchemaChangeWaiter waiter = SchemaChangeWaiter.builder().pollInterval(pollInterval).timeout(timeout)
                .progress(progress).progressListener(progressListener).sleeper(sleeper).build();
        try {
            waiter.await(connection, job.get().table(), job.get().kind());
        } catch (SchemaChangeException.Cancelled e) {
            throw new JobFailedException(e.getMessage());
        }
    }
}
