package org.starrocks4j.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.starrocks4j.hibernate.entities.PageViewAggregates;
import org.starrocks4j.hibernate.entities.RenamedColumns;

/** Hibernate starts with the dialect without a server, and renders the SQL of the example's statements. */
class DialectBootTest {

    @Test
    void bootsOfflineWithTheStarRocksVersionFromTheSettings() {
        FakeJdbc jdbc = FakeJdbc.starRocks("3.5.2");
        try (SessionFactory factory = HibernateBoot.start(jdbc, Map.of(), PageViewAggregates.class)) {
            var dialect = ((SessionFactoryImplementor) factory).getJdbcServices().getDialect();
            assertThat(dialect).isInstanceOf(StarRocksDialect.class);
            assertThat(((StarRocksDialect) dialect).starRocksVersion().toString()).isEqualTo("3.5.2");
            assertThat(((StarRocksDialect) dialect).getMySQLVersion().toString()).startsWith("8.0.33");
        }
    }

    @Test
    void rendersTheExampleQueryOrderedByPageIdAndPagesWithLimitOffset() {
        FakeJdbc jdbc = FakeJdbc.starRocks("3.5.2");
        try (SessionFactory factory = HibernateBoot.start(jdbc, Map.of(), PageViewAggregates.class)) {
            factory.inSession(session -> {
                session.createSelectionQuery("from PageViewAggregates order by pageId", PageViewAggregates.class)
                        .getResultList();
                session.createSelectionQuery("from PageViewAggregates order by pageId", PageViewAggregates.class)
                        .setFirstResult(20).setMaxResults(10).getResultList();
            });
        }
        assertThat(jdbc.statements).containsExactly(
                "select pva1_0.page_id,pva1_0.visit_date,pva1_0.distinct_users,pva1_0.last_user,pva1_0.total_views "
                        + "from page_view_aggregates pva1_0 order by pva1_0.page_id",
                "select pva1_0.page_id,pva1_0.visit_date,pva1_0.distinct_users,pva1_0.last_user,pva1_0.total_views "
                        + "from page_view_aggregates pva1_0 order by pva1_0.page_id limit ? offset ?");
    }

    @Test
    void writesTheColumnsTheStarRocksAnnotationsName() {
        FakeJdbc jdbc = FakeJdbc.starRocks("3.5.2");
        try (SessionFactory factory = HibernateBoot.start(jdbc, Map.of(), RenamedColumns.class)) {
            factory.inTransaction(session -> session.persist(new RenamedColumns(7, LocalDate.of(2023, 10, 26), 70L)));
        }
        assertThat(jdbc.statements).containsExactly("insert into RenamedColumns (uv,pageId,dt) values (?,?,?)");
    }

    /** StarRocks has no row values: {@code (a, b) = (?, ?)} and {@code (a, b) IN ((?, ?))} are syntax errors. */
    @Test
    void comparesTheExampleEntitysCompositeIdColumnByColumn() {
        FakeJdbc jdbc = FakeJdbc.starRocks("3.5.2");
        try (SessionFactory factory = HibernateBoot.start(jdbc, Map.of(), PageViewAggregates.class)) {
            factory.inSession(session -> session.find(PageViewAggregates.class,
                    new PageViewAggregates.PageDay(2, LocalDate.of(2023, 10, 27))));
        }
        assertThat(jdbc.statements).singleElement().asString()
                .endsWith(" from page_view_aggregates pva1_0 where ((pva1_0.page_id=? and pva1_0.visit_date=?))");
    }

    @Test
    void rendersThePersistAndTheNativeInsertWithNamedParameters() {
        FakeJdbc jdbc = FakeJdbc.starRocks("3.5.2");
        try (SessionFactory factory = HibernateBoot.start(jdbc, Map.of(), PageViewAggregates.class)) {
            factory.inTransaction(session ->
                    session.persist(new PageViewAggregates(1, LocalDate.of(2023, 10, 26), 100, "user_A")));
            factory.inTransaction(session -> {
                session.createNativeMutationQuery("""
                                INSERT INTO page_view_aggregates
                                (page_id, visit_date, total_views, last_user, distinct_users)
                                VALUES
                                    (:page_id_1, :visit_date_1, :total_views_1, :last_user_1, NULL),
                                    (:page_id_2, :visit_date_2, :total_views_2, :last_user_2, NULL)""")
                        .setParameter("page_id_1", 2).setParameter("visit_date_1", "2023-10-27")
                        .setParameter("total_views_1", 200).setParameter("last_user_1", "user_B")
                        .setParameter("page_id_2", 2).setParameter("visit_date_2", "2023-10-27")
                        .setParameter("total_views_2", 150).setParameter("last_user_2", "user_C")
                        .executeUpdate();
            });
        }
        List<String> sql = jdbc.statements.stream().map(s -> s.replaceAll("\\s+", " ").strip()).toList();
        assertThat(sql).containsExactly(
                "insert into page_view_aggregates (distinct_users,last_user,total_views,page_id,visit_date) "
                        + "values (?,?,?,?,?)",
                "INSERT INTO page_view_aggregates (page_id, visit_date, total_views, last_user, distinct_users) "
                        + "VALUES (?, ?, ?, ?, NULL), (?, ?, ?, ?, NULL)");
    }
}
