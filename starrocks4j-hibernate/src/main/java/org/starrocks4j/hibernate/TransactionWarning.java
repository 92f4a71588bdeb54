package org.starrocks4j.hibernate;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start-up warning, logged once per JVM, that a JDBC transaction gives no atomicity on StarRocks: the server
 * opens a transaction only for an explicit {@code BEGIN} (which JDBC's {@code setAutoCommit(false)}, and so
 * {@code @Transactional}, never sends), so every statement commits on its own and a rollback undoes nothing.
 * Explicit transactions (from StarRocks 3.5) hold INSERT statements only; DDL is never transactional. Off with
 * {@link StarRocksSettings#TRANSACTION_WARNING}{@code =false}.
 */
final class TransactionWarning {

    private static final Logger LOG = LoggerFactory.getLogger("org.starrocks4j.hibernate");
    private static final AtomicBoolean SHOWN = new AtomicBoolean();

    private TransactionWarning() {
    }

    /** Logs the warning unless it was logged before or the settings turn it off; returns true when it logged. */
    static boolean logOnce(StarRocksDialect dialect, Map<String, Object> settings) {
        Object enabled = settings.get(StarRocksSettings.TRANSACTION_WARNING);
        if (enabled != null && enabled.toString().equalsIgnoreCase("false")) {
            return false;
        }
        if (!SHOWN.compareAndSet(false, true)) {
            return false;
        }
        LOG.warn(text(dialect));
        return true;
    }

    static String text(StarRocksDialect dialect) {
        return "StarRocks " + dialect.starRocksVersion() + ": a Hibernate or JDBC transaction (@Transactional, "
                + "EntityTransaction) gives no atomicity: every statement commits on its own and a rollback undoes "
                + "nothing" + (dialect.supportsExplicitInsertTransactions()
                ? " (explicit BEGIN ... COMMIT transactions hold INSERT statements only)" : "")
                + ". Make writes idempotent (a PRIMARY KEY table upserts by key). Turn this warning off with "
                + StarRocksSettings.TRANSACTION_WARNING + "=false.";
    }
}
