package org.starrocks4j.jdbc.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.starrocks4j.diff.DiffOptions;
import org.starrocks4j.diff.DiffResult;
import org.starrocks4j.diff.SchemaDiff;
import org.starrocks4j.jdbc.AlterJob;
import org.starrocks4j.jdbc.AlterJobKind;
import org.starrocks4j.jdbc.ConnectionSource;
import org.starrocks4j.jdbc.NameFilter;
import org.starrocks4j.jdbc.SchemaChangeWaiter;
import org.starrocks4j.jdbc.SchemaReflector;
import org.starrocks4j.jdbc.ServerInfo;
import org.starrocks4j.jdbc.StarRocksUrl;
import org.starrocks4j.jdbc.StructValue;
import org.starrocks4j.jdbc.ValueDecoder;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SyncMaterializedView;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;
import org.starrocks4j.source.SchemaSources;
import org.starrocks4j.source.SourceContext;
import org.starrocks4j.sql.DdlParser;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.testing.LiveServer;

/**
 * The live suite: the scenarios of the Python client's integration tests (test/integration: reflection of tables,
 * columns, data types, views, MVs; schema-change waits with special-character database names and JobId ordering;
 * run mode; result processing; idempotent autogenerate) against a real StarRocks. Skipped with the reason when no
 * server is configured (see {@link LiveStarRocks}).
 */
@ExtendWith(LiveServer.class)
class LiveSuiteTest {

    /** The kitchen-sink table of the Python client's idempotency test, as DDL. */
    static final String KITCHEN_SINK = """
            CREATE TABLE kitchen_sink (
              col_pk INT NOT NULL COMMENT 'pk',
              col_bool BOOLEAN NOT NULL,
              col_tinyint TINYINT,
              col_smallint SMALLINT,
              col_bigint BIGINT NOT NULL DEFAULT "0",
              col_largeint LARGEINT,
              col_decimal DECIMAL(10, 2),
              col_double DOUBLE,
              col_float FLOAT,
              col_char CHAR(10),
              col_varchar VARCHAR(100),
              col_string STRING,
              col_date DATE,
              col_datetime DATETIME,
              col_array ARRAY<VARCHAR(20)>,
              col_map MAP<STRING, DECIMAL(5, 2)>,
              col_struct STRUCT<name STRING, age INT>,
              col_nested ARRAY<MAP<STRING, STRUCT<a INT, b ARRAY<INT>>>>,
              col_json JSON
            )
            PRIMARY KEY (col_pk, col_bool)
            COMMENT 'every type'
            PARTITION BY RANGE(col_pk) (PARTITION p1 VALUES LESS THAN ('100'), PARTITION p2 VALUES LESS THAN ('1000'))
            DISTRIBUTED BY HASH(col_pk) BUCKETS 2
            ORDER BY (col_pk, col_bool)
            PROPERTIES ("replication_num" = "1")""";

    private String database;

    @BeforeEach
    void database() throws SQLException {
        database = LiveStarRocks.createDatabase("starrocks4j_test_");
    }

    @AfterEach
    void drop() throws SQLException {
        LiveStarRocks.dropDatabase(database);
    }

    private StarRocksUrl url() {
        return LiveStarRocks.url().withDatabase(database);
    }

    @Test
    void driverManagerConnectsWithCatalogAndDatabase() throws SQLException {
        StarRocksUrl u = url();
        String text = "jdbc:starrocks://" + u.hosts().get(0) + "/default_catalog." + database;
        java.util.Properties info = new java.util.Properties();
        if (u.user() != null) {
            info.setProperty("user", u.user());
        }
        try (Connection c = DriverManager.getConnection(text, info); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT database()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(database);
        }
    }

    @Test
    void serverInfo() throws SQLException {
        try (Connection c = LiveStarRocks.connect(url())) {
            ServerInfo info = ServerInfo.read(c);
            assertThat(info.version().isUnknown() ? info.version().raw() : info.version().toString())
                    .isNotBlank();
            assertThat(info.profile().runMode()).isNotNull();
        }
    }

    @Test
    void reflectsEveryTypeAndTheKitchenSinkIsIdempotent() throws Exception {
        LiveStarRocks.execute(database, KITCHEN_SINK);
        Schema live = reflect(NameFilter.all());
        Table table = live.tables().get(0);
        assertThat(table.key().type()).isEqualTo(KeyType.PRIMARY);
        assertThat(table.columns()).hasSize(19);
        assertThat(table.comment()).isEqualTo("every type");

        Schema model = Schema.of(DdlParser.parseTable(KITCHEN_SINK));
        ServerInfo info;
        try (Connection c = LiveStarRocks.connect(url())) {
            info = ServerInfo.read(c);
        }
        DiffResult diff = SchemaDiff.between(live, model, DiffOptions.defaults().withServer(info.profile()));
        assertThat(diff.changes()).as("autogenerate after create must be empty").isEmpty();
    }

    @Test
    void reflectsViewsAndMaterializedViewsApart() throws Exception {
        LiveStarRocks.execute(database,
                "CREATE TABLE base (id INT, city VARCHAR(20), amount DECIMAL(10, 2)) DUPLICATE KEY(id) "
                        + "DISTRIBUTED BY HASH(id) BUCKETS 1 PROPERTIES (\"replication_num\" = \"1\")",
                "CREATE VIEW v_cities COMMENT 'cities' AS SELECT DISTINCT city FROM base",
                "CREATE MATERIALIZED VIEW mv_totals DISTRIBUTED BY HASH(city) REFRESH MANUAL "
                        + "PROPERTIES (\"replication_num\" = \"1\") AS SELECT city, sum(amount) AS total FROM base "
                        + "GROUP BY city");
        List<String> progress = new ArrayList<>();
        SchemaReflector.Reflection r = SchemaReflector.builder(ConnectionSource.of(url())).database(database)
                .progress(progress::add).build().read();
        assertThat(r.schema().tables()).extracting(t -> t.name().name()).containsExactly("base");
        View view = r.schema().views().get(0);
        assertThat(view.name().name()).isEqualTo("v_cities");
        assertThat(view.comment()).isEqualTo("cities");
        MaterializedView mv = r.schema().materializedViews().get(0);
        assertThat(mv.name().name()).isEqualTo("mv_totals");
        assertThat(mv.refresh()).isNotNull();
        assertThat(progress.get(0)).contains("1 table, 1 view, 1 materialized view");

        assertThat(reflect(NameFilter.parse("mv_*")).objects()).extracting(o -> o.name().name())
                .containsExactly("mv_totals");
    }

    @Test
    void viewsAndMaterializedViewsAreIdempotent() throws Exception {
        String base = "CREATE TABLE base (id INT, city VARCHAR(20)) DUPLICATE KEY(id) DISTRIBUTED BY HASH(id) "
                + "BUCKETS 1 PROPERTIES (\"replication_num\" = \"1\")";
        String view = "CREATE VIEW v1 (id COMMENT 'the id', city) COMMENT 'a view' SECURITY INVOKER AS "
                + "SELECT id, city FROM base";
        String mv = "CREATE MATERIALIZED VIEW mv1 DISTRIBUTED BY HASH(city) BUCKETS 1 REFRESH ASYNC "
                + "EVERY(INTERVAL 1 HOUR) PROPERTIES (\"replication_num\" = \"1\") AS SELECT city, count(*) AS n "
                + "FROM base GROUP BY city";
        LiveStarRocks.execute(database, base, view, mv);
        Schema live = reflect(NameFilter.all());
        Schema model = new Schema(List.of(DdlParser.parseTable(base), DdlParser.parseView(view),
                DdlParser.parseMaterializedView(mv)));
        assertThat(SchemaDiff.between(live, model, DiffOptions.defaults().withServer(profile())).changes())
                .as("autogenerate after create must be empty").isEmpty();
    }

    @Test
    void aggregateStatesAndRollupsAreReflectedAndIdempotent() throws Exception {
        String created = "CREATE TABLE agg (k1 VARCHAR(10), k2 INT, avg_v avg(INT), n count(VARCHAR(10)), "
                + "total BIGINT SUM) AGGREGATE KEY(k1, k2) DISTRIBUTED BY HASH(k1) BUCKETS 1 "
                + "ROLLUP (r1 (k2, total)) PROPERTIES (\"replication_num\" = \"1\")";
        LiveStarRocks.execute(database, created);
        Table model = DdlParser.parseTable(created);
        Schema live = reflect(NameFilter.all());
        assertThat(live.tables().get(0).rollups()).extracting(r -> r.name()).containsExactly("r1");
        assertThat(SchemaDiff.between(live, Schema.of(model), DiffOptions.defaults().withServer(profile())).changes())
                .as("autogenerate after create must be empty").isEmpty();
        // a rollup the model adds is an asynchronous ROLLUP job, waited for before the next statement
        try (Connection c = LiveStarRocks.connect(url()); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE agg ADD ROLLUP r2 (k1, n)");
            assertThat(SchemaChangeWaiter.builder().pollInterval(Duration.ofMillis(500)).build()
                    .await(c, database, "agg", AlterJobKind.ROLLUP)).get().extracting(AlterJob::finished).isEqualTo(true);
        }
        assertThat(reflect(NameFilter.all()).tables().get(0).rollups()).extracting(r -> r.name())
                .containsExactly("r1", "r2");
    }

    /**
     * A synchronous MV (an index of its table, read from the statement the MV listing keeps) and an asynchronous MV
     * model stating neither REFRESH nor DISTRIBUTED BY (written with REFRESH MANUAL, so the server does not make it
     * synchronous) read back as their models.
     */
    @Test
    void synchronousAndUnstatedAsynchronousMaterializedViewsReadBackAsTheirModels() throws Exception {
        Table base = DdlParser.parseTable("CREATE TABLE sales (id INT, city VARCHAR(20), amount BIGINT) "
                + "DUPLICATE KEY(id) DISTRIBUTED BY HASH(id) BUCKETS 1 PROPERTIES (\"replication_num\" = \"1\")");
        Table withView = base.toBuilder().syncMaterializedView(SyncMaterializedView.of("sales_by_city",
                "SELECT city,\n  sum(amount)\nFROM sales\nGROUP BY city")).build();
        MaterializedView unstated = MaterializedView.builder("sales_totals")
                .property("replication_num", "1").as("SELECT city, count(*) AS n FROM sales GROUP BY city").build();
        DdlRenderer renderer = DdlRenderer.defaults();
        try (Connection c = LiveStarRocks.connect(url()); Statement s = c.createStatement()) {
            for (String statement : renderer.createStatements(withView)) {
                s.execute(statement);
            }
            assertThat(SchemaChangeWaiter.builder().pollInterval(Duration.ofMillis(500)).build()
                    .await(c, database, "sales", AlterJobKind.ROLLUP)).get().extracting(AlterJob::finished)
                    .isEqualTo(true);
            s.execute(renderer.create(unstated));
        }
        Schema live = reflect(NameFilter.all());
        assertThat(live.tables().get(0).syncMaterializedViews()).extracting(SyncMaterializedView::name)
                .containsExactly("sales_by_city");
        assertThat(live.materializedViews()).extracting(m -> m.name().name()).containsExactly("sales_totals");
        assertThat(SchemaDiff.between(live, Schema.of(withView, unstated),
                DiffOptions.defaults().withServer(profile())).changes())
                .as("autogenerate after create must be empty").isEmpty();
    }

    @Test
    void bitmapIndexesAndAlteredDistributionAreReflected() throws Exception {
        LiveStarRocks.execute(database, "CREATE TABLE t (id INT, id2 INT, tag VARCHAR(10), INDEX idx_tag (tag) "
                + "USING BITMAP) PRIMARY KEY(id) DISTRIBUTED BY HASH(id) PROPERTIES (\"replication_num\" = \"1\")");
        Table before = reflect(NameFilter.all()).tables().get(0);
        assertThat(before.indexes()).extracting(i -> i.name()).containsExactly("idx_tag");
        try (Connection c = LiveStarRocks.connect(url()); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE t DISTRIBUTED BY HASH(id2) BUCKETS 3");
            SchemaChangeWaiter.builder().pollInterval(Duration.ofMillis(500)).build()
                    .await(c, database, "t", AlterJobKind.OPTIMIZE);
        }
        Table after = reflect(NameFilter.all()).tables().get(0);
        assertThat(after.distribution()).isNotEqualTo(before.distribution());
        assertThat(after.distribution().toString()).contains("id2").contains("3");
    }

    @Test
    void dbSourceThroughTheProvider() throws Exception {
        LiveStarRocks.execute(database, "CREATE TABLE t (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k) BUCKETS 1 "
                + "PROPERTIES (\"replication_num\" = \"1\")");
        Map<String, String> settings = new java.util.HashMap<>();
        // The configured URL as given (it may carry the password); the container's has none.
        String configured = System.getProperty("STARROCKS_URL", System.getenv("STARROCKS_URL"));
        settings.put("url", configured != null ? configured : LiveStarRocks.url().toString());
        SourceContext context = new SourceContext(getClass().getClassLoader(), settings, null);
        Schema schema = SchemaSources.load("db:" + database, context);
        assertThat(schema.tables()).extracting(t -> t.name().name()).containsExactly("t");
    }

    @Test
    void waitsForColumnAndOptimizeJobs() throws Exception {
        LiveStarRocks.execute(database, "CREATE TABLE t (k INT, v INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k) "
                + "BUCKETS 1 PROPERTIES (\"replication_num\" = \"1\")",
                "INSERT INTO t VALUES (1, 1), (2, 2)");
        List<String> progress = new ArrayList<>();
        SchemaChangeWaiter waiter = SchemaChangeWaiter.builder().pollInterval(Duration.ofMillis(500))
                .timeout(Duration.ofMinutes(5)).progress(progress::add).build();
        try (Connection c = LiveStarRocks.connect(url()); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE t MODIFY COLUMN v BIGINT");
            Optional<AlterJob> column = waiter.await(c, database, "t", AlterJobKind.COLUMN);
            assertThat(column).get().extracting(AlterJob::finished).isEqualTo(true);

            s.execute("ALTER TABLE t ADD COLUMN w INT");
            Optional<AlterJob> second = waiter.await(c, database, "t", AlterJobKind.COLUMN);
            // JobId ordering: the newest job is the one just submitted.
            assertThat(second.get().jobId()).isGreaterThan(column.get().jobId());

            s.execute("ALTER TABLE t DISTRIBUTED BY HASH(k) BUCKETS 2");
            assertThat(waiter.await(c, database, "t", AlterJobKind.OPTIMIZE)).get()
                    .extracting(AlterJob::finished).isEqualTo(true);
        }
    }

    @Test
    void waitsInDatabasesWithSpecialCharacters() throws Exception {
        String odd = LiveStarRocks.createDatabase("sr4j-odd~!_");
        try {
            LiveStarRocks.execute(odd, "CREATE TABLE t (k INT, v INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k) "
                    + "BUCKETS 1 PROPERTIES (\"replication_num\" = \"1\")");
            try (Connection c = LiveStarRocks.connect(LiveStarRocks.url().withDatabase(odd));
                 Statement s = c.createStatement()) {
                s.execute("ALTER TABLE t MODIFY COLUMN v BIGINT");
                assertThat(SchemaChangeWaiter.builder().pollInterval(Duration.ofMillis(500)).build()
                        .await(c, odd, "t", AlterJobKind.COLUMN)).isPresent();
            }
        } finally {
            LiveStarRocks.dropDatabase(odd);
        }
    }

    @Test
    void noJobMeansNoWait() throws Exception {
        LiveStarRocks.execute(database, "CREATE TABLE t (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k) BUCKETS 1 "
                + "PROPERTIES (\"replication_num\" = \"1\")");
        try (Connection c = LiveStarRocks.connect(url())) {
            assertThat(SchemaChangeWaiter.defaults().await(c, database, "t", AlterJobKind.ROLLUP)).isEmpty();
        }
    }

    @Test
    void decodesComplexValuesTheServerReturns() throws Exception {
        LiveStarRocks.execute(database, KITCHEN_SINK,
                "INSERT INTO kitchen_sink (col_pk, col_bool, col_bigint, col_largeint, col_decimal, col_datetime, "
                        + "col_array, col_map, col_struct, col_nested, col_json) VALUES (1, true, 7, "
                        + "170141183460469231731687303715884105727, 12345678.91, '2024-01-02 03:04:05.123456', "
                        + "['a', 'b,c', NULL, 'it''s'], map{'x': 1.50, 'y': NULL}, row('Ann', 30), "
                        + "[map{'k': row(1, [2, 3])}], parse_json('{\"a\": [1, 2.5, \"x\"]}'))");
        Table table = reflect(NameFilter.all()).tables().get(0);
        try (Connection c = LiveStarRocks.connect(url()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT col_largeint, col_decimal, col_datetime, col_array, col_map, "
                     + "col_struct, col_nested, col_json FROM kitchen_sink")) {
            assertThat(rs.next()).isTrue();
            String[] names = {"col_largeint", "col_decimal", "col_datetime", "col_array", "col_map", "col_struct",
                    "col_nested", "col_json"};
            Object[] v = new Object[names.length];
            for (int i = 0; i < names.length; i++) {
                v[i] = ValueDecoder.read(rs, i + 1, table.column(names[i]).orElseThrow().type());
            }
            assertThat(v[0]).isEqualTo(new BigInteger("170141183460469231731687303715884105727"));
            assertThat(v[1]).isEqualTo(new BigDecimal("12345678.91"));
            assertThat(((LocalDateTime) v[2]).withNano(0)).isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4, 5));
            assertThat(v[3]).isEqualTo(java.util.Arrays.asList("a", "b,c", null, "it's"));
            assertThat(((Map<?, ?>) v[4]).get("x")).isEqualTo(new BigDecimal("1.50"));
            assertThat(((StructValue) v[5]).get("name")).isEqualTo("Ann");
            assertThat(((StructValue) ((Map<?, ?>) ((List<?>) v[6]).get(0)).get("k")).get("b")).isEqualTo(List.of(2, 3));
            assertThat(((Map<?, ?>) v[7]).get("a")).isEqualTo(List.of(1L, new BigDecimal("2.5"), "x"));
        }
    }

    @Test
    void batchedInsertsAreRewrittenIntoOneStatement() throws Exception {
        LiveStarRocks.execute(database, "CREATE TABLE t (k INT, v VARCHAR(10)) PRIMARY KEY(k) DISTRIBUTED BY HASH(k) "
                + "BUCKETS 1 PROPERTIES (\"replication_num\" = \"1\")");
        try (Connection c = LiveStarRocks.connect(url());
             PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
            for (int i = 0; i < 50; i++) {
                ps.setInt(1, i);
                ps.setString(2, "v" + i);
                ps.addBatch();
            }
            ps.executeBatch();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(50);
            }
        }
    }

    @Test
    void unknownDatabaseIsExplained() {
        assertThatThrownBy(() -> LiveStarRocks.connect(url().withDatabase("no_such_db_" + database)))
                .isInstanceOf(SQLException.class).hasMessageContaining("cannot use database");
    }

    private org.starrocks4j.rules.ServerProfile profile() throws SQLException {
        try (Connection c = LiveStarRocks.connect(url())) {
            return ServerInfo.read(c).profile();
        }
    }

    private Schema reflect(NameFilter filter) throws Exception {
        return SchemaReflector.builder(ConnectionSource.of(url())).database(database).filter(filter)
                .progress(line -> { }).build().read().schema();
    }
}
