package org.starrocks4j.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An asynchronous materialized view: a table of its own, filled from its query by refreshes. (A synchronous one,
 * an index of the one table it reads, is a {@link SyncMaterializedView} of that {@link Table}.)
 *
 * @param name         the MV name
 * @param columns      the optional column list
 * @param indexes      secondary indexes, printed by the server after the columns of the column list
 *                     ({@code INDEX i (c) USING BITMAP}); they need the column list, which the grammar requires
 *                     before them
 * @param comment      COMMENT, or {@code null}
 * @param partitioning PARTITION BY, or {@code null}
 * @param distribution DISTRIBUTED BY, or {@code null}
 * @param orderBy      ORDER BY columns, empty when not stated
 * @param refresh      REFRESH, or {@code null} when not stated (the server then refreshes it manually:
 *                     {@link #DEFAULT_REFRESH})
 * @param properties   PROPERTIES in order
 * @param definition   the query, verbatim
 */
public record MaterializedView(ObjectName name, List<ViewColumn> columns, List<Index> indexes, String comment,
                               Partitioning partitioning, Distribution distribution, List<String> orderBy,
                               Refresh refresh, Map<String, String> properties, String definition)
        implements SchemaObject {

    public MaterializedView {
        Objects.requireNonNull(name, "materialized view name");
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        orderBy = List.copyOf(orderBy);
        properties = Properties.copyOf(properties);
        Objects.requireNonNull(definition, "definition of materialized view " + name);
        if (definition.isBlank()) {
            throw new InvalidModelException("materialized view " + name + " has an empty definition; give its SELECT");
        }
    }

    /**
     * The refresh scheme the server gives a materialized view that states none: {@code MANUAL}, refreshed only by
     * {@code REFRESH MATERIALIZED VIEW} (its {@code AstBuilder} makes an unstated refresh with DISTRIBUTED BY a
     * ManualRefreshSchemeDesc at moment IMMEDIATE; without DISTRIBUTED BY it would make the view synchronous, so
     * the renderer then writes this scheme).
     */
    public static final Refresh DEFAULT_REFRESH = Refresh.manual();

    /** The refresh scheme stated, or the one the server gives when none is ({@link #DEFAULT_REFRESH}). */
    public Refresh effectiveRefresh() {
        return refresh == null ? DEFAULT_REFRESH : refresh;
    }

    /** This materialized view with other indexes. */
    public MaterializedView withIndexes(List<Index> values) {
        return new MaterializedView(name, columns, values, comment, partitioning, distribution, orderBy, refresh,
                properties, definition);
    }

    @Override
    public String kind() {
        return "materialized view";
    }

    public static Builder builder(String name) {
        return new Builder(ObjectName.of(name));
    }

    public static Builder builder(ObjectName name) {
        return new Builder(name);
    }

    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.columns.addAll(columns);
        b.indexes.addAll(indexes);
        b.comment = comment;
        b.partitioning = partitioning;
        b.distribution = distribution;
        b.orderBy.addAll(orderBy);
        b.refresh = refresh;
        b.properties.putAll(properties);
        b.definition = definition;
        return b;
    }

    /** Fluent construction of a {@link MaterializedView}. */
    public static final class Builder {
        private ObjectName name;
        private final List<ViewColumn> columns = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private String comment;
        private Partitioning partitioning;
        private Distribution distribution;
        private final List<String> orderBy = new ArrayList<>();
        private Refresh refresh;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private String definition;

        private Builder(ObjectName name) {
            this.name = name;
        }

        public Builder database(String database) {
            this.name = name.inDatabase(database);
            return this;
        }

        public Builder column(String columnName) {
            columns.add(ViewColumn.of(columnName));
            return this;
        }

        public Builder column(String columnName, String columnComment) {
            columns.add(new ViewColumn(columnName, columnComment));
            return this;
        }

        public Builder columns(List<ViewColumn> values) {
            columns.clear();
            columns.addAll(values);
            return this;
        }

        /** A secondary index on columns of the column list. */
        public Builder index(Index value) {
            indexes.add(value);
            return this;
        }

        public Builder indexes(List<Index> values) {
            indexes.clear();
            indexes.addAll(values);
            return this;
        }

        public Builder comment(String value) {
            this.comment = value;
            return this;
        }

        public Builder partitionBy(Partitioning value) {
            this.partitioning = value;
            return this;
        }

        public Builder distributedBy(Distribution value) {
            this.distribution = value;
            return this;
        }

        public Builder orderBy(String... sortColumns) {
            orderBy.clear();
            orderBy.addAll(List.of(sortColumns));
            return this;
        }

        public Builder refresh(Refresh value) {
            this.refresh = value;
            return this;
        }

        public Builder property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        public Builder properties(Map<String, String> values) {
            properties.clear();
            properties.putAll(values);
            return this;
        }

        /** The SELECT (or WITH ...) query. */
        public Builder as(String query) {
            this.definition = query;
            return this;
        }

        public MaterializedView build() {
            MaterializedView mv = new MaterializedView(name, columns, indexes, comment, partitioning, distribution,
                    orderBy, refresh, properties, definition);
            ModelValidator.requireValid(mv);
            return mv;
        }
    }
}
