package org.starrocks4j.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.starrocks4j.lexical.SqlText;
import org.starrocks4j.progress.Progress;
import org.starrocks4j.progress.ProgressListener;
import org.starrocks4j.schema.Schema;
import org.starrocks4j.schema.SchemaObject;
import org.starrocks4j.schema.Table;
import org.starrocks4j.sql.DdlParser;

/**
 * Reads every table, view and materialized view of a live database into the schema model — the {@code db} schema
 * source.
 *
 * <ol>
 *   <li>Lists the objects with a constant number of queries: {@code information_schema.tables} (names, tables vs
 *       views), {@code information_schema.materialized_views} (which "views" are materialized, whether they are
 *       active, and the statements of synchronous materialized views) and {@code information_schema.tables_config}
 *       (the engine, to tell external tables in {@code default_catalog} apart).</li>
 *   <li>Reads each object with one {@code SHOW CREATE TABLE | VIEW | MATERIALIZED VIEW} and parses it with the
 *       {@link DdlParser}, over a few connections in parallel, each object reported to the progress listener as it
 *       is read.</li>
 *   <li>When the database has rollups or synchronous materialized views (the materialized-view listing names
 *       indexes that are no tables), reads each table's with one {@code DESC t ALL} more ({@link RollupReader}):
 *       SHOW CREATE TABLE does not print them.</li>
 * </ol>
 *
 * Never {@code DatabaseMetaData}: StarRocks' JDBC metadata has no key model, partitions or properties.
 *
 * <p>In {@code default_catalog}, an object that cannot be read fails the whole read with a
 * {@link ReflectionException} listing every such object (leave them out with a name filter). External catalogs
 * hold what other systems made, so there whatever can be read is read and the rest is named in
 * {@link Reflection#warnings()}; external catalogs have no materialized views or table configuration to list.
 */
public final class SchemaReflector {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaReflector.class);
    /** What was read: the schema, and what was left out or looks odd. */
    public record Reflection(Schema schema, List<String> warnings) {
        public Reflection {
            Objects.requireNonNull(schema, "schema");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * One listed object.
     *
     * @param rollups         whether to read the table's rollups and synchronous materialized views
     *                        ({@code DESC t ALL}): only when the database has some
     * @param indexStatements the statement the materialized-view listing gives for each index name (refresh type
     *                        {@code ROLLUP}), which tells a synchronous materialized view's query
     */
    record Listed(String name, ObjectKind kind, String engine, boolean rollups, Map<String, String> indexStatements) {
    }

    private final ConnectionSource source;
    private final String catalog;
    private final String database;
    private final NameFilter filter;
    private final int parallelism;
    private final Consumer<String> progress;
    private final ProgressListener steps;
    private final boolean skipUnreadable;
    private final boolean warnWhenEmpty;

    private SchemaReflector(Builder b) {
        this.source = b.source;
        this.catalog = b.catalog;
        this.database = b.database;
        this.filter = b.filter;
        this.parallelism = b.parallelism;
        // Readers report from several threads; the consumer sees one line at a time.
        Consumer<String> target = b.progress;
        Object lock = new Object();
        this.progress = line -> {
            synchronized (lock) {
                target.accept(line);
            }
        };
        this.steps = b.steps;
        this.skipUnreadable = b.skipUnreadable;
        this.warnWhenEmpty = b.warnWhenEmpty;
    }

    /** A reflector reading from connections of {@code source}. */
    public static Builder builder(ConnectionSource source) {
        return new Builder(source);
    }

    private boolean external() {
        return catalog != null && !catalog.equalsIgnoreCase("default_catalog");
    }

    private String where() {
        return (catalog == null ? "" : SqlText.identifier(catalog) + ".") + SqlText.identifier(database);
    }

    /** Lists and reads the database. */
    public Reflection read() throws SQLException, InterruptedException {
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        Connection first = source.open();
        List<Listed> listed;
        try {
            listed = list(first, warnings);
        } catch (SQLException | RuntimeException e) {
            close(first, e);
            throw e;
        }
        int workers = Math.max(1, Math.min(parallelism, listed.size()));
        long tables = listed.stream().filter(l -> l.kind() == ObjectKind.TABLE).count();
        long views = listed.stream().filter(l -> l.kind() == ObjectKind.VIEW).count();
        long mvs = listed.size() - tables - views;
        progress.accept(where() + ": " + tables + (tables == 1 ? " table, " : " tables, ") + views
                + (views == 1 ? " view, " : " views, ") + mvs + (mvs == 1 ? " materialized view" : " materialized views")
                + (filter.keepsAll() ? "" : " matching " + filter)
                + (listed.isEmpty() ? "" : "; reading them over " + workers
                + (workers == 1 ? " connection" : " connections")));
        SchemaObject[] read = new SchemaObject[listed.size()];
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        readAll(first, listed, workers, read, warnings, problems);
        if (!problems.isEmpty()) {
            List<String> sorted = new ArrayList<>(problems);
            Collections.sort(sorted);
            if (!skipUnreadable) {
                throw new ReflectionException("cannot read " + sorted.size() + " of " + listed.size()
                        + " objects of " + where() + " into the model:\n  " + String.join("\n  ", sorted)
                        + "\nLeave them out with a name filter (e.g. !name), or allow skipping unreadable objects; "
                        + "if the server's SHOW CREATE text looks valid, please report it as a parser gap.", sorted);
            }
            sorted.forEach(p -> warnings.add(p + "; left out"));
        }
        Schema.Builder schema = Schema.builder();
        for (SchemaObject o : read) {
            if (o != null) {
                schema.add(o);
            }
        }
        return new Reflection(schema.build(), warnings);
    }

    // ---- listing: a constant number of queries --------------------------------------------------------------

    private String infoSchema(String view) {
        return (catalog == null ? "" : SqlText.identifier(catalog) + ".") + "information_schema." + view;
    }

    String tablesQuery() {
        return "SELECT TABLE_NAME, TABLE_TYPE FROM " + infoSchema("tables") + " WHERE TABLE_SCHEMA = "
                + SqlText.literal(database) + " ORDER BY TABLE_NAME";
    }

    String materializedViewsQuery() {
        return "SELECT TABLE_NAME, IS_ACTIVE, INACTIVE_REASON, REFRESH_TYPE, MATERIALIZED_VIEW_DEFINITION FROM "
                + infoSchema("materialized_views")
                + " WHERE TABLE_SCHEMA = " + SqlText.literal(database);
    }

    String tablesConfigQuery() {
        return "SELECT TABLE_NAME, TABLE_ENGINE FROM " + infoSchema("tables_config") + " WHERE TABLE_SCHEMA = "
                + SqlText.literal(database);
    }

    String showTablesQuery() {
        return "SHOW FULL TABLES FROM " + where();
    }

    /** Name and type (the first two columns) of every row. */
    private static void names(Connection c, String sql, Map<String, String> out) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String type = rs.getMetaData().getColumnCount() > 1 ? rs.getString(2) : null;
                out.put(rs.getString(1), type == null ? "" : type);
            }
        }
    }

    private List<Listed> list(Connection c, List<String> warnings) throws SQLException {
        Map<String, String> types = new java.util.TreeMap<>();
        try {
            names(c, tablesQuery(), types);
        } catch (SQLException e) {
            if (!external()) {
                throw e;
            }
            // Not every external catalog has an information_schema; SHOW FULL TABLES works on all of them.
            warnings.add("cannot list catalog " + SqlText.identifier(catalog) + " through information_schema ("
                    + e.getMessage() + "); listed with SHOW FULL TABLES instead");
            types.clear();
            names(c, showTablesQuery(), types);
        }
        if (types.isEmpty() && warnWhenEmpty) {
            warnings.add(where() + " has no tables or views (or the user may not see them); check the database name "
                    + "with SHOW DATABASES" + (external() ? " after SET CATALOG " + SqlText.identifier(catalog) : ""));
        }
        Set<String> materialized = new HashSet<>();
        Map<String, String> indexStatements = new HashMap<>();
        boolean mvListed = false;
        Map<String, String> engines = new HashMap<>();
        if (external()) {
            warnings.add("catalog " + SqlText.identifier(catalog) + " is an external catalog: its tables and views are "
                    + "read as far as their SHOW CREATE text fits the model, and it has no materialized views or "
                    + "table configuration to read");
        } else {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(materializedViewsQuery())) {
                boolean statements = rs.getMetaData().getColumnCount() >= 5;
                while (rs.next()) {
                    String name = rs.getString(1);
                    materialized.add(name);
                    if (statements && "ROLLUP".equalsIgnoreCase(rs.getString(4)) && rs.getString(5) != null) {
                        indexStatements.put(name, rs.getString(5));
                    }
                    String active = rs.getString(2);
                    if (active != null && active.equalsIgnoreCase("false") && filter.test(name)) {
                        String reason = rs.getString(3);
                        warnings.add("materialized view " + SqlText.identifier(name) + " is inactive"
                                + (reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")")
                                + "; it is read as defined but does not refresh");
                    }
                }
                mvListed = true;
            } catch (SQLException e) {
                warnings.add("cannot list materialized views (" + e.getMessage() + "); views and materialized views "
                        + "are told apart by their SHOW CREATE TABLE text instead");
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(tablesConfigQuery())) {
                while (rs.next()) {
                    engines.put(rs.getString(1), rs.getString(2));
                }
            } catch (SQLException e) {
                LOG.debug("{} failed ({}); engines unknown", tablesConfigQuery(), e.getMessage());
            }
        }
        // information_schema.materialized_views also lists every table's rollups and synchronous MVs (refresh type
        // ROLLUP, with the statement that created them), by their own names, which are no tables: only then are
        // tables asked for theirs, which SHOW CREATE TABLE does not print
        boolean rollups = materialized.stream().anyMatch(n -> !types.containsKey(n));
        List<Listed> out = new ArrayList<>();
        for (Map.Entry<String, String> e : types.entrySet()) {
            String name = e.getKey();
            if (!filter.test(name)) {
                continue;
            }
            String type = e.getValue().toUpperCase(Locale.ROOT);
            ObjectKind kind;
            if (materialized.contains(name) || type.contains("MATERIALIZED")) {
                kind = ObjectKind.MATERIALIZED_VIEW;
            } else if (type.contains("VIEW")) {
                // Without the MV listing a "view" may be materialized: SHOW CREATE TABLE prints either kind.
                kind = mvListed || external() ? ObjectKind.VIEW : null;
            } else {
                kind = ObjectKind.TABLE;
            }
            out.add(new Listed(name, kind, engines.get(name), rollups && kind == ObjectKind.TABLE, indexStatements));
        }
        out.sort((a, b) -> {
            int c1 = Integer.compare(order(a.kind()), order(b.kind()));
            return c1 != 0 ? c1 : a.name().compareTo(b.name());
        });
        return out;
    }

    private static int order(ObjectKind kind) {
        return kind == null ? ObjectKind.VIEW.ordinal() : kind.ordinal();
    }

    // ---- reading: one SHOW CREATE per object, in parallel -----------------------------------------------------

    String showCreate(Listed object) {
        String statement = object.kind() == null ? ObjectKind.TABLE.showCreate() : object.kind().showCreate();
        return statement + " " + where() + "." + SqlText.identifier(object.name());
    }

    private void readAll(Connection first, List<Listed> listed, int workers, SchemaObject[] read,
                         List<String> warnings, List<String> problems) throws SQLException, InterruptedException {
        ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < listed.size(); i++) {
            queue.add(i);
        }
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        if (workers == 1) {
            try {
                work(first, queue, listed, read, warnings, problems, done, stop);
            } finally {
                first.close();
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "starrocks4j-reflect");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                boolean useFirst = w == 0;
                futures.add(pool.submit(() -> {
                    Connection c = useFirst ? first : null;
                    try {
                        if (c == null) {
                            if (stop.get() || queue.isEmpty()) {
                                return null;
                            }
                            c = source.open();
                        }
                        work(c, queue, listed, read, warnings, problems, done, stop);
                        return null;
                    } catch (SQLException | RuntimeException e) {
                        stop.set(true);
                        throw e;
                    } finally {
                        if (c != null) {
                            c.close();
                        }
                    }
                }));
            }
            SQLException failure = null;
            for (Future<Void> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (failure == null) {
                        failure = cause instanceof SQLException sql ? sql
                                : new SQLException("reading " + where() + " failed: " + cause, cause);
                    } else {
                        failure.addSuppressed(cause);
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void work(Connection c, ConcurrentLinkedQueue<Integer> queue, List<Listed> listed, SchemaObject[] read,
                      List<String> warnings, List<String> problems, AtomicInteger done, AtomicBoolean stop)
            throws SQLException {
        Integer next;
        while (!stop.get() && (next = queue.poll()) != null) {
            Listed object = listed.get(next);
            read[next] = readOne(c, object, warnings, problems);
            steps.progress(new Progress("reading " + where(), "object", done.incrementAndGet(), listed.size()));
        }
    }

    private SchemaObject readOne(Connection c, Listed object, List<String> warnings, List<String> problems)
            throws SQLException {
        String kindWord = object.kind() == null ? "view" : object.kind().word();
        String label = kindWord + " " + SqlText.identifier(object.name());
        String sql = showCreate(object);
        String ddl;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                warnings.add(label + " was listed but " + sql + " returned nothing (dropped meanwhile?); left out");
                return null;
            }
            ddl = rs.getString(2);
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                throw e; // the connection is gone: no point in going on
            }
            if (vanished(e)) {
                warnings.add(label + " was listed but is gone now (" + e.getMessage() + "); left out");
                return null;
            }
            unreadable(object, label, sql + " failed: " + e.getMessage(), warnings, problems);
            return null;
        }
        if (ddl == null || ddl.isBlank()) {
            unreadable(object, label, sql + " printed no DDL", warnings, problems);
            return null;
        }
        try {
            SchemaObject parsed = DdlParser.parseObject(ddl, DdlParser.Validation.UNCHECKED);
            if (object.kind() != null && !parsed.kind().equals(object.kind().word())) {
                warnings.add(label + " was listed as a " + kindWord + " but its DDL creates a " + parsed.kind());
            }
            if (object.rollups() && parsed instanceof Table table) {
                return rollups(c, table, object.indexStatements(), label, warnings);
            }
            return parsed;
        } catch (RuntimeException e) {
            unreadable(object, label, "its DDL cannot be read: " + e.getMessage(), warnings, problems);
            return null;
        }
    }

    private Table rollups(Connection c, Table table, Map<String, String> statements, String label,
                          List<String> warnings) throws SQLException {
        try {
            return RollupReader.withRollups(c, where(), table, statements, warnings::add);
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                throw e;
            }
            warnings.add(label + ": its rollups cannot be read (" + RollupReader.describeAll(where(),
                    table.name().name()) + " failed: " + e.getMessage() + "); read without them");
            return table;
        }
    }

    private void unreadable(Listed object, String label, String why, List<String> warnings, List<String> problems) {
        String engine = object.engine();
        boolean foreign = engine != null && !engine.isBlank() && !engine.equalsIgnoreCase("OLAP");
        if (external() || foreign) {
            warnings.add(label + (foreign ? " (engine " + engine + ")" : "") + " cannot be read into the model: "
                    + firstLine(why) + "; left out");
        } else {
            problems.add(label + ": " + firstLine(why));
        }
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl) + " ...";
    }

    private static boolean vanished(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return e.getErrorCode() == 1146 || e.getErrorCode() == 5501 || e.getErrorCode() == 5502
                || m.contains("unknown table") || m.contains("does not exist") || m.contains("not exist");
    }

    private static void close(Connection c, Exception failure) {
        try {
            c.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Configures a {@link SchemaReflector}. */
    public static final class Builder {
        private final ConnectionSource source;
        private String catalog;
        private String database;
        private NameFilter filter = NameFilter.all();
        private int parallelism = 4;
        private Consumer<String> progress = LOG::info;
        private ProgressListener steps = ProgressListener.NONE;
        private boolean skipUnreadable;
        private boolean warnWhenEmpty = true;

        private Builder(ConnectionSource source) {
            this.source = Objects.requireNonNull(source, "connection source");
        }

        /** The catalog; {@code null} (the default) or {@code default_catalog} for StarRocks' own tables. */
        public Builder catalog(String value) {
            this.catalog = value;
            return this;
        }

        /** The database to read (required). */
        public Builder database(String value) {
            this.database = value;
            return this;
        }

        /** Only objects whose names pass the filter are read. */
        public Builder filter(NameFilter value) {
            this.filter = Objects.requireNonNull(value, "filter");
            return this;
        }

        /** How many connections read in parallel (1..16, default 4). */
        public Builder parallelism(int value) {
            if (value < 1 || value > 16) {
                throw new IllegalArgumentException("parallelism must be 1..16, got " + value);
            }
            this.parallelism = value;
            return this;
        }

        /** Receives a line saying what is read: how many objects of which kinds (default: logged at INFO). */
        public Builder progress(Consumer<String> value) {
            this.progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        /** Receives each object read, as object n of m (from several threads when reading in parallel). */
        public Builder progressListener(ProgressListener value) {
            this.steps = Objects.requireNonNull(value, "progressListener");
            return this;
        }

        /**
         * Leave out (with a warning) objects of {@code default_catalog} that cannot be read, instead of failing.
         * Use for inspection only: a diff against such a schema would propose to create what was left out.
         */
        public Builder skipUnreadable(boolean value) {
            this.skipUnreadable = value;
            return this;
        }

        /**
         * Whether a database without tables or views gets a warning (default: yes). Reading a database as the
         * schema (inspect, check) warns, as a wrong database name or missing privileges look just like that; a look-up
         * of objects that may not exist yet ({@code createAll}, {@code dropAll}) does not, as an empty database is
         * where those start.
         */
        public Builder warnWhenEmpty(boolean value) {
            this.warnWhenEmpty = value;
            return this;
        }

        public SchemaReflector build() {
            if (database == null || database.isBlank()) {
                throw new IllegalArgumentException("no database to read: give one, e.g. jdbc:starrocks://host:9030/db");
            }
            return new SchemaReflector(this);
        }
    }
}
