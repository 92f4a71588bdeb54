package org.starrocks4j.hibernate;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;

/**
 * Runs when a session factory starts with {@link StarRocksDialect} (registered through
 * {@code META-INF/services/org.hibernate.integrator.spi.Integrator}): checks that the entities make a valid
 * StarRocks model, failing the start with every problem before any schema action runs, logs the
 * {@link TransactionWarning} once, and refuses pessimistic {@code lock} calls ({@link NoRowLocks}).
 */
public final class StarRocksIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        if (!(sessionFactory.getJdbcServices().getDialect() instanceof StarRocksDialect dialect)) {
            return;
        }
        EntityModel.read(metadata);
        TransactionWarning.logOnce(dialect, sessionFactory.getProperties());
        // Session.lock with PESSIMISTIC_FORCE_INCREMENT on a versioned entity only increments the version and never
        // asks the dialect, so the refusal of pessimistic modes is made where every lock call passes
        sessionFactory.getEventListenerRegistry().prependListeners(EventType.LOCK, NoRowLocks.LOCK_LISTENER);
    }
}
