package org.starrocks4j.hibernate;

import jakarta.persistence.Timeout;
import org.hibernate.LockMode;
import org.hibernate.UnsupportedLockAttemptException;
import org.hibernate.dialect.lock.LockingStrategy;
import org.hibernate.dialect.lock.PessimisticLockStyle;
import org.hibernate.dialect.lock.spi.ConnectionLockTimeoutStrategy;
import org.hibernate.dialect.lock.spi.LockTimeoutType;
import org.hibernate.dialect.lock.spi.LockingSupport;
import org.hibernate.dialect.lock.spi.OuterJoinLockingType;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.LockEventListener;

/**
 * StarRocks has no row locks: its query grammar ({@code queryStatement} in the FE's {@code StarRocks.g4}) has no
 * {@code FOR UPDATE}, {@code FOR SHARE} or {@code LOCK IN SHARE MODE}, so the server answers MySQL's locking
 * clauses with a bare syntax error. The dialect therefore declares no pessimistic locking, no lock timeouts, and
 * refuses a pessimistic lock before any SQL is sent, with a message that names the way out.
 */
final class NoRowLocks implements LockingSupport, LockingSupport.Metadata {

    static final NoRowLocks INSTANCE = new NoRowLocks();

    /** Refuses {@code Session.lock} / {@code EntityManager.lock} with a pessimistic mode; lets the others pass. */
    static final LockEventListener LOCK_LISTENER = event -> {
        LockMode mode = event.getLockMode();
        if (mode.isPessimistic()) {
            String entity = event.getEntityName() != null ? event.getEntityName()
                    : event.getSession().bestGuessEntityName(event.getObject());
            throw refusal(mode, "entity " + entity);
        }
    };

    private NoRowLocks() {
    }

    /** Why a pessimistic lock on {@code target} is refused, and what to do instead. */
    static UnsupportedLockAttemptException refusal(LockMode mode, String target) {
        return new UnsupportedLockAttemptException("lock mode " + mode.name() + " requested for " + target
                + ": StarRocks has no row locks (it refuses SELECT ... FOR UPDATE and LOCK IN SHARE MODE), so no "
                + "pessimistic lock can be taken; nothing was sent to the server. Use optimistic locking instead: a "
                + "@Version attribute makes a concurrent update fail with an OptimisticLockException (lock mode "
                + "OPTIMISTIC also checks entities that were only read), or serialize the writers in the application.");
    }

    /** The strategy for {@code Session.lock} and {@code EntityManager.lock} with a pessimistic mode: a refusal. */
    static LockingStrategy refusingStrategy(LockMode mode, String entityName) {
        return new LockingStrategy() {
            @Override
            public void lock(Object id, Object version, Object object, Timeout timeout,
                             SharedSessionContractImplementor session) {
                throw refusal(mode, "entity " + entityName);
            }
        };
    }

    @Override
    public Metadata getMetadata() {
        return this;
    }

    @Override
    public ConnectionLockTimeoutStrategy getConnectionLockTimeoutStrategy() {
        return ConnectionLockTimeoutStrategy.NONE;
    }

    @Override
    public PessimisticLockStyle getPessimisticLockStyle() {
        return PessimisticLockStyle.NONE;
    }

    @Override
    public LockTimeoutType getLockTimeoutType(Timeout timeout) {
        return LockTimeoutType.NONE;
    }

    @Override
    public OuterJoinLockingType getOuterJoinLockingType() {
        return OuterJoinLockingType.UNSUPPORTED;
    }
}
