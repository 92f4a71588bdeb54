package org.starrocks4j.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.starrocks4j.rules.RunMode;
import org.starrocks4j.rules.ServerProfile;
import org.starrocks4j.rules.ServerVersion;

/**
 * What the server is: its StarRocks version and run mode, which decide default PROPERTIES and version-dependent
 * spellings in the diff and the renderer ({@link #profile()}).
 *
 * <p>The version comes from {@code SELECT current_version()} ({@code 3.5.17}, {@code 4.1.1-ee},
 * {@code 26.2.1-rc01}, or {@code main-<hash>} for branch builds, whose number is unknown), falling back to
 * {@code @@version_comment} ("StarRocks version ..."). Never from JDBC metadata or {@code version()}: those report
 * a MySQL compatibility version ({@code 5.1.0}, or {@code 8.0.33} since 3.4).
 *
 * <p>The run mode comes from {@code ADMIN SHOW FRONTEND CONFIG LIKE 'run_mode'}; that needs a system privilege, so
 * when it fails or says nothing, a non-empty {@code SHOW STORAGE VOLUMES} means shared-data, anything else
 * shared-nothing.
 *
 * @param version the server version
 * @param runMode the run mode
 */
public record ServerInfo(ServerVersion version, RunMode runMode) {

    private static final Logger LOG = LoggerFactory.getLogger(ServerInfo.class);
    private static final Pattern VERSION_COMMENT = Pattern.compile("(?i)StarRocks\\s+version\\s+(\\S+)");

    static final String VERSION_QUERY = "SELECT current_version()";
    static final String VERSION_COMMENT_QUERY = "SELECT @@version_comment";
    static final String RUN_MODE_QUERY = "ADMIN SHOW FRONTEND CONFIG LIKE 'run_mode'";
    static final String STORAGE_VOLUMES_QUERY = "SHOW STORAGE VOLUMES";

    public ServerInfo {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(runMode, "run mode");
    }

    /** Reads version and run mode over {@code connection} (a few small queries). */
    public static ServerInfo read(Connection connection) throws SQLException {
        return new ServerInfo(readVersion(connection), readRunMode(connection));
    }

    /** The profile the diff and the renderer use for this server. */
    public ServerProfile profile() {
        return new ServerProfile(version, runMode);
    }

    /** The server version; fails when the server answers neither query like a StarRocks FE. */
    public static ServerVersion readVersion(Connection connection) throws SQLException {
        SQLException first;
        try {
            String text = single(connection, VERSION_QUERY);
            return ServerVersion.parse(text == null ? "" : text);
        } catch (SQLException e) {
            first = e;
        }
        try {
            String comment = single(connection, VERSION_COMMENT_QUERY);
            Matcher m = comment == null ? null : VERSION_COMMENT.matcher(comment);
            if (m != null && m.find()) {
                return ServerVersion.parse(m.group(1));
            }
        } catch (SQLException e) {
            first.addSuppressed(e);
        }
        throw new SQLException("cannot tell the StarRocks version: " + VERSION_QUERY + " failed (" + first.getMessage()
                + ") and @@version_comment names no StarRocks version; is this a StarRocks FE?", first);
    }

    /** The run mode: from the FE config when readable, else from the storage volumes. */
    public static RunMode readRunMode(Connection connection) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(RUN_MODE_QUERY)) {
            if (rs.next()) {
                String value = rs.getString(valueColumn(rs.getMetaData()));
                if (value != null && !value.isBlank()) {
                    return RunMode.parse(value);
                }
            }
        } catch (SQLException | IllegalArgumentException e) {
            LOG.debug("{} failed ({}); inferring the run mode from the storage volumes", RUN_MODE_QUERY,
                    e.getMessage());
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(STORAGE_VOLUMES_QUERY)) {
            return rs.next() ? RunMode.SHARED_DATA : RunMode.SHARED_NOTHING;
        } catch (SQLException e) {
            LOG.debug("{} failed ({}); assuming shared_nothing", STORAGE_VOLUMES_QUERY, e.getMessage());
            return RunMode.SHARED_NOTHING;
        }
    }

    /** The column labelled {@code Value} (Key, AliasNames, Value, Type, ...), else the third. */
    private static int valueColumn(ResultSetMetaData meta) throws SQLException {
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (meta.getColumnLabel(i).toLowerCase(Locale.ROOT).equals("value")) {
                return i;
            }
        }
        return Math.min(3, meta.getColumnCount());
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Override
    public String toString() {
        return "StarRocks " + version + " (" + runMode.name().toLowerCase(Locale.ROOT) + ")";
    }
}
