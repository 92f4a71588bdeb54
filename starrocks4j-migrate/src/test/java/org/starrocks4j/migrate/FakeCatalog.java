package org.starrocks4j.migrate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.starrocks4j.jdbc.ConnectionSource;

/**
 * A StarRocks catalog for tests without a server: one database ({@code test}) whose tables, views and materialized
 * views are kept as their DDL. It answers what starrocks4j asks a server (version, current database, the
 * {@code information_schema} listing and {@code SHOW CREATE} of the reflector, {@code DESC t ALL},
 * {@code SHOW ALTER TABLE}), applies CREATE and DROP statements to the catalog as the server does (a second CREATE
 * of a name fails without IF NOT EXISTS; a CREATE MATERIALIZED VIEW with neither REFRESH nor DISTRIBUTED BY makes a
 * synchronous materialized view, an index of its table, which the MV listing shows with its statement, line breaks
 * deleted), and records every statement. ALTER statements are recorded only.
 */
public final class FakeCatalog {

    private static final Pattern CREATE = Pattern.compile(
            "(?is)CREATE\\s+(TABLE|VIEW|MATERIALIZED\\s+VIEW)\\s+(IF\\s+NOT\\s+EXISTS\\s+)?`([^`]+)`.*");
    private static final Pattern DROP = Pattern.compile(
            "(?is)DROP\\s+(TABLE|VIEW|MATERIALIZED\\s+VIEW)\\s+(IF\\s+EXISTS\\s+)?`([^`]+)`.*");
    private static final Pattern DESC_ALL = Pattern.compile("(?is)DESC `test`\\.`([^`]+)` ALL");
    private static final Pattern SHOW_CREATE = Pattern.compile(
            "(?is)SHOW CREATE (TABLE|VIEW|MATERIALIZED VIEW) `test`\\.`([^`]+)`");

    private static final Pattern FROM_TABLE = Pattern.compile("(?is).*\\bFROM\\s+`?([^`\\s]+)`?.*");

    private record Entry(String kind, String ddl) {
    }

    /** A synchronous materialized view: its table and its statement as the MV listing prints it. */
    private record SyncView(String table, String statement) {
    }

    private final String version;
    private final Map<String, Entry> objects = new TreeMap<>();
    private final Map<String, SyncView> syncViews = new TreeMap<>();
    /** Every statement received, in order. */
    public final List<String> log = Collections.synchronizedList(new ArrayList<>());

    public FakeCatalog(String version) {
        this.version = version;
    }

    /** Adds an object as if created earlier (not logged). */
    public FakeCatalog with(String ddl) {
        try {
            apply(ddl);
        } catch (SQLException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return this;
    }

    public boolean has(String name) {
        return objects.containsKey(name);
    }

    /** Statements other than the reading ones (SELECT, SHOW, ADMIN, DESC). */
    public List<String> changes() {
        return log.stream().filter(s -> !s.matches("(?is)\\s*(SELECT|SHOW|ADMIN|DESC)\\b.*")).toList();
    }

    public ConnectionSource source() {
        return this::connection;
    }

    public DataSource dataSource() {
        return proxy(DataSource.class, (method, args) -> method.getName().equals("getConnection") ? connection()
                : null);
    }

    public Connection connection() {
        return proxy(Connection.class, (method, args) -> switch (method.getName()) {
            case "createStatement", "prepareStatement" -> statement(args != null && args.length > 0
                    && args[0] instanceof String s ? s : null);
            case "getAutoCommit", "isValid" -> true;
            default -> null;
        });
    }

    private Object statement(String prepared) {
        return proxy(java.sql.PreparedStatement.class, (method, args) -> switch (method.getName()) {
            case "executeQuery" -> run(prepared != null ? prepared : (String) args[0]);
            case "execute" -> {
                run(prepared != null ? prepared : (String) args[0]);
                yield false;
            }
            case "executeUpdate" -> {
                run(prepared != null ? prepared : (String) args[0]);
                yield 0;
            }
            case "getUpdateCount" -> -1;
            default -> null;
        });
    }

    private synchronized ResultSet run(String sql) throws SQLException {
        log.add(sql);
        String s = sql.strip();
        if (s.equalsIgnoreCase("SELECT database()")) {
            return rows(List.of("database()"), List.of(List.of("test")));
        }
        if (s.equalsIgnoreCase("SELECT current_version()")) {
            return rows(List.of("current_version()"), List.of(List.of(version)));
        }
        if (s.startsWith("SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.tables")) {
            List<List<String>> out = new ArrayList<>();
            objects.forEach((name, e) -> out.add(List.of(name, e.kind().equals("TABLE") ? "BASE TABLE" : "VIEW")));
            return rows(List.of("TABLE_NAME", "TABLE_TYPE"), out);
        }
        if (s.startsWith("SELECT TABLE_NAME, IS_ACTIVE, INACTIVE_REASON, REFRESH_TYPE, MATERIALIZED_VIEW_DEFINITION "
                + "FROM information_schema.materialized_views")) {
            List<List<String>> out = new ArrayList<>();
            objects.forEach((name, e) -> {
                if (e.kind().equals("MATERIALIZED VIEW")) {
                    out.add(List.of(name, "true", "", "MANUAL", e.ddl()));
                }
            });
            syncViews.forEach((name, v) -> out.add(List.of(name, "true", "", "ROLLUP", v.statement())));
            return rows(List.of("TABLE_NAME", "IS_ACTIVE", "INACTIVE_REASON", "REFRESH_TYPE",
                    "MATERIALIZED_VIEW_DEFINITION"), out);
        }
        Matcher desc = DESC_ALL.matcher(s);
        if (desc.matches()) {
            List<List<String>> out = new ArrayList<>();
            out.add(descRow(desc.group(1)));
            syncViews.forEach((name, v) -> {
                if (v.table().equals(desc.group(1))) {
                    out.add(descRow(name));
                }
            });
            return rows(List.of("IndexName", "IndexKeysType", "Field", "Type", "Null", "Key", "Default", "Extra"),
                    out);
        }
        if (s.startsWith("SELECT TABLE_NAME, TABLE_ENGINE FROM information_schema.tables_config")) {
            List<List<String>> out = new ArrayList<>();
            objects.forEach((name, e) -> out.add(List.of(name, "OLAP")));
            return rows(List.of("TABLE_NAME", "TABLE_ENGINE"), out);
        }
        Matcher m = SHOW_CREATE.matcher(s);
        if (m.matches()) {
            Entry e = objects.get(m.group(2));
            if (e == null) {
                throw new SQLException("Unknown table '" + m.group(2) + "'", "42S02", 1146);
            }
            return rows(List.of("Table", "Create Table"), List.of(List.of(m.group(2), e.ddl())));
        }
        if (s.regionMatches(true, 0, "SHOW ALTER TABLE", 0, 16) || s.startsWith("ADMIN SHOW")
                || s.equalsIgnoreCase("SHOW STORAGE VOLUMES")) {
            return rows(List.of("JobId", "TableName", "State", "Msg", "Progress"), List.of());
        }
        apply(s);
        return null;
    }

    private void apply(String sql) throws SQLException {
        Matcher m = CREATE.matcher(sql);
        if (m.matches()) {
            String kind = m.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            String name = m.group(3);
            if (kind.equals("MATERIALIZED VIEW") && synchronous(sql)) {
                createSyncView(name, sql);
                return;
            }
            if (objects.containsKey(name) || syncViews.containsKey(name)) {
                if (m.group(2) != null) {
                    return;
                }
                throw new SQLException("Table '" + name + "' already exists", "42S01", 1050);
            }
            objects.put(name, new Entry(kind, sql.replaceFirst("(?i)IF\\s+NOT\\s+EXISTS\\s+", "")));
            return;
        }
        Matcher drop = DROP.matcher(sql);
        if (drop.matches()) {
            String name = drop.group(3);
            if (objects.remove(name) == null) {
                syncViews.remove(name);
            }
            syncViews.values().removeIf(v -> v.table().equals(name));
        }
    }

    /** As the server: the table its query reads gets it; IF NOT EXISTS is ignored; the listing loses line breaks. */
    private void createSyncView(String name, String sql) throws SQLException {
        Matcher from = FROM_TABLE.matcher(sql);
        if (!from.matches() || !objects.containsKey(from.group(1))) {
            throw new SQLException("Unknown table in " + sql, "42S02", 1146);
        }
        if (objects.containsKey(name) || syncViews.containsKey(name)) {
            throw new SQLException("Materialized view[" + name + "] already exists", "HY000", 1064);
        }
        String listed = sql.replace("\n", "").replace("\t", "").replaceAll(" +", " ");
        syncViews.put(name, new SyncView(from.group(1), listed));
    }

    /** Neither REFRESH (but SYNC) nor DISTRIBUTED BY before the query, which the renderer starts on its own line. */
    private static boolean synchronous(String sql) {
        int as = sql.indexOf("\nAS ");
        String head = sql.substring(0, as >= 0 ? as : Math.max(0, sql.indexOf(" AS ")));
        return !head.matches("(?is).*\\b(DISTRIBUTED|REFRESH(?!\\s+SYNC))\\b.*");
    }

    private static List<String> descRow(String index) {
        return java.util.Arrays.asList(index, "DUP_KEYS", "c", "INT", "Yes", "true", null, "");
    }

    private static ResultSet rows(List<String> labels, List<List<String>> rows) {
        int[] at = {-1};
        ResultSetMetaData meta = proxy(ResultSetMetaData.class, (method, args) -> switch (method.getName()) {
            case "getColumnCount" -> labels.size();
            case "getColumnLabel", "getColumnName" -> labels.get((Integer) args[0] - 1);
            default -> null;
        });
        return proxy(ResultSet.class, (method, args) -> switch (method.getName()) {
            case "next" -> ++at[0] < rows.size();
            case "getMetaData" -> meta;
            case "getString" -> args[0] instanceof Integer i ? rows.get(at[0]).get(i - 1)
                    : rows.get(at[0]).get(labels.indexOf((String) args[0]));
            default -> null;
        });
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(Method method, Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Handler handler) {
        return (T) Proxy.newProxyInstance(FakeCatalog.class.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> {
                    Object result;
                    try {
                        result = handler.handle(method, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    Class<?> r = method.getReturnType();
                    if (result == null && r.isPrimitive() && r != void.class) {
                        return r == boolean.class ? Boolean.FALSE : r == long.class ? (Object) 0L : (Object) 0;
                    }
                    return result;
                });
    }
}
