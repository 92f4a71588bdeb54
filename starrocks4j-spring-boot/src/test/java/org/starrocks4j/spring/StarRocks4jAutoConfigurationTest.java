package org.starrocks4j.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.starrocks4j.migrate.ErrorCode;
import org.starrocks4j.migrate.FakeCatalog;
import org.starrocks4j.migrate.FakeStarRocks;
import org.starrocks4j.migrate.Location;
import org.starrocks4j.migrate.StarRocks4j;
import org.starrocks4j.migrate.StarRocks4jConfiguration;
import org.starrocks4j.migrate.StarRocks4jException;
import org.starrocks4j.schema.Distribution;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaDefinition;
import org.starrocks4j.schema.Table;
import org.starrocks4j.types.Types;

/**
 * The auto-configuration without a server: its wiring, its properties, the migration at start-up against a fake
 * StarRocks (test resources hold {@code db/starrocks}), and the start-up failures.
 */
class StarRocks4jAutoConfigurationTest {

    private final FakeStarRocks server = new FakeStarRocks();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(StarRocks4jAutoConfiguration.class))
            .withPropertyValues("starrocks4j.wait.poll-interval=10ms");

    private ApplicationContextRunner withDatabase() {
        return runner.withBean(DataSource.class, server::dataSource);
    }

    /** The statements of the revisions the fake server ran (not the bookkeeping, not the job polls). */
    private List<String> applied() {
        return server.userStatements().stream().filter(s -> !s.startsWith("SHOW ALTER TABLE")).toList();
    }

    @Test
    void migratesAtStartUpBeforeTheBeansThatUseTheDatabase() {
        List<String> seenByJdbcUser = new ArrayList<>();
        withDatabase()
                .withBean("reportRepository", ReportRepository.class,
                        () -> new ReportRepository(server, seenByJdbcUser))
                .withBean(JdbcTemplate.class, () -> new JdbcTemplate(server.dataSource()))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(StarRocks4j.class)
                            .hasSingleBean(StarRocks4jMigrationInitializer.class);
                    assertThat(applied()).hasSize(2);
                    assertThat(applied().get(0)).startsWith("CREATE TABLE `events`");
                    assertThat(applied().get(1)).isEqualTo("ALTER TABLE `events` ADD COLUMN `hits` BIGINT");
                    assertThat(seenByJdbcUser).as("the repository was created after the migration")
                            .containsAll(applied());
                    assertThat(context.getBeanFactory().getBeanDefinition("jdbcTemplate").getDependsOn())
                            .as("JdbcTemplate (like JPA's EntityManagerFactory) waits for the migration")
                            .contains("starRocks4jMigrationInitializer");
                    assertThat(context.getBean(StarRocks4j.class).info().current()).isEqualTo("aaa111aaa111");
                });
    }

    @Test
    void theStarRocks4jIsClosedWithTheContext() {
        List<StarRocks4j> seen = new ArrayList<>();
        withDatabase().run(context -> {
            assertThat(context).hasNotFailed();
            seen.add(context.getBean(StarRocks4j.class));
            assertThat(seen.get(0).revisions().revisions()).isNotEmpty();
        });
        assertThatThrownBy(() -> seen.get(0).revisions()).hasMessageContaining("this StarRocks4j is closed");
    }

    /** A bean that uses the database: it records what had run when it was created. */
    @DependsOnDatabaseInitialization
    static final class ReportRepository {
        ReportRepository(FakeStarRocks server, List<String> seen) {
            seen.addAll(server.userStatements());
        }
    }

    @Test
    void theStarRocks4jPropertiesReachTheConfiguration() {
        withDatabase().withPropertyValues(
                        "starrocks4j.locations=classpath:db/other,filesystem:extra",
                        "starrocks4j.target=aaa111",
                        "starrocks4j.fail-on-drift=true",
                        "starrocks4j.models=com.acme.model",
                        "starrocks4j.version-table=my_versions",
                        "starrocks4j.version-table-properties.replication_num=1",
                        "starrocks4j.wait.timeout=5m")
                .withBean(StarRocks4jMigrationStrategy.class, () -> starRocks4j -> { })
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    StarRocks4jConfiguration configuration = context.getBean(StarRocks4j.class).configuration();
                    assertThat(configuration.locations()).containsExactly(Location.classpath("db/other"),
                            Location.parse("filesystem:extra"));
                    assertThat(configuration.target()).isEqualTo("aaa111");
                    assertThat(configuration.failOnDrift()).isTrue();
                    assertThat(configuration.models()).containsExactly("models:com.acme.model");
                    assertThat(configuration.versionTable()).isEqualTo("my_versions");
                    assertThat(configuration.versionTableProperties()).isEqualTo(Map.of("replication_num", "1"));
                    assertThat(configuration.waitTimeout()).isEqualTo(Duration.ofMinutes(5));
                    assertThat(configuration.waitPollInterval()).isEqualTo(Duration.ofMillis(10));
                    assertThat(configuration.dataSource()).isNotNull();
                });
    }

    @Test
    void nothingWithoutADatabaseOrWhenDisabled() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(StarRocks4j.class));
        withDatabase().withPropertyValues("starrocks4j.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(StarRocks4j.class)
                        .doesNotHaveBean(StarRocks4jMigrationInitializer.class));
        assertThat(applied()).isEmpty();
    }

    @Test
    void aUrlOfItsOwnInsteadOfTheApplicationsDataSource() {
        runner.withPropertyValues("starrocks4j.url=jdbc:starrocks://fe:9030/analytics", "starrocks4j.user=etl",
                        "starrocks4j.password=s3cret")
                .withBean(StarRocks4jMigrationStrategy.class, () -> starRocks4j -> { })
                .run(context -> {
                    StarRocks4jConfiguration configuration = context.getBean(StarRocks4j.class).configuration();
                    assertThat(configuration.url()).isEqualTo("jdbc:starrocks://fe:9030/analytics");
                    assertThat(configuration.user()).isEqualTo("etl");
                    assertThat(configuration.hasPassword()).isTrue();
                    assertThat(configuration.dataSource()).isNull();
                    assertThat(configuration.toString()).doesNotContain("s3cret");
                });
    }

    @Test
    void theMarkedDataSourceWinsOverThePrimaryOne() {
        runner.withUserConfiguration(TwoDataSources.class)
                .withBean(StarRocks4jMigrationStrategy.class, () -> starRocks4j -> { })
                .run(context -> assertThat(context.getBean(StarRocks4j.class).configuration().dataSource())
                        .isSameAs(context.getBean("analytics")));
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoDataSources {
        @Bean
        @Primary
        DataSource primary() {
            return new FakeStarRocks().dataSource();
        }

        @Bean
        @StarRocks4jDataSource
        DataSource analytics() {
            return new FakeStarRocks().dataSource();
        }
    }

    @Test
    void customizersStrategyAndOwnBeansReplaceTheDefaults() {
        List<String> calls = new ArrayList<>();
        withDatabase()
                .withBean(StarRocks4jConfigurationCustomizer.class,
                        () -> configuration -> configuration.versionTable("customized"))
                .withBean(StarRocks4jMigrationStrategy.class, () -> starRocks4j -> calls.add("strategy"))
                .run(context -> {
                    assertThat(calls).containsExactly("strategy");
                    assertThat(applied()).as("the strategy replaced the upgrade").isEmpty();
                    assertThat(context.getBean(StarRocks4j.class).configuration().versionTable())
                            .isEqualTo("customized");
                });
        StarRocks4j own = StarRocks4j.configure().dataSource(server.dataSource()).load();
        withDatabase().withBean(StarRocks4j.class, () -> own)
                .withBean(StarRocks4jMigrationInitializer.class, () -> new StarRocks4jMigrationInitializer(own,
                        starRocks4j -> calls.add("own initializer")))
                .run(context -> assertThat(context.getBean(StarRocks4j.class)).isSameAs(own));
        assertThat(calls).containsExactly("strategy", "own initializer");
    }

    @Test
    void anUnreachableDatabaseStopsTheStartUpWithOneClearMessage() {
        DataSource unreachable = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException("Communications link failure", "08S01");
                });
        runner.withBean(DataSource.class, () -> unreachable).run(context -> {
            StarRocks4jException failure = rootCause(context.getStartupFailure());
            assertThat(failure.errorCode()).isEqualTo(ErrorCode.CONNECTION);
            assertThat(failure.getMessage()).contains("cannot connect to the application's data source: "
                    + "Communications link failure");
            FailureAnalysis analysis = new StarRocks4jFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("The StarRocks migration at start-up failed")
                    .contains("Communications link failure");
            assertThat(analysis.getAction()).contains("starrocks4j.url");
        });
    }

    @Test
    void aFailingRevisionStopsTheStartUpAndTheNextStartResumesAtTheFailedStatement() {
        server.failOn(sql -> sql.startsWith("ALTER TABLE `events` ADD COLUMN"),
                new SQLException("a schema change job is running", "HY000", 1064), 1);
        withDatabase().run(context -> {
            StarRocks4jException failure = rootCause(context.getStartupFailure());
            assertThat(failure.errorCode()).isEqualTo(ErrorCode.MIGRATION_FAILED);
            assertThat(failure.getMessage()).contains("upgrade failed at revision aaa111aaa111", "statement 2 of 2",
                    "a schema change job is running", "resumes at statement 2");
            assertThat(new StarRocks4jFailureAnalyzer().analyze(context.getStartupFailure()).getAction())
                    .contains("resumes at the failed statement");
        });
        withDatabase().run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(applied()).filteredOn(s -> s.startsWith("CREATE TABLE")).hasSize(1);
            assertThat(applied()).filteredOn(s -> s.contains("ADD COLUMN")).hasSize(2);
        });
    }

    /** The models of the create-all tests: the revision's table. */
    public static class EventsModel implements SchemaDefinition {
        @Override
        public Schema schema() {
            return Schema.of(Table.builder("events")
                    .column("id", Types.BIGINT, c -> c.notNull())
                    .column("kind", Types.varchar(32))
                    .primaryKey("id")
                    .distributedBy(Distribution.hash(4, "id"))
                    .property("replication_num", "1")
                    .build());
        }
    }

    private ApplicationContextRunner createAll(FakeCatalog catalog) {
        return runner.withBean(DataSource.class, catalog::dataSource)
                .withPropertyValues("starrocks4j.mode=create-all", "starrocks4j.models=" + EventsModel.class.getName());
    }

    @Test
    void createAllModeCreatesTheModelsWithoutRevisionsAndNothingTheNextTime() {
        FakeCatalog catalog = new FakeCatalog("3.5.2");
        createAll(catalog).run(context -> assertThat(context).hasNotFailed());
        assertThat(catalog.changes()).singleElement().asString().startsWith("CREATE TABLE `events`");
        assertThat(catalog.has("starrocks4j_version")).as("no revision is recorded").isFalse();

        catalog.log.clear();
        createAll(catalog).run(context -> assertThat(context).hasNotFailed());
        assertThat(catalog.changes()).isEmpty();
    }

    @Test
    void createAllModeWithFailOnDriftStopsTheStartUpWhenAnExistingTableDiffers() {
        FakeCatalog catalog = new FakeCatalog("3.5.2").with("CREATE TABLE `events` (`id` BIGINT NOT NULL) "
                + "PRIMARY KEY(`id`) DISTRIBUTED BY HASH(`id`) BUCKETS 4 PROPERTIES (\"replication_num\" = \"1\")");

        createAll(catalog).run(context -> assertThat(context).hasNotFailed());
        createAll(catalog).withPropertyValues("starrocks4j.fail-on-drift=true").run(context -> {
            StarRocks4jException failure = rootCause(context.getStartupFailure());
            assertThat(failure.errorCode()).isEqualTo(ErrorCode.MODELS_DIFFER);
            assertThat(failure.getMessage()).contains("exists  table `events`, left as is; it differs from the model",
                    "add column `kind`", "starrocks4j.fail-on-drift=false");
        });
        assertThat(catalog.changes()).isEmpty();
    }

    @Test
    void createAllModeWithoutModelsStopsTheStartUpSayingWhatToSet() {
        runner.withBean(DataSource.class, () -> new FakeCatalog("3.5.2").dataSource())
                .withPropertyValues("starrocks4j.mode=create-all")
                .run(context -> assertThat(rootCause(context.getStartupFailure()).getMessage())
                        .contains("no models", "starrocks4j.models"));
    }

    private static StarRocks4jException rootCause(Throwable failure) {
        assertThat(failure).as("the start-up failed").isNotNull();
        Throwable t = failure;
        while (t != null && !(t instanceof StarRocks4jException)) {
            t = t.getCause();
        }
        assertThat(t).as("caused by a StarRocks4jException: " + failure).isInstanceOf(StarRocks4jException.class);
        return (StarRocks4jException) t;
    }
}
