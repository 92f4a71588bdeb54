package org.starrocks4j.hibernate;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Runs when a session factory starts with {@link StarRocksDialect} (registered through
 * {@code META-INF/services/org.hibernate.integrator.spi.Integrator}): checks that the entities make a valid
 * StarRocks model, failing the start with every problem before any schema action runs, and logs the
 * {@link TransactionWarning} once.
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
    }
}
