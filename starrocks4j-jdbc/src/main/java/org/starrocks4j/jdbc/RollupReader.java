package org.starrocks4j.jdbc;

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
import java.util.function.Consumer;
import org.starrocks4j.schema.Rollup;
import org.starrocks4j.schema.Table;
import org.starrocks4j.sql.SqlText;

/**
 * Reads a table's rollups, which {@code SHOW CREATE TABLE} does not print, from {@code DESC db.t ALL}: one block of
 * rows per index ({@code IndexName} on its first row, then {@code Field} per column), the base table first. An index
 * holding anything but the table's columns is a synchronous materialized view ({@code CREATE MATERIALIZED VIEW ...
 * AS SELECT k, sum(v) ...}), which the model does not hold; it is left out with a warning. The output shows neither a
 * rollup's properties nor whether its duplicate key was stated, so rollups are read with neither.
 */
final class RollupReader {

    private RollupReader() {
    }

    /** The statement that lists the indexes of {@code table} in {@code where} (a quoted database, maybe a catalog). */
    static String describeAll(String where, String table) {
        return "DESC " + where + "." + SqlText.identifier(table) + " ALL";
    }

    /** {@code table} with the rollups {@code DESC ... ALL} shows. */
    static Table withRollups(Connection c, String where, Table table, Consumer<String> warnings) throws SQLException {
        String sql = describeAll(where, table.name().name());
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int indexName = column(rs.getMetaData(), "IndexName", sql);
            int field = column(rs.getMetaData(), "Field", sql);
            List<String> current = null;
            while (rs.next()) {
                String name = text(rs.getString(indexName));
                if (!name.isEmpty()) {
                    current = indexes.computeIfAbsent(name, n -> new ArrayList<>());
                }
                String column = text(rs.getString(field));
                if (current != null && !column.isEmpty()) {
                    current.add(column);
                }
            }
        }
        List<Rollup> rollups = new ArrayList<>();
        indexes.forEach((name, columns) -> {
            if (name.equalsIgnoreCase(table.name().name()) || columns.isEmpty()) {
                return; // the base index
            }
            List<String> unknown = columns.stream().filter(col -> table.column(col).isEmpty()).toList();
            if (unknown.isEmpty()) {
                rollups.add(new Rollup(name, columns, List.of(), Map.of()));
            } else {
                warnings.accept("table " + SqlText.identifier(table.name().name()) + " has the synchronous "
                        + "materialized view " + SqlText.identifier(name) + " (columns " + String.join(", ", unknown)
                        + " are computed), which the model does not hold; left out");
            }
        });
        return rollups.isEmpty() ? table : table.toBuilder().rollups(rollups).buildUnchecked();
    }

    private static int column(ResultSetMetaData meta, String label, String sql) throws SQLException {
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (meta.getColumnLabel(i).toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        throw new SQLException("unexpected answer to " + sql + ": no column " + label);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
