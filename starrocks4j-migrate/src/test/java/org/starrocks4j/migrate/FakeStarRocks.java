package org.starrocks4j.migrate;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A JDBC test double that answers the runner's statements as a StarRocks server would: the version table (a
 * PRIMARY KEY table: INSERT, UPDATE and DELETE by key), the lock view (CREATE VIEW of an existing name fails with
 * error 1050), and any other statement is accepted and recorded, unless a failure was scripted for it. Other
 * modules' tests use it through this module's test-jar.
 */
public final class FakeStarRocks {

    /** Tables and views by name; the version table's rows by revision. */
    final Map<String, Map<String, Map<String, String>>> tables = new TreeMap<>();
    final Map<String, Map<String, String>> views = new TreeMap<>();
    /** Every statement received, in order. */
    final List<String> log = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();

    private record Failure(Predicate<String> when, SQLException error, int[] remaining) {
    }

    /** Scripted answers to SHOW ALTER TABLE COLUMN for a table: one state per poll, the last one repeated. */
    private final Map<String, List<String[]>> jobs = new TreeMap<>();
    /** How many SHOW ALTER TABLE queries were answered. */
    int jobPolls;

    /** The newest COLUMN job of {@code table} reports these (state, message) pairs, one per poll. */
    FakeStarRocks job(String table, long jobId, String... statesAndMessages) {
        List<String[]> answers = new ArrayList<>();
        for (int i = 0; i < statesAndMessages.length; i += 2) {
            answers.add(new String[] {String.valueOf(jobId), statesAndMessages[i], statesAndMessages[i + 1]});
        }
        jobs.put(table, answers);
        return this;
    }

    /** The next {@code times} statements matching {@code when} fail with {@code error}. */
    public FakeStarRocks failOn(Predicate<String> when, SQLException error, int times) {
        failures.add(new Failure(when, error, new int[] {times}));
        return this;
    }

    /** Statements that are not bookkeeping (version table, lock view). */
    public List<String> userStatements() {
        return log.stream().filter(s -> !s.contains("starrocks4j_version")).toList();
    }

    /** A data source whose every connection talks to this server. */
    public DataSource dataSource() {
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "getConnection" -> connection();
            case "toString" -> "FakeStarRocks data source";
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> throw new UnsupportedOperationException("FakeStarRocks data source: " + method.getName());
        };
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                handler);
    }

    Connection connection() {
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "createStatement" -> statement();
            case "isClosed" -> false;
            case "getAutoCommit" -> true;
            case "close", "setAutoCommit" -> null;
            case "unwrap" -> null;
            case "isWrapperFor" -> false;
            case "toString" -> "FakeStarRocks";
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> throw new UnsupportedOperationException("FakeStarRocks connection: " + method.getName());
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    private Statement statement() {
        ResultSet[] last = new ResultSet[1];
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "execute" -> {
                last[0] = run((String) args[0]);
                yield last[0] != null;
            }
            case "executeQuery" -> {
                ResultSet rs = run((String) args[0]);
                if (rs == null) {
                    throw new SQLException("not a query: " + args[0]);
                }
                yield rs;
            }
            case "executeUpdate" -> {
                run((String) args[0]);
                yield 0;
            }
            case "getResultSet" -> last[0];
            case "getUpdateCount" -> -1;
            case "close" -> null;
            case "toString" -> "FakeStarRocks statement";
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> throw new UnsupportedOperationException("FakeStarRocks statement: " + method.getName());
        };
        return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Statement.class},
                handler);
    }

    private static final Pattern CREATE_TABLE = Pattern.compile("(?s)CREATE TABLE IF NOT EXISTS `([^`]+)`.*");
    private static final Pattern SELECT = Pattern.compile("(?s)SELECT (.+) FROM `([^`]+)`");
    private static final Pattern INSERT = Pattern.compile("(?s)INSERT INTO `([^`]+)` \\((.+?)\\) VALUES \\((.*)\\)");
    private static final Pattern UPDATE = Pattern.compile("(?s)UPDATE `([^`]+)` SET (.*) WHERE `revision` = (.*)");
    private static final Pattern DELETE = Pattern.compile("(?s)DELETE FROM `([^`]+)` WHERE `revision` = (.*)");
    private static final Pattern CREATE_VIEW =
            Pattern.compile("(?s)CREATE VIEW `([^`]+)` AS SELECT (.+) AS `holder`, (.+) AS `since`");
    private static final Pattern SHOW_ALTER =
            Pattern.compile("SHOW ALTER TABLE COLUMN WHERE TableName = '([^']+)' ORDER BY JobId DESC LIMIT 1");
    private static final Pattern DROP_VIEW = Pattern.compile("DROP VIEW (IF EXISTS )?`([^`]+_lock)`");

    private ResultSet run(String sql) throws SQLException {
        log.add(sql);
        for (Failure f : failures) {
            if (f.remaining()[0] > 0 && f.when().test(sql)) {
                f.remaining()[0]--;
                throw f.error();
            }
        }
        Matcher m;
        if ((m = SHOW_ALTER.matcher(sql)).matches()) {
            jobPolls++;
            List<String[]> answers = jobs.getOrDefault(m.group(1), List.of());
            List<Map<String, String>> rows = new ArrayList<>();
            if (!answers.isEmpty()) {
                String[] a = answers.size() > 1 ? answers.remove(0) : answers.get(0);
                rows.add(Map.of("JobId", a[0], "TableName", m.group(1), "State", a[1], "Msg", a[2],
                        "Progress", "N/A"));
            }
            return resultSet(List.of("JobId", "TableName", "State", "Msg", "Progress"), rows);
        }
        if ((m = CREATE_TABLE.matcher(sql)).matches()) {
            tables.putIfAbsent(m.group(1), new LinkedHashMap<>());
            return null;
        }
        if ((m = CREATE_VIEW.matcher(sql)).matches()) {
            if (views.containsKey(m.group(1)) || tables.containsKey(m.group(1))) {
                throw new SQLException("Table '" + m.group(1) + "' already exists", "42S01", 1050);
            }
            views.put(m.group(1), Map.of("holder", literals(m.group(2)).get(0), "since", literals(m.group(3)).get(0)));
            return null;
        }
        if ((m = DROP_VIEW.matcher(sql)).matches()) {
            if (views.remove(m.group(2)) == null && m.group(1) == null) {
                throw new SQLException("Unknown view '" + m.group(2) + "'", "42S02", 1146);
            }
            return null;
        }
        if ((m = SELECT.matcher(sql)).matches()) {
            List<String> columns = identifiers(m.group(1));
            List<Map<String, String>> rows = new ArrayList<>();
            if (views.containsKey(m.group(2))) {
                rows.add(views.get(m.group(2)));
            } else if (tables.containsKey(m.group(2))) {
                rows.addAll(tables.get(m.group(2)).values());
            } else {
                throw new SQLException("Getting analyzing error. Detail message: Unknown table '" + m.group(2) + "'.",
                        "42S02", 5502);
            }
            return resultSet(columns, rows);
        }
        if ((m = INSERT.matcher(sql)).matches()) {
            Map<String, Map<String, String>> table = table(m.group(1));
            List<String> columns = identifiers(m.group(2));
            List<String> values = literals(m.group(3));
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), values.get(i));
            }
            table.put(row.get("revision"), row); // PRIMARY KEY table: an INSERT of an existing key replaces the row
            return null;
        }
        if ((m = UPDATE.matcher(sql)).matches()) {
            Map<String, Map<String, String>> table = table(m.group(1));
            Map<String, String> row = table.get(literals(m.group(3)).get(0));
            if (row != null) {
                for (String assignment : splitTopLevel(m.group(2))) {
                    int eq = assignment.indexOf(" = ");
                    row.put(identifiers(assignment.substring(0, eq)).get(0),
                            literals(assignment.substring(eq + 3)).get(0));
                }
            }
            return null;
        }
        if ((m = DELETE.matcher(sql)).matches()) {
            table(m.group(1)).remove(literals(m.group(2)).get(0));
            return null;
        }
        return null; // any other DDL: accepted
    }

    private Map<String, Map<String, String>> table(String name) throws SQLException {
        Map<String, Map<String, String>> table = tables.get(name);
        if (table == null) {
            throw new SQLException("Unknown table '" + name + "'", "42S02", 5502);
        }
        return table;
    }

    private static List<String> identifiers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("`((?:[^`]|``)*)`").matcher(text);
        while (m.find()) {
            out.add(m.group(1).replace("``", "`"));
        }
        return out;
    }

    /** Comma-separated SQL literals: 'text' with backslash escapes, NULL, numbers. */
    static List<String> literals(String text) {
        List<String> out = new ArrayList<>();
        for (String part : splitTopLevel(text)) {
            String p = part.strip();
            if (p.equalsIgnoreCase("NULL")) {
                out.add(null);
            } else if (p.startsWith("'")) {
                StringBuilder value = new StringBuilder();
                for (int i = 1; i < p.length() - 1; i++) {
                    char c = p.charAt(i);
                    if (c == '\\') {
                        char next = p.charAt(++i);
                        value.append(switch (next) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            case '0' -> '\0';
                            default -> next;
                        });
                    } else {
                        value.append(c);
                    }
                }
                out.add(value.toString());
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static List<String> splitTopLevel(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '\\') {
                current.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }

    private static ResultSet resultSet(List<String> columns, List<Map<String, String>> rows) {
        int[] cursor = {-1};
        ResultSetMetaData meta = (ResultSetMetaData) Proxy.newProxyInstance(FakeStarRocks.class.getClassLoader(),
                new Class<?>[] {ResultSetMetaData.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getColumnCount" -> columns.size();
                    case "getColumnLabel", "getColumnName" -> columns.get((Integer) args[0] - 1);
                    default -> throw new UnsupportedOperationException("metadata: " + method.getName());
                });
        return (ResultSet) Proxy.newProxyInstance(FakeStarRocks.class.getClassLoader(),
                new Class<?>[] {ResultSet.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "next" -> ++cursor[0] < rows.size();
                    case "getString" -> args[0] instanceof Integer i
                            ? rows.get(cursor[0]).get(columns.get(i - 1)) : rows.get(cursor[0]).get((String) args[0]);
                    case "getMetaData" -> meta;
                    case "close" -> null;
                    case "wasNull" -> false;
                    default -> throw new UnsupportedOperationException("result set: " + method.getName());
                });
    }
}
