package org.starrocks4j.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hibernate.LockMode;
import org.hibernate.LockOptions;
import org.hibernate.SessionFactory;
import org.hibernate.UnsupportedLockAttemptException;
import org.hibernate.dialect.lock.PessimisticLockStyle;
import org.junit.jupiter.api.Test;
import org.starrocks4j.hibernate.entities.VersionedAccount;

/**
 * StarRocks has no row locks: a pessimistic lock is refused with the way out before any SQL is sent, and optimistic
 * locking through a version column keeps working.
 */
class LockingTest {

    private static final String ACCOUNT = VersionedAccount.class.getName();

    /** Answers the account's select with one row (id 1, owner ann, version 3) and a version check with 3. */
    private static FakeJdbc oneAccount() {
        return new FakeJdbc(sql -> {
            if (sql.contains("owner") && sql.startsWith("select")) {
                return List.of(List.of(1L, "ann", 3L));
            }
            return sql.startsWith("select") && sql.contains("version") ? List.of(List.of(3L)) : List.of();
        });
    }

    private static void assertRefused(ThrowingCallable call, String mode, String target) {
        assertThatThrownBy(call).satisfies(e -> {
            Throwable refusal = e;
            while (refusal != null && !(refusal instanceof UnsupportedLockAttemptException)) {
                refusal = refusal.getCause();
            }
            assertThat(refusal).as("the refusal in %s", e).isInstanceOf(UnsupportedLockAttemptException.class)
                    .hasMessageStartingWith("lock mode " + mode + " requested for " + target
                            + ": StarRocks has no row locks")
                    .hasMessageContaining("nothing was sent to the server")
                    .hasMessageContaining("@Version");
        });
    }

    @Test
    void aPessimisticFindOrQueryIsRefusedBeforeAnySqlIsSent() {
        FakeJdbc jdbc = oneAccount();
        try (SessionFactory factory = HibernateBoot.start(jdbc, Map.of(), VersionedAccount.class)) {
            assertRefused(() -> factory.inTransaction(s -> s.find(VersionedAccount.class, 1L,
                    LockModeType.PESSIMISTIC_WRITE)), "PESSIMISTIC_WRITE", "entity " + ACCOUNT);
            assertRefused(() -> factory.inTransaction(s -> s.createSelectionQuery("from VersionedAccount",
                    VersionedAccount.class).setLockMode(LockModeType.PESSIMISTIC_READ).getResultList()),
                    "PESSIMISTIC_READ", "entity " + ACCOUNT);
            assertRefused(() -> factory.inTransaction(s -> s.createSelectionQuery("from VersionedAccount",
                    VersionedAccount.class).setHibernateLockMode(LockMode.UPGRADE_NOWAIT).getResultList()),
                    "UPGRADE_NOWAIT", "entity " + ACCOUNT);
        }
        assertThat(jdbc.statements).isEmpty();
    }

    @Test
    void lockingALoadedEntityPessimisticallyIsRefused() {
        FakeJdbc jdbc = oneAccount();
        try (SessionFactory factory = HibernateBoot.start(jdbc, Map.of(), VersionedAccount.class)) {
            for (LockModeType mode : List.of(LockModeType.PESSIMISTIC_WRITE, LockModeType.PESSIMISTIC_READ,
                    LockModeType.PESSIMISTIC_FORCE_INCREMENT)) {
                assertRefused(() -> factory.inTransaction(s -> s.lock(s.find(VersionedAccount.class, 1L), mode)),
                        mode.name(), "entity " + ACCOUNT);
            }
        }
        assertThat(jdbc.statements).noneMatch(sql -> sql.contains("for update") || sql.contains("share"))
                .noneMatch(sql -> sql.startsWith("update"));
    }

    @Test
    void aNativeQueryWithAPessimisticLockIsRefused() {
        FakeJdbc jdbc = oneAccount();
        try (SessionFactory factory = HibernateBoot.start(jdbc, Map.of(), VersionedAccount.class)) {
            assertRefused(() -> factory.inTransaction(s -> s.createNativeQuery("SELECT id FROM versioned_account",
                    Long.class).setHibernateLockMode(LockMode.PESSIMISTIC_WRITE).getResultList()),
                    "PESSIMISTIC_WRITE", "a native query");
        }
        assertThat(jdbc.statements).isEmpty();
    }

    @Test
    void optimisticLockingThroughTheVersionColumnKeepsWorking() {
        FakeJdbc jdbc = oneAccount();
        try (SessionFactory factory = HibernateBoot.start(jdbc, Map.of(), VersionedAccount.class)) {
            factory.inTransaction(s -> s.find(VersionedAccount.class, 1L).setOwner("bob"));
            factory.inTransaction(s -> s.find(VersionedAccount.class, 1L, LockModeType.OPTIMISTIC));
            factory.inTransaction(s -> s.find(VersionedAccount.class, 1L, LockModeType.OPTIMISTIC_FORCE_INCREMENT));
        }
        assertThat(jdbc.statements).noneMatch(sql -> sql.contains("for update"))
                .contains("update versioned_account set owner=?,version=? where id=? and version=?",
                        "select version as version_ from versioned_account where id=?",
                        "update versioned_account set version=? where id=? and version=?");
    }

    @Test
    void theDialectDeclaresNoPessimisticLocksNorLockTimeouts() {
        StarRocksDialect dialect = new StarRocksDialect();
        assertThat(dialect.getLockingSupport().getMetadata().getPessimisticLockStyle())
                .isEqualTo(PessimisticLockStyle.NONE);
        assertThat(dialect.supportsLockTimeouts()).isFalse();
        assertThat(dialect.applyLocksToSql("SELECT 1", new LockOptions(LockMode.OPTIMISTIC), Map.of()))
                .isEqualTo("SELECT 1");
        assertRefused(() -> dialect.applyLocksToSql("SELECT 1", new LockOptions(LockMode.PESSIMISTIC_WRITE),
                Map.of()), "PESSIMISTIC_WRITE", "a native query");
    }
}
