package org.starrocks4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.starrocks4j.migrate.LiveDatabase;
import org.starrocks4j.migrate.StarRocks4j;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaDefinition;
import org.starrocks4j.schema.Table;
import org.starrocks4j.testing.LiveServer;
import org.starrocks4j.types.Types;

/**
 * The start-up migration against a real StarRocks: a fresh database, the test resources' revision applied when the
 * context starts (waiting for its schema-change job), nothing to do on the next start, and fail-on-drift. Runs when
 * {@code STARROCKS_URL} is set (user and password from {@code STARROCKS_USER} / {@code STARROCKS_PASSWORD});
 * skipped otherwise, saying why once ({@link LiveServer}).
 */
@ExtendWith(LiveServer.class)
class LiveStartUpMigrationTest {

    private LiveDatabase database;

    @BeforeEach
    void freshDatabase() throws SQLException {
        database = LiveDatabase.create("starrocks4j_spring_");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theApplicationStartsOnAMigratedDatabase() throws SQLException {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(StarRocks4jAutoConfiguration.class))
                .withPropertyValues("starrocks4j.url=" + database.url(),
                        "starrocks4j.version-table-properties.replication_num=1");
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(StarRocks4j.class).info().current()).isEqualTo("aaa111aaa111");
        });
        assertThat(columns("events")).containsExactly("id", "kind", "hits");
        runner.run(context -> assertThat(context.getBean(StarRocks4j.class).info().pending()).isEmpty());

        // fail-on-drift: the models the revision was written for match; a model with one more column does not
        runner.withPropertyValues("starrocks4j.fail-on-drift=true", "starrocks4j.models=" + Events.class.getName())
                .run(context -> assertThat(context).hasNotFailed());
        runner.withPropertyValues("starrocks4j.fail-on-drift=true",
                        "starrocks4j.models=" + EventsWithNote.class.getName())
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("the database still differs from the models")
                        .hasMessageContaining("ADD COLUMN `note`"));
    }

    /** The models of the test resources' revision. */
    public static class Events implements SchemaDefinition {
        @Override
        public Schema schema() {
            return Schema.of(events().build());
        }

        static Table.Builder events() {
            return Table.builder("events")
                    .column("id", Types.BIGINT, c -> c.notNull())
                    .column("kind", Types.varchar(32))
                    .column("hits", Types.BIGINT)
                    .primaryKey("id")
                    .distributedBy(Distribution.hash(4, "id"))
                    .property("replication_num", "1");
        }
    }

    /** The same models one column later, with no revision for it. */
    public static class EventsWithNote implements SchemaDefinition {
        @Override
        public Schema schema() {
            return Schema.of(Events.events().column("note", Types.STRING).build());
        }
    }

    private List<String> columns(String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW COLUMNS FROM `" + table + "`")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
