package org.starrocks4j.schema;

import java.util.Map;
import java.util.Objects;

/**
 * A synchronous materialized view of a table: an index of the table (like a {@link Rollup}) that the server keeps in
 * step with every load, holding the result of a single-table query ({@code CREATE MATERIALIZED VIEW mv AS SELECT k,
 * sum(v) FROM t GROUP BY k}), and that queries on the table are rewritten to. StarRocks makes a
 * {@code CREATE MATERIALIZED VIEW} synchronous when it states neither REFRESH nor DISTRIBUTED BY (or states
 * {@code REFRESH SYNC}); it is built by a ROLLUP job on its table, dropped with {@code DROP MATERIALIZED VIEW mv},
 * and goes away with its table. An asynchronous materialized view, a table of its own, is a {@link MaterializedView}.
 *
 * <p>The server keeps only the name, the query and the PROPERTIES of such a statement: a column list, COMMENT and
 * ORDER BY given with it are accepted and ignored, PARTITION BY is refused. {@code SHOW CREATE TABLE} does not print
 * it; {@code information_schema.materialized_views} lists it (refresh type {@code ROLLUP}) with the statement as
 * written.
 *
 * @param name       the name, unique in the database among tables, materialized views and every table's indexes
 * @param definition the query, verbatim; it reads the table the view belongs to, and only that table
 * @param properties PROPERTIES of the statement (e.g. {@code colocate_mv}), in the order given
 */
public record SyncMaterializedView(String name, String definition, Map<String, String> properties) {

    public SyncMaterializedView {
        Objects.requireNonNull(name, "synchronous materialized view name");
        Objects.requireNonNull(definition, "definition of synchronous materialized view " + name);
        properties = Properties.copyOf(properties);
        if (name.isEmpty()) {
            throw new InvalidModelException("a synchronous materialized view name must not be empty");
        }
        if (definition.isBlank()) {
            throw new InvalidModelException("synchronous materialized view '" + name + "' has an empty definition; "
                    + "give its SELECT");
        }
    }

    /** A synchronous materialized view of {@code query}, without properties. */
    public static SyncMaterializedView of(String name, String query) {
        return new SyncMaterializedView(name, query, Map.of());
    }

    /** This view with these PROPERTIES. */
    public SyncMaterializedView withProperties(Map<String, String> values) {
        return new SyncMaterializedView(name, definition, values);
    }
}
