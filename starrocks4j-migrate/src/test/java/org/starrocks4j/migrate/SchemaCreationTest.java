package org.starrocks4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.starrocks4j.rules.ServerVersion;
import org.starrocks4j.schema.AggregateType;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.MaterializedView;
import org.starrocks4j.schema.ObjectName;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SyncMaterializedView;
import org.starrocks4j.schema.Table;
import org.starrocks4j.schema.View;
import org.starrocks4j.sql.DdlRenderer;
import org.starrocks4j.types.Types;

class SchemaCreationTest {

    private static final Table EVENTS = Table.builder("events")
            .column("id", Types.BIGINT, c -> c.notNull())
            .column("name", Types.varchar(20))
            .primaryKey("id")
            .distributedBy(Distribution.hash("id"))
            .property("replication_num", "1")
            .build();
    private static final Table TOTALS = Table.builder("totals")
            .column("k", Types.INT)
            .column("v", Types.BIGINT, c -> c.aggregate(AggregateType.SUM))
            .aggregateKey("k")
            .distributedBy(Distribution.hash("k"))
            .property("replication_num", "1")
            .build();
    /** With a synchronous materialized view, its query written on several lines. */
    private static final Table TOTALS_WITH_VIEW = TOTALS.toBuilder().syncMaterializedView(SyncMaterializedView.of(
            "totals_by_k", "SELECT k,\n       sum(v)\nFROM totals\nGROUP BY k")).build();
    // declared before the view it reads: creation puts it after
    private static final View TOP = View.builder(ObjectName.of("top_events")).as("SELECT id FROM named_events").build();
    private static final View NAMED = View.builder(ObjectName.of("named_events"))
            .as("SELECT id, name FROM events WHERE name IS NOT NULL").build();
    private static final MaterializedView COUNTS = MaterializedView.builder(ObjectName.of("event_counts"))
            .distributedBy(Distribution.hash("name"))
            .as("SELECT name, count(*) AS n FROM events GROUP BY name").build();
    private static final Schema SCHEMA = Schema.of(EVENTS, TOTALS, TOP, NAMED, COUNTS);

    @Test
    void createsInDependencyOrderTablesThenViewsOverViewsThenWhatReadsThem() {
        assertThat(SchemaCreation.of(SCHEMA).creationOrder()).extracting(o -> o.name().name())
                .containsExactly("events", "totals", "named_events", "top_events", "event_counts");
    }

    @Test
    void createAllCreatesWhatIsMissingAndReportsWhatExists() throws Exception {
        Table oldEvents = Table.builder("events")
                .column("id", Types.BIGINT, c -> c.notNull())
                .primaryKey("id")
                .distributedBy(Distribution.hash("id"))
                .property("replication_num", "1")
                .build();
        FakeCatalog db = new FakeCatalog("3.5.2").with(DdlRenderer.defaults().create(oldEvents))
                .with(DdlRenderer.defaults().create(TOTALS));

        CreateAllReport report = SchemaCreation.of(SCHEMA).withWait(StatementWait.none()).createAll(db.source());

        assertThat(report.created()).extracting(ObjectName::name)
                .containsExactly("named_events", "top_events", "event_counts");
        assertThat(db.changes()).hasSize(3).allMatch(s -> s.startsWith("CREATE "));
        assertThat(db.changes().get(0)).startsWith("CREATE VIEW `named_events`");
        assertThat(report.existing()).extracting(e -> e.name().name()).containsExactly("events", "totals");
        assertThat(report.existing().get(0).differences()).singleElement().asString().contains("add column `name`");
        assertThat(report.existing().get(1).matchesModel()).isTrue();
        assertThat(report.describe()).contains("exists  table `events`, left as is; it differs from the model:",
                "exists  table `totals` (matches the model)", "created `top_events`");
    }

    @Test
    void createAllRefusesACooldownTimeAlreadyPastBeforeCreatingAnything() {
        Table cold = Table.builder("cold").column("id", Types.INT).duplicateKey("id")
                .property("storage_medium", "SSD").property("storage_cooldown_time", "2020-01-01 00:00:00").build();
        FakeCatalog db = new FakeCatalog("3.5.2");

        assertThatThrownBy(() -> SchemaCreation.of(Schema.of(EVENTS, cold)).withWait(StatementWait.none())
                .createAll(db.source()))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("table cold, property 'storage_cooldown_time' = '2020-01-01 00:00:00': Cooldown "
                        + "time should be later than now")
                .hasMessageEndingWith("Nothing was created.");
        assertThat(db.changes()).isEmpty();
    }

    @Test
    void anEmptyDatabaseIsWhereCreateAllStartsAndDropAllEndsWithoutAWarning() throws Exception {
        FakeCatalog db = new FakeCatalog("3.5.2");
        List<String> progress = new ArrayList<>();
        SchemaCreation creation = SchemaCreation.of(SCHEMA).withWait(StatementWait.none()).withProgress(progress::add);

        assertThat(LiveObjects.read(db.source(), SCHEMA, progress::add).warnings()).isEmpty();
        assertThat(creation.createAll(db.source()).created()).hasSize(5);
        creation.dropAll(db.source());
        assertThat(creation.dropAll(db.source()).absent()).hasSize(5);

        assertThat(progress).isNotEmpty().noneMatch(line -> line.contains("no tables") || line.startsWith("warning"));
    }

    @Test
    void createAllTwiceCreatesNothingTheSecondTime() throws Exception {
        FakeCatalog db = new FakeCatalog("3.5.2");
        SchemaCreation creation = SchemaCreation.of(SCHEMA).withWait(StatementWait.none());
        creation.createAll(db.source());
        db.log.clear();

        CreateAllReport again = creation.createAll(db.source());

        assertThat(again.created()).isEmpty();
        assertThat(again.existing()).allMatch(CreateAllReport.Existing::matchesModel);
        assertThat(db.changes()).isEmpty();
    }

    @Test
    void createAllCreatesATablesSynchronousMaterializedViewsAndFindsThemTheSecondTime() throws Exception {
        FakeCatalog db = new FakeCatalog("3.5.2");
        SchemaChangeWait wait = new SchemaChangeWait(Duration.ofMillis(1), Duration.ofSeconds(1), pause -> { });
        SchemaCreation creation = SchemaCreation.of(Schema.of(TOTALS_WITH_VIEW)).withWait(wait);

        creation.createAll(db.source());

        // the view after its table, on one line (the server's listing of it deletes line breaks), waited for
        assertThat(db.changes()).hasSize(2);
        assertThat(db.changes().get(1)).isEqualTo(
                "CREATE MATERIALIZED VIEW `totals_by_k` AS SELECT k, sum(v) FROM totals GROUP BY k");
        List<String> afterCreate = db.log.subList(db.log.indexOf(db.changes().get(1)), db.log.size());
        assertThat(afterCreate.get(1)).isEqualTo(
                "SHOW ALTER TABLE ROLLUP WHERE TableName = 'totals' ORDER BY JobId DESC LIMIT 1");
        // read back from the database: nothing to create, and the table matches its model
        db.log.clear();
        CreateAllReport again = creation.createAll(db.source());
        assertThat(again.created()).isEmpty();
        assertThat(again.existing()).singleElement().satisfies(e -> assertThat(e.matchesModel()).isTrue());
        assertThat(db.changes()).isEmpty();
        assertThat(db.log).contains("DESC `test`.`totals` ALL");
    }

    @Test
    void anAsynchronousModelStatingNeitherRefreshNorDistributionStaysAsynchronous() throws Exception {
        // written as it is, the server would build a synchronous MV, which reflection does not list as this MV:
        // every createAll would create it again and fail ("already exists")
        MaterializedView byKey = MaterializedView.builder(ObjectName.of("totals_by_k"))
                .as("SELECT k, sum(v) FROM totals GROUP BY k").build();
        FakeCatalog db = new FakeCatalog("3.5.2");
        SchemaCreation creation = SchemaCreation.of(Schema.of(TOTALS, byKey)).withWait(StatementWait.none());

        creation.createAll(db.source());
        assertThat(db.changes().get(1)).startsWith("CREATE MATERIALIZED VIEW `totals_by_k`\nREFRESH MANUAL\nAS ");
        db.log.clear();
        CreateAllReport again = creation.createAll(db.source());
        assertThat(again.created()).isEmpty();
        assertThat(again.existing()).allMatch(CreateAllReport.Existing::matchesModel);
        assertThat(db.changes()).isEmpty();
    }

    @Test
    void theOfflineScriptSaysWhatTheStatementOfASynchronousViewDoes() {
        String script = SchemaCreation.of(Schema.of(TOTALS_WITH_VIEW)).createAllScript(ServerVersion.parse("3.5.2"));
        assertThat(script).contains("CREATE MATERIALIZED VIEW `totals_by_k` AS SELECT k, sum(v) FROM totals GROUP BY "
                + "k;\n"
                + "-- fails when the synchronous materialized view exists already\n"
                + "-- asynchronous: wait until SHOW ALTER TABLE ROLLUP shows the job on `totals` FINISHED\n");
    }

    @Test
    void dropAllDropsWhatExistsDependantsFirst() throws Exception {
        FakeCatalog db = new FakeCatalog("3.5.2");
        SchemaCreation creation = SchemaCreation.of(SCHEMA).withWait(StatementWait.none());
        creation.createAll(db.source());
        db.with("DROP TABLE `totals`");
        db.log.clear();

        DropAllReport report = creation.dropAll(db.source());

        assertThat(db.changes()).containsExactly("DROP MATERIALIZED VIEW `event_counts`", "DROP VIEW `top_events`",
                "DROP VIEW `named_events`", "DROP TABLE `events`");
        assertThat(report.absent()).extracting(ObjectName::name).containsExactly("totals");
        assertThat(db.has("events")).isFalse();
    }

    @Test
    void offlineScriptsNeedNoServer() {
        String create = SchemaCreation.of(SCHEMA).createAllScript(ServerVersion.parse("3.5.2"));
        String drop = SchemaCreation.of(SCHEMA).dropAllScript(ServerVersion.parse("3.5.2"));

        assertThat(create).startsWith("-- starrocks4j create-all: 5 statement(s).")
                .contains("CREATE TABLE IF NOT EXISTS `events`", "CREATE VIEW IF NOT EXISTS `top_events`");
        assertThat(create.indexOf("`named_events`")).isLessThan(create.indexOf("`top_events`"));
        assertThat(drop).contains("DROP MATERIALIZED VIEW IF EXISTS `event_counts`;",
                "DROP TABLE IF EXISTS `events`;");
        assertThat(drop.indexOf("`event_counts`")).isLessThan(drop.indexOf("`events`;"));
    }

    @Test
    void theEntryPointCreatesAndDropsTheConfiguredModels() {
        FakeCatalog db = new FakeCatalog("3.5.2");
        StarRocks4j starRocks4j = StarRocks4j.configure().dataSource(db.dataSource())
                .models(StarRocks4jTest.Models.class.getName()).statementWait(StatementWait.none()).load();

        assertThat(starRocks4j.createAllSql()).contains("CREATE TABLE IF NOT EXISTS `events`");
        assertThat(db.log).isEmpty();
        assertThat(starRocks4j.createAll().created()).extracting(ObjectName::name).containsExactly("events");
        assertThat(starRocks4j.createAll().existing()).singleElement()
                .satisfies(e -> assertThat(e.matchesModel()).isTrue());
        assertThat(starRocks4j.dropAll().dropped()).extracting(ObjectName::name).containsExactly("events");
        assertThat(db.has("events")).isFalse();
        assertThat(starRocks4j.dropAllSql()).contains("DROP TABLE IF EXISTS `events`;");
    }

    @Test
    void aFailedStatementSaysWhatWasAppliedBefore() {
        FakeCatalog db = new FakeCatalog("3.5.2");
        List<String> statements = List.of("CREATE TABLE `a` (x INT)", "BOGUS");
        DdlExecutor executor = new DdlExecutor((c, s, p) -> {
            if (s.equals("BOGUS")) {
                throw new StatementWait.JobFailedException("job cancelled: bad column");
            }
        }, line -> { });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> executor.run(db.connection(), statements))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("BOGUS")
                .hasMessageContaining("job cancelled: bad column")
                .hasMessageContaining("Already applied (StarRocks DDL is not transactional: these stay applied):\n"
                        + "  CREATE TABLE `a` (x INT)");
    }
}
