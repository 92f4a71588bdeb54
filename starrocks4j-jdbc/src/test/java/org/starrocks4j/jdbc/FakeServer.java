package org.starrocks4j.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * A JDBC test double: a {@link Driver} whose connections answer SQL from recorded answers (regex → result rows or
 * an error, or a sequence of answers for repeated polls), and which records every statement sent. Connections,
 * statements and result sets are {@link Proxy} instances, so no mocking library is needed.
 */
final class FakeServer implements Driver {

    /** A result (columns and rows of text) or an error. */
    record Answer(List<String> columns, List<List<String>> rows, SQLException error) {
        static Answer rows(List<String> columns, List<List<String>> rows) {
            return new Answer(columns, rows, null);
        }

        static Answer error(String message) {
            return new Answer(List.of(), List.of(), new SQLException(message, "42000", 1064));
        }

        static Answer empty() {
            return new Answer(List.of(), List.of(), null);
        }
    }

    private record Rule(Pattern pattern, List<Answer> answers, AtomicInteger calls) {
        Answer next() {
            int i = calls.getAndIncrement();
            return answers.get(Math.min(i, answers.size() - 1));
        }
    }

    private final List<Rule> rules = Collections.synchronizedList(new ArrayList<>());
    final List<String> sent = Collections.synchronizedList(new ArrayList<>());
    final List<String> connectUrls = Collections.synchronizedList(new ArrayList<>());
    final List<Properties> connectProperties = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger opened = new AtomicInteger();
    final AtomicInteger open = new AtomicInteger();
    /** Whether {@code setCatalog} is remembered (Connector/J's default) or ignored (databaseTerm=SCHEMA). */
    boolean rememberCatalog = true;

    /** Answers statements matching {@code regex} (case-insensitive, anywhere) with these answers in turn. */
    FakeServer on(String regex, Answer... answers) {
        rules.add(0, new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.DOTALL),
                List.of(answers), new AtomicInteger()));
        return this;
    }

    /** Answers with one row per {@code rows} entry; columns named by {@code columns}. */
    @SafeVarargs
    final FakeServer on(String regex, List<String> columns, List<String>... rows) {
        List<List<String>> copy = new ArrayList<>();
        for (List<String> r : rows) {
            copy.add(r);
        }
        return on(regex, Answer.rows(columns, copy));
    }

    static List<String> row(String... values) {
        return Arrays.asList(values);
    }

    /** A connection as if the delegate driver had opened it. */
    Connection connection() {
        opened.incrementAndGet();
        open.incrementAndGet();
        String[] catalog = {null};
        boolean[] closed = {false};
        InvocationHandler h = (proxy, method, args) -> {
            switch (method.getName()) {
                case "createStatement":
                    return statement();
                case "setCatalog":
                    sent.add("setCatalog " + args[0]);
                    if (rememberCatalog) {
                        catalog[0] = (String) args[0];
                    }
                    return null;
                case "getCatalog":
                    return catalog[0];
                case "close":
                    if (!closed[0]) {
                        closed[0] = true;
                        open.decrementAndGet();
                    }
                    return null;
                case "isClosed":
                    return closed[0];
                case "toString":
                    return "FakeConnection";
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                default:
                    throw new UnsupportedOperationException("FakeServer connection: " + method.getName());
            }
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, h);
    }

    private Statement statement() {
        ResultSet[] current = {null};
        InvocationHandler h = (proxy, method, args) -> {
            switch (method.getName()) {
                case "executeQuery": {
                    Answer a = answer((String) args[0]);
                    return resultSet(a);
                }
                case "execute": {
                    Answer a = answer((String) args[0]);
                    current[0] = a.columns().isEmpty() ? null : resultSet(a);
                    return current[0] != null;
                }
                case "executeUpdate":
                    answer((String) args[0]);
                    return 0;
                case "getResultSet":
                    return current[0];
                case "close":
                    return null;
                case "toString":
                    return "FakeStatement";
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                default:
                    throw new UnsupportedOperationException("FakeServer statement: " + method.getName());
            }
        };
        return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Statement.class}, h);
    }

    private Answer answer(String sql) throws SQLException {
        sent.add(sql);
        List<Rule> snapshot;
        synchronized (rules) {
            snapshot = new ArrayList<>(rules);
        }
        for (Rule r : snapshot) {
            if (r.pattern().matcher(sql).find()) {
                Answer a = r.next();
                if (a.error() != null) {
                    throw new SQLException(a.error().getMessage(), a.error().getSQLState(), a.error().getErrorCode());
                }
                return a;
            }
        }
        throw new SQLException("FakeServer has no answer for: " + sql, "42000", 1064);
    }

    private ResultSet resultSet(Answer a) {
        int[] row = {-1};
        boolean[] wasNull = {false};
        ResultSetMetaData meta = (ResultSetMetaData) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ResultSetMetaData.class}, (p, m, args) -> switch (m.getName()) {
                    case "getColumnCount" -> a.columns().size();
                    case "getColumnLabel", "getColumnName" -> a.columns().get((Integer) args[0] - 1);
                    default -> throw new UnsupportedOperationException("FakeServer metadata: " + m.getName());
                });
        InvocationHandler h = (proxy, method, args) -> {
            switch (method.getName()) {
                case "next":
                    return ++row[0] < a.rows().size();
                case "getMetaData":
                    return meta;
                case "getString":
                case "getObject": {
                    int col = args[0] instanceof Integer i ? i : index(a, (String) args[0]);
                    String v = a.rows().get(row[0]).get(col - 1);
                    wasNull[0] = v == null;
                    return v;
                }
                case "getBytes": {
                    String v = a.rows().get(row[0]).get((Integer) args[0] - 1);
                    return v == null ? null : v.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                case "wasNull":
                    return wasNull[0];
                case "close":
                    return null;
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                default:
                    throw new UnsupportedOperationException("FakeServer result set: " + method.getName());
            }
        };
        return (ResultSet) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ResultSet.class}, h);
    }

    private static int index(Answer a, String label) throws SQLException {
        for (int i = 0; i < a.columns().size(); i++) {
            if (a.columns().get(i).equalsIgnoreCase(label)) {
                return i + 1;
            }
        }
        throw new SQLException("no column " + label);
    }

    /** The statements sent that match {@code regex}. */
    List<String> sentMatching(String regex) {
        Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
        synchronized (sent) {
            return sent.stream().filter(s -> p.matcher(s).find()).toList();
        }
    }

    // --- java.sql.Driver: the delegate a StarRocksDriver is built on ---

    @Override
    public Connection connect(String url, Properties info) {
        if (!acceptsURL(url)) {
            return null;
        }
        connectUrls.add(url);
        connectProperties.add(info);
        return connection();
    }

    @Override
    public boolean acceptsURL(String url) {
        return url.startsWith("jdbc:mysql:");
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }
}
