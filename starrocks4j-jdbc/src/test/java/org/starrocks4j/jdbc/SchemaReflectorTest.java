package org.starrocks4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.starrocks4j.jdbc.FakeServer.row;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.starrocks4j.diff.SchemaDiff;
import org.starrocks4j.schema.KeyType;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.Rollup;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.SyncMaterializedView;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;
import org.starrocks4j.sql.DdlParser;
import org.starrocks4j.testing.StarRocksCorpus;

/** Reflection assembled from recorded server answers (the SHOW CREATE texts are shaped like the corpus). */
class SchemaReflectorTest {

    static final String ORDERS = """
            CREATE TABLE `orders` (
              `id` bigint(20) NOT NULL COMMENT "",
              `city` varchar(64) NULL COMMENT "",
              `amount` decimal(10, 2) NULL COMMENT ""
            ) ENGINE=OLAP\s
            PRIMARY KEY(`id`)
            COMMENT "order facts"
            DISTRIBUTED BY HASH(`id`) BUCKETS 8
            PROPERTIES (
            "compression" = "LZ4",
            "fast_schema_evolution" = "true",
            "replicated_storage" = "true",
            "replication_num" = "3"
            );""";
    static final String CITIES = """
            CREATE VIEW `cities` (`city`) SECURITY NONE AS select distinct city from orders;""";
    static final String TOTALS = """
            CREATE MATERIALIZED VIEW `totals` (`city`, `total`)
            DISTRIBUTED BY HASH(`city`)
            REFRESH DEFERRED MANUAL
            PROPERTIES (
            "replicated_storage" = "true",
            "replication_num" = "1",
            "storage_medium" = "HDD"
            )
            AS select city, sum(amount) as total from orders group by city;""";

    private static final List<String> TABLES_COLUMNS = List.of("TABLE_NAME", "TABLE_TYPE");
    private static final List<String> SHOW_CREATE_TABLE = List.of("Table", "Create Table");
    private static final List<String> SHOW_CREATE_VIEW = List.of("View", "Create View", "character_set_client",
            "collation_connection");
    private static final List<String> SHOW_CREATE_MV = List.of("Materialized View", "Create Materialized View");

    private final List<String> progress = new ArrayList<>();
    private final List<org.starrocks4j.progress.Progress> steps =
            java.util.Collections.synchronizedList(new ArrayList<>());

    private static FakeServer shop() {
        return new FakeServer()
                .on("FROM information_schema\\.tables WHERE", TABLES_COLUMNS,
                        row("cities", "VIEW"), row("orders", "BASE TABLE"), row("totals", "VIEW"))
                .on("FROM information_schema\\.materialized_views", List.of("TABLE_NAME", "IS_ACTIVE",
                        "INACTIVE_REASON"), row("totals", "true", ""))
                .on("FROM information_schema\\.tables_config", List.of("TABLE_NAME", "TABLE_ENGINE"),
                        row("orders", "OLAP"), row("totals", "OLAP"))
                .on("^SHOW CREATE TABLE `shop`\\.`orders`$", SHOW_CREATE_TABLE, row("orders", ORDERS))
                .on("^SHOW CREATE VIEW `shop`\\.`cities`$", SHOW_CREATE_VIEW, row("cities", CITIES, "utf8", "utf8_general_ci"))
                .on("^SHOW CREATE MATERIALIZED VIEW `shop`\\.`totals`$", SHOW_CREATE_MV, row("totals", TOTALS));
    }

    private SchemaReflector.Builder reflector(FakeServer server) {
        return SchemaReflector.builder(server::connection).database("shop").progress(progress::add);
    }

    @Test
    void readsTablesViewsAndMaterializedViewsWithOneShowCreateEach() throws Exception {
        FakeServer server = shop();
        SchemaReflector.Reflection r = reflector(server).parallelism(2).build().read();

        Schema schema = r.schema();
        assertThat(schema.objects()).extracting(o -> o.name().name()).containsExactly("orders", "cities", "totals");
        Table orders = schema.tables().get(0);
        assertThat(orders.key().type()).isEqualTo(KeyType.PRIMARY);
        assertThat(orders.comment()).isEqualTo("order facts");
        assertThat(orders.columns()).hasSize(3);
        View cities = schema.views().get(0);
        assertThat(cities.definition()).contains("select distinct city from orders");
        MaterializedView totals = schema.materializedViews().get(0);
        assertThat(totals.definition()).contains("sum(amount)");
        // The same object the parser reads from the text: reflection adds nothing and drops nothing.
        assertThat(orders).isEqualTo(DdlParser.parseObject(ORDERS, DdlParser.Validation.UNCHECKED));
        assertThat(SchemaDiff.between(schema, Schema.of(
                DdlParser.parseObject(ORDERS, DdlParser.Validation.UNCHECKED),
                DdlParser.parseObject(CITIES, DdlParser.Validation.UNCHECKED),
                DdlParser.parseObject(TOTALS, DdlParser.Validation.UNCHECKED))).isEmpty()).isTrue();

        assertThat(server.sent).containsExactlyInAnyOrder(
                "SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.tables WHERE TABLE_SCHEMA = 'shop' "
                        + "ORDER BY TABLE_NAME",
                "SELECT TABLE_NAME, IS_ACTIVE, INACTIVE_REASON, REFRESH_TYPE, MATERIALIZED_VIEW_DEFINITION FROM "
                        + "information_schema.materialized_views WHERE TABLE_SCHEMA = 'shop'",
                "SELECT TABLE_NAME, TABLE_ENGINE FROM information_schema.tables_config WHERE TABLE_SCHEMA = 'shop'",
                "SHOW CREATE TABLE `shop`.`orders`",
                "SHOW CREATE VIEW `shop`.`cities`",
                "SHOW CREATE MATERIALIZED VIEW `shop`.`totals`");
        assertThat(server.opened.get()).isBetween(1, 2);
        assertThat(server.open.get()).isZero();
        assertThat(r.warnings()).isEmpty();
        assertThat(progress).containsExactly("`shop`: 1 table, 1 view, 1 materialized view; reading them over 2 "
                + "connections");
    }

    @Test
    void rollupsAreReadWithDescAllWhenTheDatabaseHasSome() throws Exception {
        // the MV listing names r_city and mv_total, which are no tables: the database has rollups
        List<String> desc = List.of("IndexName", "IndexKeysType", "Field", "Type", "Null", "Key", "Default", "Extra");
        FakeServer server = shop()
                .on("FROM information_schema\\.materialized_views", List.of("TABLE_NAME", "IS_ACTIVE",
                        "INACTIVE_REASON"), row("totals", "true", ""), row("r_city", "true", ""),
                        row("mv_total", "true", ""))
                .on("^DESC `shop`\\.`orders` ALL$", desc,
                        row("orders", "PRIMARY_KEYS", "id", "BIGINT", "No", "true", null, ""),
                        row("", "", "city", "VARCHAR(64)", "Yes", "false", null, ""),
                        row("", "", "amount", "DECIMAL(10, 2)", "Yes", "false", null, ""),
                        row("", "", "", "", "", "", "", ""),
                        row("r_city", "PRIMARY_KEYS", "city", "VARCHAR(64)", "Yes", "true", null, ""),
                        row("", "", "id", "BIGINT", "No", "true", null, ""),
                        row("", "", "", "", "", "", "", ""),
                        row("mv_total", "AGG_KEYS", "city", "VARCHAR(64)", "Yes", "true", null, ""),
                        row("", "", "mv_sum_amount", "DECIMAL(38, 2)", "Yes", "false", null, "SUM"));
        SchemaReflector.Reflection r = reflector(server).build().read();
        Table orders = r.schema().tables().get(0);
        assertThat(orders.rollups()).containsExactly(Rollup.of("r_city", "city", "id"));
        assertThat(r.warnings()).singleElement().asString()
                .contains("synchronous materialized view `mv_total` (columns mv_sum_amount are computed), whose "
                        + "statement the server does not list; left out");
        assertThat(server.sentMatching("^DESC")).containsExactly("DESC `shop`.`orders` ALL");
        // without rollups in the listing no table is described
        FakeServer plain = shop();
        reflector(plain).build().read();
        assertThat(plain.sentMatching("^DESC")).isEmpty();
    }

    /**
     * The MV listing gives each index's statement (refresh type ROLLUP): a synchronous MV is read from the one its
     * CREATE kept, a rollup gets one the server makes up, a statement whose line breaks the listing deleted may not
     * read.
     */
    @Test
    void synchronousMaterializedViewsAreReadFromTheStatementTheServerKept() throws Exception {
        List<String> desc = List.of("IndexName", "IndexKeysType", "Field", "Type", "Null", "Key", "Default", "Extra");
        FakeServer server = shop()
                .on("FROM information_schema\\.materialized_views", List.of("TABLE_NAME", "IS_ACTIVE",
                        "INACTIVE_REASON", "REFRESH_TYPE", "MATERIALIZED_VIEW_DEFINITION"),
                        row("totals", "true", "", "MANUAL", TOTALS),
                        row("r_city", "true", "", "ROLLUP", "create materialized view r_city as select city,id from "
                                + "orders group by city,id"),
                        row("mv_total", "true", "", "ROLLUP", "CREATE MATERIALIZED VIEW `mv_total` PROPERTIES "
                                + "(\"colocate_mv\" = \"true\") AS SELECT city, sum(amount) FROM orders GROUP BY city"),
                        row("mv_glued", "true", "", "ROLLUP", "CREATE MATERIALIZED VIEW mv_glued ASSELECT city FROM "
                                + "orders"))
                .on("^DESC `shop`\\.`orders` ALL$", desc,
                        row("orders", "PRIMARY_KEYS", "id", "BIGINT", "No", "true", null, ""),
                        row("", "", "city", "VARCHAR(64)", "Yes", "false", null, ""),
                        row("", "", "amount", "DECIMAL(10, 2)", "Yes", "false", null, ""),
                        row("r_city", "PRIMARY_KEYS", "city", "VARCHAR(64)", "Yes", "true", null, ""),
                        row("", "", "id", "BIGINT", "No", "true", null, ""),
                        row("mv_total", "AGG_KEYS", "city", "VARCHAR(64)", "Yes", "true", null, ""),
                        row("", "", "mv_sum_amount", "DECIMAL(38, 2)", "Yes", "false", null, "SUM"),
                        row("mv_glued", "DUP_KEYS", "city", "VARCHAR(64)", "Yes", "true", null, ""));
        SchemaReflector.Reflection r = reflector(server).build().read();
        Table orders = r.schema().tables().get(0);
        assertThat(orders.rollups()).containsExactly(Rollup.of("r_city", "city", "id"));
        assertThat(orders.syncMaterializedViews()).containsExactly(new SyncMaterializedView("mv_total",
                "SELECT city, sum(amount) FROM orders GROUP BY city", Map.of("colocate_mv", "true")));
        assertThat(r.warnings()).singleElement().asString()
                .contains("has the synchronous materialized view `mv_glued`, whose statement as the server lists it "
                        + "does not read as one of this table")
                .contains("left out (drop it and create it again, on one line, to manage it)");
        assertThat(r.schema().materializedViews()).extracting(m -> m.name().name()).containsExactly("totals");
    }

    @Test
    void nameFilterLimitsWhatIsRead() throws Exception {
        FakeServer server = shop();
        Schema schema = reflector(server).filter(NameFilter.parse("o*,t*,!totals")).build().read().schema();
        assertThat(schema.objects()).extracting(o -> o.name().name()).containsExactly("orders");
        assertThat(server.sentMatching("^SHOW CREATE")).containsExactly("SHOW CREATE TABLE `shop`.`orders`");
        assertThat(progress.get(0)).contains("matching o*,t*,!totals");
    }

    @Test
    void inactiveMaterializedViewsAreReported() throws Exception {
        FakeServer server = shop().on("FROM information_schema\\.materialized_views", List.of("TABLE_NAME",
                "IS_ACTIVE", "INACTIVE_REASON"), row("totals", "false", "base table orders dropped"));
        SchemaReflector.Reflection r = reflector(server).build().read();
        assertThat(r.warnings()).containsExactly("materialized view `totals` is inactive (base table orders "
                + "dropped); it is read as defined but does not refresh");
    }

    @Test
    void withoutTheMaterializedViewListingViewsAreReadWithShowCreateTable() throws Exception {
        FakeServer server = shop()
                .on("FROM information_schema\\.materialized_views", FakeServer.Answer.error("Unknown table"))
                .on("^SHOW CREATE TABLE `shop`\\.`cities`$", SHOW_CREATE_VIEW, row("cities", CITIES, "", ""))
                .on("^SHOW CREATE TABLE `shop`\\.`totals`$", SHOW_CREATE_MV, row("totals", TOTALS));
        SchemaReflector.Reflection r = reflector(server).build().read();
        assertThat(r.schema().views()).hasSize(1);
        assertThat(r.schema().materializedViews()).hasSize(1);
        assertThat(r.warnings()).singleElement().asString().contains("cannot list materialized views");
    }

    @Test
    void unreadableObjectsFailTheReadAndNameEveryOne() {
        FakeServer server = shop()
                .on("^SHOW CREATE TABLE `shop`\\.`orders`$", SHOW_CREATE_TABLE, row("orders", "CREATE TABLE `orders` ("))
                .on("^SHOW CREATE VIEW", FakeServer.Answer.error("Access denied for user 'x' to view cities"));
        assertThatThrownBy(() -> reflector(server).build().read())
                .isInstanceOf(ReflectionException.class)
                .hasMessageContaining("cannot read 2 of 3 objects of `shop` into the model")
                .hasMessageContaining("table `orders`: its DDL cannot be read")
                .hasMessageContaining("view `cities`: SHOW CREATE VIEW `shop`.`cities` failed: Access denied")
                .hasMessageContaining("name filter");
        assertThat(server.open.get()).isZero();
    }

    @Test
    void skipUnreadableLeavesThemOutWithAWarning() throws Exception {
        FakeServer server = shop()
                .on("^SHOW CREATE TABLE `shop`\\.`orders`$", SHOW_CREATE_TABLE, row("orders", "CREATE TABLE `orders` ("));
        SchemaReflector.Reflection r = reflector(server).skipUnreadable(true).build().read();
        assertThat(r.schema().objects()).extracting(o -> o.name().name()).containsExactly("cities", "totals");
        assertThat(r.warnings()).singleElement().asString().startsWith("table `orders`: its DDL cannot be read")
                .endsWith("; left out");
    }

    @Test
    void objectsDroppedWhileReadingAreLeftOut() throws Exception {
        FakeServer server = shop().on("^SHOW CREATE VIEW", FakeServer.Answer.error("Unknown table 'shop.cities'"));
        SchemaReflector.Reflection r = reflector(server).build().read();
        assertThat(r.schema().views()).isEmpty();
        assertThat(r.warnings()).singleElement().asString().startsWith("view `cities` was listed but is gone now");
    }

    @Test
    void externalCatalogReadsWhatItCanAndSaysWhatItCannot() throws Exception {
        FakeServer server = new FakeServer()
                .on("^SELECT TABLE_NAME, TABLE_TYPE FROM `hive`\\.information_schema\\.tables WHERE TABLE_SCHEMA = 'sales'",
                        TABLES_COLUMNS, row("events", "BASE TABLE"), row("raw_logs", "BASE TABLE"))
                .on("^SHOW CREATE TABLE `hive`\\.`sales`\\.`events`$", SHOW_CREATE_TABLE, row("events", """
                        CREATE TABLE `events` (
                          `id` bigint(20) NULL COMMENT "",
                          `dt` date NULL COMMENT ""
                        )"""))
                .on("^SHOW CREATE TABLE `hive`\\.`sales`\\.`raw_logs`$", SHOW_CREATE_TABLE, row("raw_logs", """
                        CREATE EXTERNAL TABLE `raw_logs` (`line` string) STORED AS TEXTFILE LOCATION 'hdfs://x'"""));
        SchemaReflector.Reflection r = SchemaReflector.builder(server::connection).catalog("hive").database("sales")
                .progress(progress::add).parallelism(1).build().read();
        assertThat(r.schema().tables()).extracting(t -> t.name().name()).containsExactly("events");
        assertThat(r.warnings()).hasSize(2);
        assertThat(r.warnings().get(0)).contains("external catalog").contains("no materialized views");
        assertThat(r.warnings().get(1)).startsWith("table `raw_logs` cannot be read into the model: ")
                .endsWith("; left out");
        assertThat(server.sentMatching("materialized_views|tables_config")).isEmpty();
        assertThat(server.opened.get()).isEqualTo(1);
    }

    @Test
    void externalCatalogWithoutInformationSchemaIsListedWithShowFullTables() throws Exception {
        FakeServer server = new FakeServer()
                .on("information_schema", FakeServer.Answer.error("Unknown database 'information_schema'"))
                .on("^SHOW FULL TABLES FROM `jdbc_pg`\\.`public`$", List.of("Tables_in_public", "Table_type"),
                        row("users", "BASE TABLE"))
                .on("^SHOW CREATE TABLE `jdbc_pg`\\.`public`\\.`users`$", SHOW_CREATE_TABLE, row("users",
                        "CREATE TABLE `users` (\n  `id` int(11) NULL COMMENT \"\"\n)"));
        SchemaReflector.Reflection r = SchemaReflector.builder(server::connection).catalog("jdbc_pg")
                .database("public").progress(progress::add).build().read();
        assertThat(r.schema().tables()).extracting(t -> t.name().name()).containsExactly("users");
        assertThat(r.warnings()).anyMatch(w -> w.contains("listed with SHOW FULL TABLES instead"));
    }

    private static FakeServer emptyDatabase() {
        return new FakeServer()
                .on("information_schema\\.tables WHERE", FakeServer.Answer.rows(TABLES_COLUMNS, List.of()))
                .on("materialized_views|tables_config", FakeServer.Answer.rows(List.of("TABLE_NAME", "X", "Y"),
                        List.of()));
    }

    @Test
    void emptyDatabaseSaysSo() throws Exception {
        FakeServer server = emptyDatabase();
        SchemaReflector.Reflection r = reflector(server).build().read();
        assertThat(r.schema().objects()).isEmpty();
        assertThat(r.warnings()).singleElement().asString().contains("has no tables or views");
        assertThat(server.open.get()).isZero();
    }

    @Test
    void anEmptyDatabaseIsNoWarningWhenObjectsAreOnlyLookedUp() throws Exception {
        FakeServer server = emptyDatabase();
        SchemaReflector.Reflection r = reflector(server).warnWhenEmpty(false).build().read();
        assertThat(r.schema().objects()).isEmpty();
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void aDatabaseIsRequired() {
        assertThatThrownBy(() -> SchemaReflector.builder(() -> null).build())
                .hasMessageContaining("no database to read");
        assertThatThrownBy(() -> SchemaReflector.builder(() -> null).parallelism(0))
                .hasMessageContaining("parallelism must be 1..16");
    }

    /**
     * The whole corpus served as one database: every SHOW CREATE output the parser reads on its own is reflected as
     * the same object, with 3 listing queries plus one SHOW CREATE per object over at most 4 connections, each
     * object reported to the progress listener as object n of m.
     */
    @Test
    void theCorpusAsOneLiveDatabase() throws Exception {
        java.util.Optional<Path> root = StarRocksCorpus.root();
        assumeTrue(root.isPresent(), "the real-server corpus (shared/starrocks-corpus) is not here");
        Pattern name = Pattern.compile("^(CREATE (?:TABLE|VIEW|MATERIALIZED VIEW) )`([^`]+)`");
        FakeServer server = new FakeServer();
        List<List<String>> tableRows = new ArrayList<>();
        List<List<String>> mvRows = new ArrayList<>();
        List<SchemaObject> expected = new ArrayList<>();
        int n = 0;
        for (String folder : List.of("show_create/table", "show_create/view", "show_create/mv")) {
            for (StarRocksCorpus.Entry entry : StarRocksCorpus.files(root.get(), folder)) {
                String sql = entry.sql().strip();
                Matcher m = name.matcher(sql);
                if (!m.find()) {
                    continue;
                }
                String unique = String.format("obj_%03d", n++);
                String text = m.replaceFirst("$1`" + unique + "`");
                SchemaObject parsed;
                try {
                    parsed = DdlParser.parseObject(text, DdlParser.Validation.UNCHECKED);
                } catch (RuntimeException notParsedAlone) {
                    continue;
                }
                expected.add(parsed);
                boolean mv = parsed instanceof MaterializedView;
                tableRows.add(row(unique, parsed instanceof Table ? "BASE TABLE" : "VIEW"));
                if (mv) {
                    mvRows.add(row(unique, "true", ""));
                }
                String statement = parsed instanceof Table ? "TABLE" : mv ? "MATERIALIZED VIEW" : "VIEW";
                server.on("^SHOW CREATE " + statement + " `corpus`\\.`" + unique + "`$", SHOW_CREATE_TABLE,
                        row(unique, text));
            }
        }
        assumeTrue(expected.size() >= 50, "too few corpus files parse yet");
        server.on("information_schema\\.tables WHERE", FakeServer.Answer.rows(TABLES_COLUMNS, tableRows))
                .on("materialized_views", FakeServer.Answer.rows(List.of("TABLE_NAME", "IS_ACTIVE", "INACTIVE_REASON"),
                        mvRows))
                .on("tables_config", FakeServer.Answer.rows(List.of("TABLE_NAME", "TABLE_ENGINE"), List.of()));

        SchemaReflector.Reflection r = SchemaReflector.builder(server::connection).database("corpus")
                .progress(progress::add).progressListener(steps::add).build().read();

        assertThat(r.warnings()).isEmpty();
        assertThat(r.schema().objects()).hasSize(expected.size());
        Map<String, SchemaObject> byName = new java.util.HashMap<>();
        r.schema().objects().forEach(o -> byName.put(o.name().name(), o));
        for (SchemaObject e : expected) {
            assertThat(byName.get(e.name().name())).as(e.name().name()).isEqualTo(e);
        }
        assertThat(server.sent).hasSize(3 + expected.size());
        assertThat(server.opened.get()).isBetween(1, 4);
        assertThat(server.open.get()).isZero();
        assertThat(progress).hasSize(1).allMatch(line -> line.startsWith("`corpus`: "));
        assertThat(steps).hasSize(expected.size())
                .allMatch(step -> step.task().equals("reading `corpus`") && step.unit().equals("object")
                        && step.total() == expected.size())
                .extracting(org.starrocks4j.progress.Progress::done)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.LongStream.rangeClosed(1, expected.size())
                        .boxed().toList());
    }
}
