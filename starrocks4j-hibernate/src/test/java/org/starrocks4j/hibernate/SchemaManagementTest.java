package org.starrocks4j.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;
import org.starrocks4j.annotations.AnnotatedModelReader;
import org.starrocks4j.diff.NonAlterableChangeException;
import org.starrocks4j.diff.SchemaDiff;
import org.starrocks4j.hibernate.entities.PageViewAggregates;
import org.starrocks4j.migrate.FakeCatalog;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.sql.DdlParser;
import org.starrocks4j.sql.DdlRenderer;

/** hbm2ddl create-only / create / validate / update through starrocks4j, against a fake catalog. */
class SchemaManagementTest {

    private static final String CREATED = DdlRenderer.defaults()
            .create(AnnotatedModelReader.readObject(PageViewAggregates.class));

    /** The entity's table before {@code last_user} was added, and with another key model. */
    private static final String WITHOUT_LAST_USER = """
            CREATE TABLE `page_view_aggregates` (
              `page_id` INT,
              `visit_date` DATE,
              `total_views` INT SUM,
              `distinct_users` BITMAP BITMAP_UNION
            )
            AGGREGATE KEY(`page_id`, `visit_date`)
            PARTITION BY date_trunc('day', visit_date)
            DISTRIBUTED BY HASH(`page_id`)
            PROPERTIES ("replication_num" = "1")""";
    private static final String DUPLICATE_KEY = """
            CREATE TABLE `page_view_aggregates` (
              `page_id` INT,
              `visit_date` DATE,
              `total_views` INT,
              `last_user` STRING,
              `distinct_users` STRING
            )
            DUPLICATE KEY(`page_id`, `visit_date`)
            PARTITION BY date_trunc('day', visit_date)
            DISTRIBUTED BY HASH(`page_id`)
            PROPERTIES ("replication_num" = "1")""";

    private static SessionFactory start(FakeCatalog db, String action) {
        FakeJdbc unused = FakeJdbc.starRocks("3.5.2");
        return HibernateBoot.start(unused, Map.of(AvailableSettings.HBM2DDL_AUTO, action,
                AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, db.dataSource()), PageViewAggregates.class);
    }

    @Test
    void createOnlyCreatesTheStarRocksTable() {
        FakeCatalog db = new FakeCatalog("3.5.2");
        try (SessionFactory ignored = start(db, "create-only")) {
            assertThat(db.changes()).containsExactly(CREATED);
        }
    }

    @Test
    void createDropsThenCreatesAndCreateDropDropsAtShutdown() {
        FakeCatalog db = new FakeCatalog("3.5.2").with(WITHOUT_LAST_USER);
        try (SessionFactory ignored = start(db, "create-drop")) {
            assertThat(db.changes()).containsExactly("DROP TABLE `page_view_aggregates`", CREATED);
        }
        assertThat(db.changes()).last().isEqualTo("DROP TABLE `page_view_aggregates`");
        assertThat(db.has("page_view_aggregates")).isFalse();
    }

    @Test
    void validateListsEveryDifference() {
        FakeCatalog db = new FakeCatalog("3.5.2").with(WITHOUT_LAST_USER);
        assertThatThrownBy(() -> start(db, "validate"))
                .isInstanceOf(SchemaManagementException.class)
                .hasMessageContaining("the database differs from the entity model in 1 way(s)")
                .hasMessageContaining("add column `last_user`");
        assertThat(db.changes()).isEmpty();
    }

    @Test
    void validatePassesWhenTheTableMatchesAndFailsWhenItIsMissing() {
        FakeCatalog db = new FakeCatalog("3.5.2").with(CREATED);
        try (SessionFactory ignored = start(db, "validate")) {
            assertThat(db.changes()).isEmpty();
        }
        assertThatThrownBy(() -> start(new FakeCatalog("3.5.2"), "validate"))
                .hasMessageContaining("create table `page_view_aggregates`");
    }

    @Test
    void updateAppliesWhatTheDiffAllows() {
        FakeCatalog db = new FakeCatalog("3.5.2").with(WITHOUT_LAST_USER);
        try (SessionFactory ignored = start(db, "update")) {
            assertThat(db.changes()).containsExactly(
                    "ALTER TABLE `page_view_aggregates` ADD COLUMN `last_user` STRING REPLACE AFTER `total_views`");
        }
    }

    @Test
    void updateRefusesNonAlterableChangesWithTheCliMessage() {
        FakeCatalog db = new FakeCatalog("3.5.2").with(DUPLICATE_KEY);
        String cliMessage;
        try {
            SchemaDiff.between(Schema.of(DdlParser.parseObject(DUPLICATE_KEY, DdlParser.Validation.UNCHECKED)),
                    AnnotatedModelReader.read(PageViewAggregates.class));
            throw new AssertionError("the diff should refuse the key model change");
        } catch (NonAlterableChangeException e) {
            cliMessage = e.getMessage();
        }
        assertThat(cliMessage).contains("StarRocks cannot ALTER");
        assertThatThrownBy(() -> start(db, "update"))
                .isInstanceOf(SchemaManagementException.class)
                .hasMessage(cliMessage);
        assertThat(db.changes()).isEmpty();
    }
}
