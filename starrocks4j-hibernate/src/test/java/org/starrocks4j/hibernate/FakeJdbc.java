package org.starrocks4j.hibernate;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A JDBC stand-in for tests without a server: connections that record every statement Hibernate prepares or runs
 * and answer queries from a table of canned rows (empty by default). Its metadata calls the product MySQL, as
 * Connector/J does for StarRocks.
 */
final class FakeJdbc implements DataSource {

    final List<String> statements = Collections.synchronizedList(new ArrayList<>());
    private final Function<String, List<List<Object>>> answers;

    FakeJdbc(Function<String, List<List<Object>>> answers) {
        this.answers = answers;
    }

    /** A server that answers {@code SELECT current_version()} like StarRocks {@code version}. */
    static FakeJdbc starRocks(String version) {
        return new FakeJdbc(sql -> sql.equalsIgnoreCase("SELECT current_version()")
                ? List.of(List.of(version)) : List.of());
    }

    /** A MySQL server: {@code current_version()} does not exist. */
    static FakeJdbc mySql() {
        return new FakeJdbc(sql -> {
            if (sql.contains("current_version")) {
                throw new IllegalStateException("FUNCTION current_version does not exist");
            }
            return sql.contains("@@version_comment") ? List.of(List.of("MySQL Community Server - GPL")) : List.of();
        });
    }

    @Override
    public Connection getConnection() {
        return connection();
    }

    @Override
    public Connection getConnection(String username, String password) {
        return connection();
    }

    Connection connection() {
        Connection[] self = new Connection[1];
        self[0] = proxy(Connection.class, (method, args) -> switch (method) {
            case "prepareStatement", "prepareCall" -> statement((String) args[0], self[0]);
            case "createStatement" -> statement(null, self[0]);
            case "getMetaData" -> metadata(self[0]);
            case "getAutoCommit", "isValid" -> true;
            case "getCatalog" -> "test";
            case "unwrap" -> null;
            default -> null;
        });
        return self[0];
    }

    private Object statement(String prepared, Connection connection) {
        if (prepared != null) {
            statements.add(prepared);
        }
        return proxy(java.sql.CallableStatement.class, (method, args) -> switch (method) {
            case "executeQuery" -> resultSet(run(prepared, args));
            case "execute" -> {
                run(prepared, args);
                yield false;
            }
            case "executeUpdate", "executeLargeUpdate" -> {
                run(prepared, args);
                yield 1;
            }
            case "getUpdateCount" -> -1;
            case "executeBatch" -> new int[0];
            case "getConnection" -> connection;
            default -> null;
        });
    }

    /** Runs a prepared statement, or the SQL text given to a plain statement (recorded here). */
    private List<List<Object>> run(String prepared, Object[] args) {
        String sql = prepared;
        if (sql == null) {
            sql = (String) args[0];
            statements.add(sql);
        }
        try {
            return answers.apply(sql);
        } catch (IllegalStateException e) {
            throw new FakeSqlException(e.getMessage());
        }
    }

    /** Thrown through the proxies as the server's error. */
    static final class FakeSqlException extends RuntimeException {
        FakeSqlException(String message) {
            super(message);
        }
    }

    private static ResultSet resultSet(List<List<Object>> rows) {
        int[] row = {-1};
        Object[] last = new Object[1];
        int columns = rows.isEmpty() ? 1 : rows.get(0).size();
        ResultSetMetaData meta = proxy(ResultSetMetaData.class, (method, args) -> switch (method) {
            case "getColumnCount" -> columns;
            case "getColumnLabel", "getColumnName" -> "c" + args[0];
            default -> null;
        });
        return proxy(ResultSet.class, (method, args) -> {
            switch (method) {
                case "next":
                    return ++row[0] < rows.size();
                case "getMetaData":
                    return meta;
                case "wasNull":
                    return last[0] == null;
                case "getString":
                    last[0] = rows.get(row[0]).get((Integer) args[0] - 1);
                    return last[0] == null ? null : last[0].toString();
                case "getObject":
                    last[0] = rows.get(row[0]).get((Integer) args[0] - 1);
                    return last[0];
                case "getLong":
                    last[0] = rows.get(row[0]).get((Integer) args[0] - 1);
                    return last[0] == null ? 0L : ((Number) last[0]).longValue();
                default:
                    return null;
            }
        });
    }

    private DatabaseMetaData metadata(Connection connection) {
        return proxy(DatabaseMetaData.class, (method, args) -> switch (method) {
            case "getDatabaseProductName" -> "MySQL";
            case "getDatabaseProductVersion" -> "8.0.33";
            case "getDatabaseMajorVersion" -> 8;
            case "getDatabaseMinorVersion" -> 0;
            case "getDriverName" -> "MySQL Connector/J";
            case "getSQLKeywords" -> "";
            case "getConnection" -> connection;
            case "getURL" -> "jdbc:mysql://127.0.0.1:9030/test";
            default -> null;
        });
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(String method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Handler handler) {
        return (T) Proxy.newProxyInstance(FakeJdbc.class.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            Object result;
            try {
                result = handler.handle(m.getName(), a);
            } catch (FakeSqlException e) {
                throw new SQLException(e.getMessage(), "42000", 1064);
            }
            Class<?> r = m.getReturnType();
            if (result == null && r.isPrimitive() && r != void.class) {
                return r == boolean.class ? Boolean.FALSE : r == long.class ? (Object) 0L : r == double.class
                        ? (Object) 0d : r == float.class ? (Object) 0f : r == short.class ? (Object) (short) 0
                        : r == byte.class ? (Object) (byte) 0 : (Object) 0;
            }
            return result;
        });
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) {
        return null;
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
