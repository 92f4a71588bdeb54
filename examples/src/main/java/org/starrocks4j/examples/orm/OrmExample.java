package org.starrocks4j.examples.orm;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.starrocks4j.annotations.AnnotatedModelReader;
import org.starrocks4j.hibernate.StarRocksNamingStrategy;
import org.starrocks4j.jdbc.ConnectionSource;
import org.starrocks4j.jdbc.StarRocksDataSource;
import org.starrocks4j.migrate.CreateAllReport;
import org.starrocks4j.migrate.SchemaCreation;
import org.starrocks4j.migrate.StarRocks4jException;

/**
 * The seed README's ORM example, line for line, in Java: declare {@link PageViewAggregates}, create it
 * ({@code Base.metadata.create_all(engine)}), insert a row through the ORM session, insert two rows with the same
 * key through raw SQL with named parameters, and query the aggregated rows ordered by {@code page_id}.
 *
 * <p>Run it against a StarRocks database with {@code STARROCKS_URL}, e.g.
 * {@code STARROCKS_URL=jdbc:starrocks://root@127.0.0.1:9030/mydatabase} (password in {@code STARROCKS_PASSWORD};
 * {@code jdbc:mysql://} URLs work too).
 */
public final class OrmExample {

    /** The raw SQL of the seed: two records with the same key, aggregated by the table. */
    static final String INSERT_TWO_ROWS = """
            INSERT INTO page_view_aggregates
            (page_id, visit_date, total_views, last_user, distinct_users)
            VALUES
                (:page_id_1, :visit_date_1, :total_views_1, :last_user_1, NULL),
                (:page_id_2, :visit_date_2, :total_views_2, :last_user_2, NULL)""";

    /** The seed's query: every row, ordered by page. */
    static final String ALL_ORDERED_BY_PAGE = "from PageViewAggregates order by pageId";

    private OrmExample() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getenv("STARROCKS_URL");
        if (url == null || url.isBlank()) {
            System.err.println("set STARROCKS_URL to a StarRocks database, e.g. "
                    + "STARROCKS_URL=jdbc:starrocks://root@127.0.0.1:9030/mydatabase (password in STARROCKS_PASSWORD)");
            System.exit(2);
        }
        // engine = create_engine('starrocks://myname:pswd1234@localhost:9030/mydatabase')
        try {
            run(new StarRocksDataSource(url.replaceFirst("^jdbc:mysql://", "jdbc:starrocks://")), System.out);
        } catch (SQLException | StarRocks4jException e) {
            // the server's answer (or why it gave none) is the message; the stack trace would only hide it
            System.err.println("the example failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The example on {@code dataSource}'s database; prints what the seed prints. */
    public static void run(DataSource dataSource, PrintStream out) throws Exception {
        // Base.metadata.create_all(engine)  # Create the table in the database
        CreateAllReport created = SchemaCreation.of(AnnotatedModelReader.read(PageViewAggregates.class))
                .createAll(ConnectionSource.of(dataSource));
        out.println(created.describe());

        // Session = sessionmaker(bind=engine); session = Session()
        try (SessionFactory sessionFactory = sessionFactory(dataSource);
             Session session = sessionFactory.openSession()) {

            // Insert data
            PageViewAggregates newData = new PageViewAggregates(
                    1,
                    LocalDate.of(2023, 10, 26),
                    100,
                    "user_A",
                    null); // BITMAP/HLL types might require specific functions for value insertion
            session.beginTransaction();
            session.persist(newData);
            session.getTransaction().commit();

            // Insert data using raw SQL (two records with same key for aggregation)
            session.beginTransaction();
            session.createNativeMutationQuery(INSERT_TWO_ROWS)
                    .setParameter("page_id_1", 2).setParameter("visit_date_1", "2023-10-27")
                    .setParameter("total_views_1", 200).setParameter("last_user_1", "user_B")
                    .setParameter("page_id_2", 2).setParameter("visit_date_2", "2023-10-27")
                    .setParameter("total_views_2", 150).setParameter("last_user_2", "user_C")
                    .executeUpdate();
            session.getTransaction().commit();

            // Query all data to verify aggregation (clear the session: read what the table holds, not the
            // entity persisted above)
            session.clear();
            List<PageViewAggregates> allResults = session
                    .createSelectionQuery(ALL_ORDERED_BY_PAGE, PageViewAggregates.class).getResultList();
            out.println("Total unique rows after insertions: " + allResults.size());
            for (PageViewAggregates row : allResults) {
                out.println("  Page ID: " + row.getPageId() + ", Visit Date: " + row.getVisitDate()
                        + ", Total Views: " + row.getTotalViews() + ", Last User: " + row.getLastUser());
            }
        } // session.close()
    }

    /**
     * Hibernate on the data source: the StarRocks dialect is picked by asking the server, and the naming strategy
     * gives Hibernate the table and column names starrocks4j created.
     */
    static SessionFactory sessionFactory(DataSource dataSource) {
        var registry = new StandardServiceRegistryBuilder().applySettings(Map.of(
                AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource,
                AvailableSettings.IMPLICIT_NAMING_STRATEGY, StarRocksNamingStrategy.class.getName())).build();
        return new MetadataSources(registry).addAnnotatedClass(PageViewAggregates.class).buildMetadata()
                .buildSessionFactory();
    }
}
