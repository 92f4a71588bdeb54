package org.starrocks4j.migrate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one SQL statement at a time on a JDBC connection and logs it at DEBUG (logger
 * {@code org.starrocks4j.migrate.sql}), with secrets in the text masked by {@link SqlRedaction}.
 */
public final class SqlSession {

    private static final Logger SQL_LOG = LoggerFactory.getLogger("org.starrocks4j.migrate.sql");

    private final Connection connection;

    public SqlSession(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    public Connection connection() {
        return connection;
    }

    /** Executes one statement. */
    public void execute(String sql) throws SQLException {
        if (SQL_LOG.isDebugEnabled()) {
            SQL_LOG.debug("execute: {}", SqlRedaction.redact(sql));
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Runs a query; each row maps lower-cased column labels to values as text ({@code null} for SQL NULL). */
    public List<Map<String, String>> query(String sql) throws SQLException {
        if (SQL_LOG.isDebugEnabled()) {
            SQL_LOG.debug("query: {}", SqlRedaction.redact(sql));
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
