package org.starrocks4j.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.starrocks4j.lexical.SqlText;
import org.starrocks4j.progress.Progress;
import org.starrocks4j.progress.ProgressListener;
import org.starrocks4j.schema.ObjectName;

/**
 * Waits for StarRocks' asynchronous table changes. Column changes, {@code DISTRIBUTED BY} / {@code ORDER BY}
 * changes and rollups run as background jobs, and the server refuses the next change of the same table while one
 * runs; so after such an ALTER, poll
 * {@code SHOW ALTER TABLE COLUMN|OPTIMIZE|ROLLUP FROM `db` WHERE TableName = 't' ORDER BY JobId DESC LIMIT 1}
 * (the newest job; JobId, not CreateTime, which has one-second granularity) until it is FINISHED.
 *
 * <ul>
 *   <li>FINISHED: done. No job at all: done too (nothing ran asynchronously).</li>
 *   <li>CANCELLED: {@link SchemaChangeException.Cancelled} with the server's {@code Msg}.</li>
 *   <li>PENDING, WAITING_TXN, RUNNING, or any other state: sleep {@link Builder#pollInterval} and poll again, until
 *       {@link Builder#timeout}, then {@link SchemaChangeException.TimedOut}.</li>
 * </ul>
 *
 * <p>Progress lines (state changes, the server's progress text, elapsed time) go to the progress consumer; each poll
 * goes to the progress listener, for a display that shows the wait while it lasts.
 * Instances are immutable and thread-safe; each {@code await} uses the connection it is given.
 */
public final class SchemaChangeWaiter {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaChangeWaiter.class);

    /** Default time between polls. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(2);
    /** Default time to wait for one job. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);
    /** While nothing changes, a progress line every this many polls. */
    private static final int HEARTBEAT_POLLS = 15;

    /** Sleeps between polls; replaceable so tests need not wait. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Duration pollInterval;
    private final Duration timeout;
    private final Consumer<String> progress;
    private final ProgressListener pollListener;
    private final Sleeper sleeper;
    private final LongSupplier nanoTime;

    private SchemaChangeWaiter(Builder b) {
        this.pollInterval = b.pollInterval;
        this.timeout = b.timeout;
        this.progress = b.progress;
        this.pollListener = b.pollListener;
        this.sleeper = b.sleeper;
        this.nanoTime = b.nanoTime;
    }

    /** A waiter with the defaults: poll every 2 s, give up after 30 min, progress to the log. */
    public static SchemaChangeWaiter defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Duration pollInterval() {
        return pollInterval;
    }

    public Duration timeout() {
        return timeout;
    }

    /**
     * The query that shows the newest job of {@code kind} on {@code table}; without a database, the connection's
     * current database is searched.
     */
    public static String showAlterStatement(AlterJobKind kind, String database, String table) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        return "SHOW ALTER TABLE " + kind.name() + (database == null ? "" : " FROM " + SqlText.identifier(database))
                + " WHERE TableName = " + SqlText.literal(table) + " ORDER BY JobId DESC LIMIT 1";
    }

    /** The newest job of {@code kind} on the table, or empty when it never had one. One query. */
    public Optional<AlterJob> latestJob(Connection connection, String database, String table, AlterJobKind kind)
            throws SQLException {
        String sql = showAlterStatement(kind, database, table);
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Map<String, Integer> columns = columns(rs.getMetaData());
            String idText = text(rs, columns, "jobid");
            long id;
            try {
                id = Long.parseLong(idText.strip());
            } catch (RuntimeException e) {
                throw new SQLException("unexpected answer to " + sql + ": JobId '" + idText + "' is not a number");
            }
            String tableName = text(rs, columns, "tablename");
            return Optional.of(new AlterJob(kind, id, tableName.isEmpty() ? table : tableName,
                    text(rs, columns, "state"), text(rs, columns, "msg"), text(rs, columns, "progress")));
        }
    }

    /** {@link #await(Connection, String, String, AlterJobKind)} for a name qualified by its database (or not). */
    public Optional<AlterJob> await(Connection connection, ObjectName table, AlterJobKind kind)
            throws SQLException, InterruptedException {
        if (table.catalog() != null && !table.catalog().equalsIgnoreCase("default_catalog")) {
            throw new IllegalArgumentException("table " + table + " is in external catalog '" + table.catalog()
                    + "'; only tables of default_catalog have schema-change jobs");
        }
        return await(connection, table.database(), table.name(), kind);
    }

    /**
     * Blocks until the newest {@code kind} job on the table has finished.
     *
     * @param database the table's database, or {@code null} for the connection's current database
     * @return the finished job, or empty when the table has no such job (the change ran synchronously)
     * @throws SchemaChangeException.Cancelled when the server cancelled the job (message: the server's Msg)
     * @throws SchemaChangeException.TimedOut  when it is still running after the timeout
     * @throws InterruptedException            when the waiting thread is interrupted (the job keeps running)
     */
    public Optional<AlterJob> await(Connection connection, String database, String table, AlterJobKind kind)
            throws SQLException, InterruptedException {
        String where = (database == null ? "" : SqlText.identifier(database) + ".") + SqlText.identifier(table);
        long start = nanoTime.getAsLong();
        String lastSeen = null;
        int polls = 0;
        while (true) {
            Optional<AlterJob> latest = latestJob(connection, database, table, kind);
            if (latest.isEmpty()) {
                LOG.debug("no {} job on {}: nothing to wait for", kind, where);
                return latest;
            }
            AlterJob job = latest.get();
            Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - start);
            if (job.finished()) {
                if (lastSeen != null) {
                    report(kind + " job " + job.jobId() + " on " + where + " FINISHED after " + seconds(elapsed));
                }
                return latest;
            }
            if (job.cancelled()) {
                throw new SchemaChangeException.Cancelled(kind + " job " + job.jobId() + " on " + where
                        + " was CANCELLED by the server: " + (job.message().isEmpty() ? "(no message)" : job.message())
                        + "; the change did not happen. Fix the cause and run the statement again.", job);
            }
            String seen = job.state() + "|" + job.progress();
            if (!seen.equals(lastSeen) || polls % HEARTBEAT_POLLS == 0) {
                report("waiting for " + kind + " job " + job.jobId() + " on " + where + ": " + job.state()
                        + (job.progress().isEmpty() ? "" : " (" + job.progress() + ")") + ", " + seconds(elapsed)
                        + " elapsed");
                lastSeen = seen;
            }
            if (elapsed.compareTo(timeout) >= 0) {
                throw new SchemaChangeException.TimedOut(kind + " job " + job.jobId() + " on " + where + " is still "
                        + job.state() + " after " + seconds(elapsed) + " (timeout " + seconds(timeout) + "). It may "
                        + "still finish: watch it with " + showAlterStatement(kind, database, table)
                        + ", or wait longer by raising the timeout.", job);
            }
            polls++;
            pollListener.progress(new Progress("waiting for the " + kind + " job " + job.jobId() + " on " + where,
                    "poll", polls, -1));
            Duration remaining = timeout.minus(elapsed);
            sleeper.sleep(remaining.compareTo(pollInterval) < 0 ? remaining : pollInterval);
        }
    }

    private void report(String line) {
        progress.accept(line);
    }

    private static String seconds(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + "s";
        }
        return s < 3600 ? (s / 60) + "m" + (s % 60) + "s" : (s / 3600) + "h" + (s % 3600 / 60) + "m";
    }

    private static Map<String, Integer> columns(ResultSetMetaData meta) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            out.putIfAbsent(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), i);
        }
        return out;
    }

    private static String text(ResultSet rs, Map<String, Integer> columns, String name) throws SQLException {
        Integer i = columns.get(name);
        if (i == null) {
            return "";
        }
        String v = rs.getString(i);
        return v == null ? "" : v;
    }

    /** Configures a {@link SchemaChangeWaiter}. */
    public static final class Builder {
        private Duration pollInterval = DEFAULT_POLL_INTERVAL;
        private Duration timeout = DEFAULT_TIMEOUT;
        private Consumer<String> progress = LOG::info;
        private ProgressListener pollListener = ProgressListener.NONE;
        private Sleeper sleeper = d -> Thread.sleep(d.toMillis());
        private LongSupplier nanoTime = System::nanoTime;

        private Builder() {
        }

        /** Time between polls (default 2 s); must be positive. */
        public Builder pollInterval(Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("poll interval must be positive, got " + value);
            }
            this.pollInterval = value;
            return this;
        }

        /** How long to wait for one job before giving up (default 30 min); must not be negative. */
        public Builder timeout(Duration value) {
            if (value == null || value.isNegative()) {
                throw new IllegalArgumentException("timeout must not be negative, got " + value);
            }
            this.timeout = value;
            return this;
        }

        /** Receives progress lines while waiting (default: logged at INFO). */
        public Builder progress(Consumer<String> value) {
            this.progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        /** Receives each poll while waiting, as poll n of an unknown number (default: none). */
        public Builder progressListener(ProgressListener value) {
            this.pollListener = Objects.requireNonNull(value, "progressListener");
            return this;
        }

        /** How to sleep between polls (tests pass one that advances a fake clock). */
        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /** The monotonic clock in nanoseconds (tests pass a fake one). */
        public Builder nanoTime(LongSupplier value) {
            this.nanoTime = Objects.requireNonNull(value, "nanoTime");
            return this;
        }

        public SchemaChangeWaiter build() {
            return new SchemaChangeWaiter(this);
        }
    }
}
