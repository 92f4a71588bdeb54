package org.starrocks4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.starrocks4j.source.SchemaSources;
import org.starrocks4j.source.SourceContext;

class DatabaseSourceProviderTest {

    private final DatabaseSourceProvider provider = new DatabaseSourceProvider();

    @Test
    void registeredAndHandlesItsSpecs() {
        assertThat(SchemaSources.providers(getClass().getClassLoader()))
                .anyMatch(p -> p instanceof DatabaseSourceProvider);
        assertThat(provider.handles("db")).isTrue();
        assertThat(provider.handles("db:other")).isTrue();
        assertThat(provider.handles("jdbc:starrocks://h/db")).isTrue();
        assertThat(provider.handles("dbx")).isFalse();
        assertThat(provider.handles("sql:db.sql")).isFalse();
        assertThat(provider.usage()).startsWith("db | db:DATABASE | jdbc:starrocks://");
    }

    @Test
    void targetFromSettingsSpecAndUser() {
        Map<String, String> settings = Map.of("url", "jdbc:starrocks://root@h:9031/shop", "user", "alice");
        StarRocksUrl db = DatabaseSourceProvider.target("db", settings, Map.of());
        assertThat(db.database()).isEqualTo("shop");
        assertThat(db.user()).isEqualTo("alice");
        assertThat(DatabaseSourceProvider.target("db:other", settings, Map.of()).database()).isEqualTo("other");
        assertThat(DatabaseSourceProvider.target("jdbc:starrocks://h/hive.logs", Map.of(), Map.of()).catalog())
                .isEqualTo("hive");
        // Migration projects may hold a jdbc:mysql:// URL: same address.
        StarRocksUrl mysql = DatabaseSourceProvider.target("db", Map.of("url", "jdbc:mysql://h:9030/shop"), Map.of());
        assertThat(mysql.hosts()).containsExactly(new HostAndPort("h", 9030));
        assertThat(mysql.database()).isEqualTo("shop");
    }

    @Test
    void missingUrlOrDatabaseIsExplained() {
        assertThatThrownBy(() -> DatabaseSourceProvider.target("db", Map.of(), Map.of()))
                .hasMessageContaining("--url").hasMessageContaining("starrocks4j.properties");
        assertThatThrownBy(() -> DatabaseSourceProvider.target("db:", Map.of("url", "jdbc:starrocks://h/x"), Map.of()))
                .hasMessageContaining("names no database");
        assertThatThrownBy(() -> DatabaseSourceProvider.target("jdbc:starrocks://u:s3cr3t@h", Map.of(), Map.of()))
                .hasMessageContaining("names no database").hasMessageNotContaining("s3cr3t");
    }

    @Test
    void unreachableServerFailsWithoutThePassword() {
        SourceContext context = new SourceContext(getClass().getClassLoader(),
                Map.of("url", "jdbc:starrocks://root:s3cr3t@127.0.0.1:1/shop?connectTimeout=2000"), null);
        assertThatThrownBy(() -> SchemaSources.load("db", context))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("cannot connect to jdbc:starrocks://root:****@127.0.0.1:1/shop")
                .hasMessageNotContaining("s3cr3t");
    }
}
