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
 * {@code information_schema} listing and {@code SHOW CREATE} of the reflector, {@code SHOW ALTER TABLE}), applies
 * CREATE and DROP statements to the catalog, and records every statement. ALTER statements are recorded only.
 */
public final class FakeCatalog {

    private static final Pattern CREATE = Pattern.compile(
            "(?is)CREATE\\s+(TABLE|VIEW|MATERIALIZED\\s+VIEW)\\s+(IF\\s+NOT\\s+EXISTS\\s+)?`([^`]+)`.*");
    private static final Pattern DROP = Pattern.compile(
            "(?is)DROP\\s+(TABLE|VIEW|MATERIALIZED\\s+VIEW)\\s+(IF\\s+EXISTS\\s+)?`([^`]+)`.*");
    private static final Pattern SHOW_CREATE = Pattern.compile(
            "(?is)SHOW CREATE (TABLE|VIEW|MATERIALIZED VIEW) `test`\\.`([^`]+)`");

    private record Entry(String kind, String ddl) {
    }

    private final String version;
    private final Map<String, Entry> objects = new TreeMap<>();
    /** Every statement received, in order. */
    public final List<String> log = Collections.synchronizedList(new ArrayList<>());

    public FakeCatalog(String version) {
        this.version = version;
    }

    /** Adds an object as if created earlier (not logged). */
    public FakeCatalog with(String ddl) {
        apply(ddl);
        return this;
    }

    public boolean has(String name) {
        return objects.containsKey(name);
    }

    /** Statements other than the reading ones (SELECT, SHOW, ADMIN). */
    public List<String> changes() {
        return log.stream().filter(s -> !s.matches("(?is)\\s*(SELECT|SHOW|ADMIN)\\b.*")).toList();
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
        if (s.startsWith("SELECT TABLE_NAME, IS_ACTIVE, INACTIVE_REASON FROM information_schema.materialized_views")) {
            List<List<String>> out = new ArrayList<>();
            objects.forEach((name, e) -> {
                if (e.kind().equals("MATERIALIZED VIEW")) {
                    out.add(List.of(name, "true", ""));
                }
            });
            return rows(List.of("TABLE_NAME", "IS_ACTIVE", "INACTIVE_REASON"), out);
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

    private void apply(String sql) {
        Matcher m = CREATE.matcher(sql);
        if (m.matches()) {
            String kind = m.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (m.group(2) == null || !objects.containsKey(m.group(3))) {
                objects.put(m.group(3), new Entry(kind, sql.replaceFirst("(?i)IF\\s+NOT\\s+EXISTS\\s+", "")));
            }
            return;
        }
        m = DROP.matcher(sql);
        if (m.matches()) {
            objects.remove(m.group(3));
        }
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
