package org.starrocks4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;
import org.starrocks4j.migrate.LiveDatabase;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.Refresh;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaDefinition;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;
import org.starrocks4j.testing.LiveServer;
import org.starrocks4j.types.Types;

/**
 * The live suite of migrations, mirroring the Python client's system tests (table, view and materialized view
 * lifecycles): each test gets a fresh database and a project, and runs the real commands — autogenerate,
 * upgrade (waiting for schema-change jobs), check, a second autogenerate that must find nothing, downgrade.
 * Runs when {@code STARROCKS_URL} is set (e.g. {@code jdbc:starrocks://127.0.0.1:9030/}, user and password from
 * {@code STARROCKS_USER} / {@code STARROCKS_PASSWORD}); skipped otherwise, saying why once ({@link LiveServer}).
 */
@ExtendWith(LiveServer.class)
class LiveMigrationLifecycleTest {

    @TempDir
    Path dir;

    private LiveDatabase database;
    private String config;

    @BeforeEach
    void freshDatabaseAndProject() throws Exception {
        database = LiveDatabase.create("starrocks4j_test_");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Cli.Result init = Cli.run("init", dir.resolve("project").toString(), "--url",
                database.url(), "--models", Tables.class.getName(), "--classpath",
                classes.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        config = dir.resolve("project/starrocks4j.properties").toString();
    }

    @AfterEach
    void dropDatabase() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    // ---- models ------------------------------------------------------------------------------------------------

    static Table orders(boolean changed) {
        Table.Builder b = Table.builder("orders")
                .column("id", Types.BIGINT, c -> c.notNull())
                .column("customer", Types.varchar(64))
                .column("amount", Types.decimal(18, 2))
                .primaryKey("id")
                .comment(changed ? "orders, with status" : "orders")
                .distributedBy(Distribution.hash(4, "id"))
                .property("replication_num", "1");
        if (changed) {
            b.column("status", Types.varchar(16), c -> c.comment("order status"));
        }
        return b.build();
    }

    static Table events() {
        return Table.builder("events")
                .column("day", Types.DATE)
                .column("kind", Types.varchar(32))
                .column("hits", Types.BIGINT)
                .duplicateKey("day", "kind")
                .distributedBy(Distribution.hash(2, "kind"))
                .property("replication_num", "1")
                .build();
    }

    static View bigOrders(String threshold) {
        return View.builder("big_orders").as("SELECT id, customer, amount FROM orders WHERE amount > " + threshold)
                .build();
    }

    static MaterializedView totals(Refresh refresh) {
        return MaterializedView.builder("customer_totals")
                .distributedBy(Distribution.hash("customer"))
                .refresh(refresh)
                .property("replication_num", "1")
                .as("SELECT customer, sum(amount) AS total FROM orders GROUP BY customer")
                .build();
    }

    /** Two tables. */
    public static class Tables implements SchemaDefinition {
        @Override
        public Schema schema() {
            return Schema.of(orders(false), events());
        }
    }

    /** A column added (an asynchronous job), the comment changed, {@code events} dropped. */
    public static class TablesChanged implements SchemaDefinition {
        @Override
        public Schema schema() {
            return Schema.of(orders(true));
        }
    }

    /** With a view. */
    public static class WithView implements SchemaDefinition {
        @Override
        public Schema schema() {
            return Schema.of(orders(false), events(), bigOrders("100"));
        }
    }

    /** The view's definition changed. */
    public static class WithViewChanged implements SchemaDefinition {
        @Override
        public Schema schema() {
            return Schema.of(orders(false), events(), bigOrders("1000"));
        }
    }

    /** With a materialized view. */
    public static class WithMv implements SchemaDefinition {
        @Override
        public Schema schema() {
            return Schema.of(orders(false), events(), totals(Refresh.manual()));
        }
    }

    /** The materialized view refreshed asynchronously instead. */
    public static class WithMvChanged implements SchemaDefinition {
        @Override
        public Schema schema() {
            return Schema.of(orders(false), events(), totals(Refresh.async()));
        }
    }

    // ---- scenarios ---------------------------------------------------------------------------------------------

    @Test
    void tableLifecycle() throws Exception {
        revisionAndUpgrade(Tables.class, "create tables");
        assertThat(tables()).contains("orders", "events", "starrocks4j_version");
        assertNothingMoreToDo(Tables.class);

        revisionAndUpgrade(TablesChanged.class, "add status, drop events");
        assertThat(tables()).contains("orders").doesNotContain("events");
        assertThat(columns("orders")).contains("status");
        assertNothingMoreToDo(TablesChanged.class);

        ok(cli("downgrade", "-1"));
        assertThat(tables()).contains("orders", "events");
        assertThat(columns("orders")).doesNotContain("status");
        assertNothingMoreToDo(Tables.class);

        ok(cli("downgrade", "base"));
        assertThat(tables()).doesNotContain("orders", "events").contains("starrocks4j_version");
    }

    @Test
    void viewLifecycle() throws Exception {
        revisionAndUpgrade(WithView.class, "create tables and view");
        assertNothingMoreToDo(WithView.class);
        revisionAndUpgrade(WithViewChanged.class, "change the view");
        assertNothingMoreToDo(WithViewChanged.class);
        revisionAndUpgrade(Tables.class, "drop the view");
        assertThat(tables()).doesNotContain("big_orders");
        ok(cli("downgrade", "-1"));
        assertThat(tables()).contains("big_orders");
        assertNothingMoreToDo(WithViewChanged.class);
    }

    @Test
    void materializedViewLifecycle() throws Exception {
        revisionAndUpgrade(WithMv.class, "create tables and MV");
        assertNothingMoreToDo(WithMv.class);
        revisionAndUpgrade(WithMvChanged.class, "refresh asynchronously");
        assertNothingMoreToDo(WithMvChanged.class);
        revisionAndUpgrade(Tables.class, "drop the MV");
        assertThat(tables()).doesNotContain("customer_totals");
        ok(cli("downgrade", "-1"));
        assertThat(tables()).contains("customer_totals");
        assertNothingMoreToDo(WithMvChanged.class);
    }

    @Test
    void lockIsExclusiveAndReleasedOnlyByUnlock() throws Exception {
        revisionAndUpgrade(Tables.class, "create tables");
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE VIEW `starrocks4j_version_lock` AS SELECT 'someone@elsewhere:1' AS `holder`, "
                    + "'2026-01-01T00:00:00Z' AS `since`");
        }
        Cli.Result locked = cli("downgrade", "base");
        assertThat(locked.exitCode()).isEqualTo(2);
        assertThat(locked.err()).contains("someone@elsewhere:1", "2026-01-01T00:00:00Z", "unlock");
        ok(cli("unlock"));
        ok(cli("downgrade", "base"));
    }

    // ---- steps -------------------------------------------------------------------------------------------------

    private void revisionAndUpgrade(Class<?> models, String message) {
        ok(cli("revision", "--autogenerate", "-m", message, "--models", models.getName()));
        Cli.Result up = cli("upgrade");
        ok(up);
        assertThat(up.out()).contains("upgrade done");
        ok(cli("check", "--models", models.getName()));
    }

    /** The Python client's idempotency check: a second autogenerate after upgrade produces nothing. */
    private void assertNothingMoreToDo(Class<?> models) {
        Cli.Result again = cli("revision", "--autogenerate", "-m", "verify", "--models", models.getName());
        ok(again);
        assertThat(again.out()).contains("no changes");
        Cli.Result check = cli("check", "--models", models.getName());
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
    }

    private Cli.Result cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(1, "--config");
        all.add(2, config);
        return Cli.run(all.toArray(String[]::new));
    }

    private static void ok(Cli.Result r) {
        assertThat(r.exitCode()).as("stdout:\n%s\nstderr:\n%s", r.out(), r.err()).isZero();
    }

    private List<String> tables() throws SQLException {
        return names("SHOW TABLES FROM `" + database.name() + "`");
    }

    private List<String> columns(String table) throws SQLException {
        return names("SHOW COLUMNS FROM `" + database.name() + "`.`" + table + "`");
    }

    private List<String> names(String query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
