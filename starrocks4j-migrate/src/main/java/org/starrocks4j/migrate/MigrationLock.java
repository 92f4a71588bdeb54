package org.starrocks4j.migrate;

import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.starrocks4j.lexical.SqlText;
import org.starrocks4j.schema.ObjectName;

/**
 * Mutual exclusion between migration runs on one database. StarRocks has no {@code GET_LOCK}, and a conditional
 * UPDATE does not exclude a concurrent one; but {@code CREATE VIEW} of an existing name (without IF NOT EXISTS)
 * fails, so exactly one creator of the reserved view {@code <version table>_lock} wins. The view selects who
 * took the lock and when, so a busy or stale lock is reported with its holder. A lock left by a crashed run is
 * never broken automatically: {@code starrocks4j unlock} removes it on purpose.
 */
public final class MigrationLock implements AutoCloseable {

    /** MySQL/StarRocks "table already exists". */
    static final int ER_TABLE_EXISTS = 1050;
    /** StarRocks 3.1 reports a duplicate view as a generic analysis error. */
    static final int ER_PARSE_OR_ANALYSIS = 1064;

    private final SqlSession session;
    private final ObjectName view;
    private boolean held = true;

    private MigrationLock(SqlSession session, ObjectName view) {
        this.session = session;
        this.view = view;
    }

    /**
     * Takes the lock or fails at once, naming the holder.
     *
     * @param holder who takes it, e.g. {@code alice@build-7:4242}
     * @throws MigrationLockedException when another run holds it
     */
    public static MigrationLock acquire(SqlSession session, ObjectName view, String holder, Clock clock)
            throws SQLException {
        String since = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        String create = "CREATE VIEW " + view.toSql() + " AS SELECT " + SqlText.literal(holder) + " AS "
                + SqlText.identifier("holder") + ", " + SqlText.literal(since) + " AS " + SqlText.identifier("since");
        try {
            session.execute(create);
            return new MigrationLock(session, view);
        } catch (SQLException e) {
            if (!isAlreadyExists(e)) {
                throw e;
            }
            LockHolder current = holder(session, view).orElse(null);
            throw new MigrationLockedException("the database is locked by another migration run: "
                    + (current == null ? "holder unknown" : current) + " (lock view " + view + "). Wait for it to "
                    + "finish. If no run is in progress (a crashed run left the lock), check the database state with "
                    + "'starrocks4j current', then release it with 'starrocks4j unlock'", current);
        }
    }

    /** True when the error says the view name is taken. */
    static boolean isAlreadyExists(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return e.getErrorCode() == ER_TABLE_EXISTS
                || "42S01".equals(e.getSQLState())
                || (e.getErrorCode() == ER_PARSE_OR_ANALYSIS && message.contains("already exist"))
                || message.contains("already exists");
    }

    /** The current holder, or empty when nobody holds the lock. */
    public static Optional<LockHolder> holder(SqlSession session, ObjectName view) throws SQLException {
        List<Map<String, String>> rows;
        try {
            rows = session.query("SELECT " + SqlText.identifier("holder") + ", " + SqlText.identifier("since")
                    + " FROM " + view.toSql());
        } catch (SQLException e) {
            if (isUnknownTable(e)) {
                return Optional.empty();
            }
            throw e;
        }
        if (rows.isEmpty()) {
            return Optional.of(new LockHolder("unknown", "unknown"));
        }
        return Optional.of(new LockHolder(rows.get(0).get("holder"), rows.get(0).get("since")));
    }

    /** Removes the lock whoever holds it; returns the holder it removed, or empty when there was none. */
    public static Optional<LockHolder> forceRelease(SqlSession session, ObjectName view) throws SQLException {
        Optional<LockHolder> holder = holder(session, view);
        session.execute("DROP VIEW IF EXISTS " + view.toSql());
        return holder;
    }

    static boolean isUnknownTable(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return e.getErrorCode() == 1146 || e.getErrorCode() == 5502 || "42S02".equals(e.getSQLState())
                || message.contains("unknown table") || message.contains("not exist") || message.contains("not found");
    }

    /** Releases the lock this run holds. */
    @Override
    public void close() throws SQLException {
        if (held) {
            held = false;
            session.execute("DROP VIEW " + view.toSql());
        }
    }
}
