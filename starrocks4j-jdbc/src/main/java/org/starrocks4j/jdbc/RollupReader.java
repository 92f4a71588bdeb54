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
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.starrocks4j.lexical.SqlText;
import org.starrocks4j.operation.Operation;
import org.starrocks4j.operation.TableOperation;
import org.starrocks4j.schema.Rollup;
import org.starrocks4j.schema.SyncMaterializedView;
import org.starrocks4j.schema.Table;
import org.starrocks4j.sql.DdlParser;

/**
 * Reads a table's rollups and synchronous materialized views, which {@code SHOW CREATE TABLE} does not print, from
 * {@code DESC db.t ALL}: one block of rows per index ({@code IndexName} on its first row, then {@code Field} per
 * column), the base table first. An index that {@code information_schema.materialized_views} lists with the
 * {@code CREATE MATERIALIZED VIEW} that made it is a synchronous materialized view, read from that statement; the
 * listing gives a rollup a statement of the server's own making instead
 * ({@code create materialized view r as select k1,k2,SUM(v) from t group by k1,k2}), or none. The output shows
 * neither a rollup's properties nor whether its duplicate key was stated, so rollups are read with neither.
 *
 * <p>The listing deletes the statement's line breaks: one written on several lines may glue words together and
 * not read; such a view, and an index holding computed columns without a statement, is left out with a warning.
 * starrocks4j writes the statement on one line.
 */
final class RollupReader {

    private RollupReader() {
    }

    /** The statement that lists the indexes of {@code table} in {@code where} (a quoted database, maybe a catalog). */
    static String describeAll(String where, String table) {
        return "DESC " + where + "." + SqlText.identifier(table) + " ALL";
    }

    /** How the listing spells a statement it made up for a rollup (its own CREATE, when none was kept). */
    private static final Pattern SERVER_MADE = Pattern.compile(
            "create materialized view (.+) as select \\S+ from (.+) group by \\S+");

    /**
     * {@code table} with the rollups and synchronous materialized views {@code DESC ... ALL} shows.
     *
     * @param statements the listing's statement for each index name, of this table and others
     */
    static Table withRollups(Connection c, String where, Table table, Map<String, String> statements,
                             Consumer<String> warnings) throws SQLException {
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
        List<SyncMaterializedView> views = new ArrayList<>();
        String label = "table " + SqlText.identifier(table.name().name());
        indexes.forEach((name, columns) -> {
            if (name.equalsIgnoreCase(table.name().name()) || columns.isEmpty()) {
                return; // the base index
            }
            String statement = statements.get(name);
            if (statement != null && !SERVER_MADE.matcher(statement.strip()).matches()) {
                syncView(table, name, statement).ifPresentOrElse(views::add, () -> warnings.accept(label
                        + " has the synchronous materialized view " + SqlText.identifier(name) + ", whose statement "
                        + "as the server lists it does not read as one of this table (its line breaks are deleted, "
                        + "and it names the table as it was called then): " + statement.strip() + "; left out (drop "
                        + "it and create it again, on one line, to manage it)"));
                return;
            }
            List<String> unknown = columns.stream().filter(col -> table.column(col).isEmpty()).toList();
            if (unknown.isEmpty()) {
                rollups.add(new Rollup(name, columns, List.of(), Map.of()));
            } else {
                warnings.accept(label + " has the synchronous materialized view " + SqlText.identifier(name)
                        + " (columns " + String.join(", ", unknown) + " are computed), whose statement the server does "
                        + "not list; left out");
            }
        });
        if (rollups.isEmpty() && views.isEmpty()) {
            return table;
        }
        return table.toBuilder().rollups(rollups).syncMaterializedViews(views).buildUnchecked();
    }

    /**
     * The synchronous materialized view {@code name} of {@code table} from the statement that made it; empty when the
     * statement does not read as one of this table (glued words; or the table was renamed since, as the statement is
     * kept as written).
     */
    private static Optional<SyncMaterializedView> syncView(Table table, String name, String statement) {
        Operation op;
        try {
            op = DdlParser.parseStatement(statement, DdlParser.Validation.UNCHECKED);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        return op instanceof TableOperation.CreateSyncMaterializedView create
                && create.view().name().equalsIgnoreCase(name)
                && create.target().name().equals(table.name().name()) ? Optional.of(create.view()) : Optional.empty();
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
