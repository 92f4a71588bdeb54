package org.starrocks4j.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hibernate.dialect.DatabaseVersion;
import org.junit.jupiter.api.Test;

/** The start-up warning that a JDBC transaction gives no atomicity on StarRocks. */
class TransactionWarningTest {

    @Test
    void saysThatARollbackUndoesNothingAndHowToSilenceIt() {
        String text = TransactionWarning.text(new StarRocksDialect(DatabaseVersion.make(3, 4, 1)));

        assertThat(text).startsWith("StarRocks 3.4.1: a Hibernate or JDBC transaction (@Transactional, "
                        + "EntityTransaction) gives no atomicity")
                .contains("a rollback undoes nothing", "hibernate.dialect.starrocks.transaction_warning=false")
                .doesNotContain("explicit BEGIN");
        assertThat(TransactionWarning.text(new StarRocksDialect(DatabaseVersion.make(3, 5, 0))))
                .contains("explicit BEGIN ... COMMIT transactions hold INSERT statements only");
    }

    @Test
    void isLoggedOnceAndNotAtAllWhenTurnedOff() {
        StarRocksDialect dialect = new StarRocksDialect();
        assertThat(TransactionWarning.logOnce(dialect, Map.of(StarRocksSettings.TRANSACTION_WARNING, "false")))
                .isFalse();
        TransactionWarning.logOnce(dialect, Map.of());
        assertThat(TransactionWarning.logOnce(dialect, Map.of())).as("once per JVM").isFalse();
    }
}
